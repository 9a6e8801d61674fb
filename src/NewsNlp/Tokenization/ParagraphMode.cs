namespace NewsNlp.Tokenization;

/// <summary>How line breaks delimit paragraphs.</summary>
public enum ParagraphMode
{
    /// <summary>
    /// Blank lines separate paragraphs when the text has any (and so does a line break before a line indented by two
    /// spaces or a tab, as in hard-wrapped wire copy); otherwise every line is a paragraph (news text files).
    /// </summary>
    Auto,

    /// <summary>
    /// Blank lines separate paragraphs, and so does a line break before a line indented by two spaces or a tab (the
    /// paragraph start of hard-wrapped wire copy); any other single line break is white space.
    /// </summary>
    BlankLine,

    /// <summary>Every line break starts a paragraph.</summary>
    Line,
}
