namespace NewsNlp.Stance.Pipeline;

/// <summary>Settings of <see cref="StanceStage"/>.</summary>
public sealed class StanceStageOptions
{
    /// <summary>The section of the bound configuration these options are read from.</summary>
    public const string SectionName = "Stance";

    /// <summary>Targets scored for every document, in addition to the document's own.</summary>
    public IList<string> Targets { get; } = [];

    /// <summary>Also score against <c>document.Metadata.StanceTargets</c> (default true).</summary>
    public bool UseMetadataTargets { get; set; } = true;

    /// <summary>
    /// Also score against <c>document.Metadata.Headline</c> when the caller gave it (default true); a headline the
    /// structure stage read from the text (<c>HeadlineFromText</c>) is not used.
    /// </summary>
    public bool UseHeadline { get; set; } = true;

    /// <summary>Annotate the stance of the article body (default true).</summary>
    public bool AnnotateBody { get; set; } = true;

    /// <summary>Annotate the stance of each quote in <c>document.Quotes</c> (default true; nothing happens when there are none).</summary>
    public bool AnnotateQuotes { get; set; } = true;

    /// <summary>
    /// Also read each quote in its sentences (the sentences its content overlaps): a quote that does not name the target may
    /// sit in a sentence that does (default true).
    /// </summary>
    public bool UseQuoteContext { get; set; } = true;

    /// <summary>
    /// Decide each speaker's side with the side-taking cues of their words and of the reporter's words about them
    /// ("rejected the claim", "welcomed the plan", "defended the coach", "a myth", "has to go"; <c>Resources/side-cues.tsv</c>)
    /// on top of the quote model (default true). A speaker who declines to take a side ("no comment") keeps none.
    /// </summary>
    public bool ReadSideCues { get; set; } = true;

    /// <summary>
    /// A learned per-speaker decision over the rule aggregate of each speaker's quotes (<see cref="Speakers.SpeakerSideModel"/>,
    /// trained with <c>newsnlp train-speaker-stance</c> and read with <see cref="Speakers.SpeakerSideModel.Load"/>); null (the
    /// default) keeps the rule aggregate (<see cref="Speakers.SpeakerStanceAggregator"/>). Opt-in: the model trained on the
    /// project's own gold was not better than the rules on articles it was not trained on (docs/stance.md).
    /// </summary>
    public Speakers.SpeakerSideModel? SpeakerSide { get; set; }

    /// <summary>Diagnostic: receives each speaker's features and the stage's decision (<c>newsnlp stance-features</c>); null (default) computes none.</summary>
    internal Action<Speakers.SpeakerFeatureRow>? FeatureSink { get; set; }
}
