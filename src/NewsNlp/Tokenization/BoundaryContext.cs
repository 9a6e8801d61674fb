using NewsNlp.Documents;

namespace NewsNlp.Tokenization;

/// <summary>What a sentence-boundary decision can see: the text, the token rows, the current paragraph and sentence.</summary>
internal readonly ref struct BoundaryContext
{
    public BoundaryContext(string text, ReadOnlySpan<TokenRow> rows, int paragraphStart, int paragraphEnd, int sentenceStart, int quoteDepth, int closerRunStart)
    {
        CloserRunStart = closerRunStart;
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

    /// <summary>
    /// First token of the run of closers (closing quotes and brackets, see <see cref="SentenceSplitter.RuleDecider.IsCloser(in BoundaryContext, int)"/>)
    /// that ends at the candidate token, or one past the candidate when it is not a closer. Kept by the caller as it walks
    /// the paragraph, so that looking back over a run of closers costs O(1) instead of the run's length.
    /// </summary>
    public int CloserRunStart { get; }

    /// <summary>
    /// The last token at or before the candidate's closer run that is not a closer, or <see cref="SentenceStart"/> − 1 when the
    /// closers reach back to the sentence start: what a backward walk over closers from the candidate would stop at.
    /// </summary>
    public int BeforeCloserRun => Math.Max(CloserRunStart - 1, SentenceStart - 1);

    /// <summary>Characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Chars(int index) => Text.AsSpan(Rows[index].Start, Rows[index].Length);
}

/// <summary>Decides whether a sentence ends after a token inside a paragraph (not its last token).</summary>
internal interface IBoundaryDecider
{
    /// <summary>True when a sentence ends after token <paramref name="index"/>.</summary>
    bool IsBoundary(in BoundaryContext context, int index);
}
