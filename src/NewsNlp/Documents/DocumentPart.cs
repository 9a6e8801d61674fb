namespace NewsNlp.Documents;

/// <summary>A part of an article outside its running text (headline, dateline, caption …) and where it lies.</summary>
/// <param name="Kind">What the part is.</param>
/// <param name="Span">Its characters (a whole line, or the dateline's prefix of the first body line).</param>
public readonly record struct DocumentPart(DocumentPartKind Kind, TextSpan Span);
