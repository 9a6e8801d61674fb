namespace NewsNlp.Tokenization;

/// <summary>How line breaks delimit paragraphs.</summary>
public enum ParagraphMode
{
    /// <summary>Blank lines separate paragraphs when the text has any; otherwise every line is a paragraph (news text files).</summary>
    Auto,

    /// <summary>Only blank lines separate paragraphs; a single line break is white space (hard-wrapped text).</summary>
    BlankLine,

    /// <summary>Every line break starts a paragraph.</summary>
    Line,
}
