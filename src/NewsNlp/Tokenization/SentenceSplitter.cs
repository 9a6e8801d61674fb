using NewsNlp.Documents;

namespace NewsNlp.Tokenization;

/// <summary>
/// The default sentence and paragraph splitter. Preliminary version: paragraphs at line breaks, sentences after
/// <c>.</c>, <c>!</c>, <c>?</c> (and closing quotes after them) when the next token starts with an upper-case letter or a quote.
/// </summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    /// <summary>The shared default instance (thread-safe).</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <inheritdoc />
    public void Split(NewsDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        ReadOnlySpan<TokenRow> rows = document.Tokens.Rows;
        int n = rows.Length;
        int sentenceStart = 0, paragraphStart = 0;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            bool last = i == n - 1;
            bool paragraphBreak = !last && HasNewline(text, rows[i].End, rows[i + 1].Start);
            bool sentenceBreak = last || paragraphBreak || EndsSentence(text, rows, i);
            if (sentenceBreak)
            {
                document.Sentences.Add(Range(rows, sentenceStart, i + 1));
                sentenceStart = i + 1;
            }

            if (last || paragraphBreak)
            {
                document.Paragraphs.Add(Range(rows, paragraphStart, i + 1));
                paragraphStart = i + 1;
            }
        }
    }

    private static TokenRange Range(ReadOnlySpan<TokenRow> rows, int first, int end) => new(first, end, new TextSpan(rows[first].Start, rows[end - 1].End));

    private static bool HasNewline(string text, int from, int to) => text.AsSpan(from, to - from).ContainsAny('\n', '\r');

    private static bool EndsSentence(string text, ReadOnlySpan<TokenRow> rows, int i)
    {
        ref readonly TokenRow r = ref rows[i];
        char c = text[r.Start];
        int next = i + 1;
        if (r.Kind == TokenKind.Quote && (r.Traits & TokenTraits.QuoteClose) != 0 && i > 0 && text[rows[i - 1].Start] is '.' or '!' or '?')
        {
            return NextStartsSentence(text, rows, next);
        }

        if (r.Length == 1 && c is '.' or '!' or '?')
        {
            if (next < rows.Length && rows[next].Kind == TokenKind.Quote && (rows[next].Traits & TokenTraits.QuoteClose) != 0)
            {
                return false;
            }

            return NextStartsSentence(text, rows, next);
        }

        return false;
    }

    private static bool NextStartsSentence(string text, ReadOnlySpan<TokenRow> rows, int next)
    {
        if (next >= rows.Length)
        {
            return true;
        }

        char f = text[rows[next].Start];
        return char.IsUpper(f) || char.IsDigit(f) || rows[next].Kind == TokenKind.Quote;
    }
}
