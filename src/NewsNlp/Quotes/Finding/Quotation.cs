namespace NewsNlp.Quotes.Finding;

/// <summary>A quotation found on characters, mapped to tokens by the <see cref="DocumentView"/>.</summary>
/// <param name="Span">The quotation as <see cref="QuoteMarkPairer"/> found it.</param>
/// <param name="SpanIndex">Index of <paramref name="Span"/> among the quotations found on characters.</param>
/// <param name="Open">Token of the opening mark (at most <paramref name="First"/>).</param>
/// <param name="First">First content token.</param>
/// <param name="End">One past the last content token.</param>
/// <param name="CloseEnd">One past the closing mark (<paramref name="End"/> when the quotation is unclosed).</param>
internal readonly record struct Quotation(QuotedSpan Span, int SpanIndex, int Open, int First, int End, int CloseEnd);
