namespace NewsNlp.Quotes;

/// <summary>The coarse shape of a token as the attribution rules see it.</summary>
internal enum TokenShape : byte
{
    Other,
    Lower,
    Capitalised,
    Number,
    Comma,
    SentenceEnd,
    Colon,
    Semicolon,
    Dash,
    QuoteMark,
    OpenBracket,
    CloseBracket,
    Punctuation,
}
