using System.Text;
using NewsNlp.Documents;

namespace NewsNlp.Tokenization.Training;

/// <summary>
/// One document of a UD treebank as raw text, rebuilt as <c>ud_tokens.py text</c> does (tokens joined as SpaceAfter says,
/// sentences of a paragraph joined by one space, paragraphs separated by a blank line), with the gold spans.
/// </summary>
public sealed class UdDocument
{
    private UdDocument(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TextSpan> tokens, IReadOnlyList<TextSpan> words)
    {
        Text = text;
        Sentences = sentences;
        Tokens = tokens;
        Words = words;
    }

    /// <summary>The raw text.</summary>
    public string Text { get; }

    /// <summary>Gold sentence spans.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>Gold surface-token spans (multiword tokens whole).</summary>
    public IReadOnlyList<TextSpan> Tokens { get; }

    /// <summary>Gold word spans (multiword tokens split: the PTB convention).</summary>
    public IReadOnlyList<TextSpan> Words { get; }

    /// <summary>Groups sentences into documents at <c># newdoc</c> and rebuilds each document's text.</summary>
    public static IReadOnlyList<UdDocument> Build(IReadOnlyList<UdSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var documents = new List<UdDocument>();
        int start = 0;
        for (int i = 1; i <= sentences.Count; i++)
        {
            if (i == sentences.Count || sentences[i].NewDocument)
            {
                documents.Add(FromSentences(sentences, start, i));
                start = i;
            }
        }

        return documents;
    }

    private static UdDocument FromSentences(IReadOnlyList<UdSentence> sentences, int from, int to)
    {
        var text = new StringBuilder();
        var sentenceSpans = new List<TextSpan>();
        var tokens = new List<TextSpan>();
        var words = new List<TextSpan>();
        for (int s = from; s < to; s++)
        {
            UdSentence sentence = sentences[s];
            if (s > from)
            {
                text.Append(sentence.NewParagraph ? "\n\n" : " ");
            }

            int sentenceStart = text.Length;
            int wordIndex = 0;
            for (int t = 0; t < sentence.Forms.Count; t++)
            {
                string form = sentence.Forms[t];
                int tokenStart = text.Length;
                text.Append(form);
                tokens.Add(new TextSpan(tokenStart, text.Length));

                // Words of this surface token: consume words until their characters cover the form.
                int covered = 0;
                int position = tokenStart;
                while (covered < form.Length && wordIndex < sentence.Words.Count)
                {
                    string word = sentence.Words[wordIndex++];
                    words.Add(new TextSpan(position, position + word.Length));
                    position += word.Length;
                    covered += word.Length;
                }

                if (sentence.SpaceAfter[t] && t < sentence.Forms.Count - 1)
                {
                    text.Append(' ');
                }
            }

            sentenceSpans.Add(new TextSpan(sentenceStart, text.Length));
        }

        text.Append('\n');
        return new UdDocument(text.ToString(), sentenceSpans, tokens, words);
    }
}
