using NewsNlp.Documents;

namespace NewsNlp.Tokenization;

/// <summary>What a sentence-boundary decision can see: the text, the token rows, the current paragraph and sentence.</summary>
internal readonly ref struct BoundaryContext
{
    public BoundaryContext(string text, ReadOnlySpan<TokenRow> rows, int paragraphStart, int paragraphEnd, int sentenceStart, int quoteDepth)
    {
        Text = text;
        Rows = rows;
        ParagraphStart = paragraphStart;
        ParagraphEnd = paragraphEnd;
        SentenceStart = sentenceStart;
        QuoteDepth = quoteDepth;
    }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>All token rows of the document.</summary>
    public ReadOnlySpan<TokenRow> Rows { get; }

    /// <summary>First token of the paragraph.</summary>
    public int ParagraphStart { get; }

    /// <summary>One past the last token of the paragraph.</summary>
    public int ParagraphEnd { get; }

    /// <summary>First token of the current sentence.</summary>
    public int SentenceStart { get; }

    /// <summary>Open double quotes before the candidate (0 outside quotes).</summary>
    public int QuoteDepth { get; }

    /// <summary>Characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Chars(int index) => Text.AsSpan(Rows[index].Start, Rows[index].Length);
}

/// <summary>Decides whether a sentence ends after a token inside a paragraph (not its last token).</summary>
internal interface IBoundaryDecider
{
    /// <summary>True when a sentence ends after token <paramref name="index"/>.</summary>
    bool IsBoundary(in BoundaryContext context, int index);
}
