namespace NewsNlp.Tokenization;

/// <summary>Options shared by the sentence splitters.</summary>
public sealed record SentenceSplitterOptions
{
    /// <summary>The defaults.</summary>
    public static SentenceSplitterOptions Default { get; } = new();

    /// <summary>How line breaks delimit paragraphs. Default <see cref="ParagraphMode.Auto"/>.</summary>
    public ParagraphMode ParagraphMode { get; init; } = ParagraphMode.Auto;
}
