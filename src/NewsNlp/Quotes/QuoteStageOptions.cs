namespace NewsNlp.Quotes;

/// <summary>Settings of the <see cref="QuoteStage"/>.</summary>
public sealed class QuoteStageOptions
{
    /// <summary>Use named-entity mentions and clusters, when an earlier stage produced them, to resolve speakers (default true).</summary>
    public bool UseEntities { get; set; } = true;

    /// <summary>Find indirect (reported) speech with the rules (default true). When false only direct and mixed quotes are reported.</summary>
    public bool FindIndirectSpeech { get; set; } = true;

    /// <summary>
    /// Add the quotes the learned attribution tagger finds where the rules found none (default true; needs
    /// <see cref="FindIndirectSpeech"/>).
    /// </summary>
    public bool UseLearnedTagger { get; set; } = true;

    /// <summary>The tagger to use; null for the model embedded in the package.</summary>
    public Learning.AttributionTagger? Tagger { get; set; }
}
