using NewsNlp.Documents;

namespace NewsNlp.Entities.Training;

/// <summary>One sentence of a CoNLL-2003 layout file: its original lines, words (first column) and tags (last column).</summary>
/// <param name="Lines">The input lines, unchanged.</param>
/// <param name="Words">First column of each line.</param>
/// <param name="Tags">Last column of each line (the gold tag in annotated files).</param>
public sealed record ConllSentence(IReadOnlyList<string> Lines, IReadOnlyList<string> Words, IReadOnlyList<string> Tags);

/// <summary>
/// A document of a CoNLL-2003 layout file (the lines between two <c>-DOCSTART-</c> lines), kept with every original
/// line so predictions can be written next to them.
/// </summary>
public sealed class ConllDocument
{
    /// <summary>Creates a document.</summary>
    public ConllDocument(IReadOnlyList<string> items, IReadOnlyList<ConllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(sentences);
        Items = items;
        Sentences = sentences;
    }

    /// <summary>
    /// The document's lines in order, where a sentence stands as the marker <see cref="SentenceMarker"/>:
    /// other items are kept verbatim (the <c>-DOCSTART-</c> line and blank lines).
    /// </summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>The sentences in order.</summary>
    public IReadOnlyList<ConllSentence> Sentences { get; }

    /// <summary>Placeholder in <see cref="Items"/> for the next sentence.</summary>
    public static string SentenceMarker { get; } = new('\u0001', 1);

    /// <summary>Number of tokens.</summary>
    public int TokenCount => Sentences.Sum(s => s.Words.Count);

    /// <summary>
    /// A <see cref="NewsDocument"/> whose text is the words joined by single spaces (sentences by newlines), with one
    /// token per word and one sentence per CoNLL sentence: the tokenization of the file, not the library's.
    /// </summary>
    public NewsDocument ToNewsDocument()
    {
        var text = new System.Text.StringBuilder();
        var rows = new List<TokenRow>();
        var sentences = new List<(int First, int End)>();
        foreach (ConllSentence sentence in Sentences)
        {
            int first = rows.Count;
            for (int i = 0; i < sentence.Words.Count; i++)
            {
                if (text.Length > 0)
                {
                    text.Append(i == 0 ? '\n' : ' ');
                }

                string word = sentence.Words[i];
                TokenTraits traits = i == 0 ? TokenTraits.SentenceStart : TokenTraits.None;
                rows.Add(new TokenRow(text.Length, word.Length, TokenKind.Word, traits));
                text.Append(word);
            }

            sentences.Add((first, rows.Count));
        }

        var document = new NewsDocument(text.ToString());
        foreach (TokenRow row in rows)
        {
            document.Tokens.Add(row);
        }

        foreach ((int first, int end) in sentences)
        {
            if (end > first)
            {
                document.Sentences.Add(new TokenRange(first, end, new TextSpan(rows[first].Start, rows[end - 1].End)));
            }
        }

        document.MarkProduced(Pipeline.AnnotationNames.Tokens);
        document.MarkProduced(Pipeline.AnnotationNames.Sentences);
        return document;
    }
}
