using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>A stretch of text between quote marks found by <see cref="QuoteMarkPairer"/> (before attribution).</summary>
/// <param name="Content">Quoted text without the marks, one span per paragraph the quotation covers.</param>
/// <param name="Open">The opening mark.</param>
/// <param name="Close">The closing mark, or an empty span at the paragraph end when the quote never closes.</param>
/// <param name="IsSingle">True for single quote marks (‘…’ or '…').</param>
/// <param name="Unclosed">True when no closing mark was found before the paragraph ended.</param>
/// <param name="WrongWayOpen">True when the opening mark is a closing glyph (”) used to open.</param>
public readonly record struct QuotedSpan(IReadOnlyList<TextSpan> Content, TextSpan Open, TextSpan Close, bool IsSingle, bool Unclosed, bool WrongWayOpen)
{
    /// <summary>From the opening mark to the closing mark (or the end of the content).</summary>
    public TextSpan Outer => new(Open.Start, Math.Max(Close.End, Content[^1].End));
}
