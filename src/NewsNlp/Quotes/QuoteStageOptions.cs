using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// Settings of the <see cref="QuoteStage"/>: <c>AddQuotes(o => …)</c>, <c>services.Configure&lt;QuoteStageOptions&gt;(…)</c>
/// or the <c>Quotes</c> section of the bound configuration.
/// </summary>
public sealed class QuoteStageOptions
{
    /// <summary>The section of the bound configuration these options are read from.</summary>
    public const string SectionName = "Quotes";

    /// <summary>Use named-entity mentions and clusters, when an earlier stage produced them, to resolve speakers (default true).</summary>
    public bool UseEntities { get; set; } = true;

    /// <summary>Find indirect (reported) speech with the rules (default true). When false only direct and mixed quotes are reported.</summary>
    public bool FindIndirectSpeech { get; set; } = true;

    /// <summary>
    /// Add the quotes the learned attribution tagger finds where the rules found none (default true; needs
    /// <see cref="FindIndirectSpeech"/>).
    /// </summary>
    public bool UseLearnedTagger { get; set; } = true;

    /// <summary>
    /// The attribution acts to report (default <see cref="AttributionActs.Default"/>: speech and writing). Beliefs,
    /// intentions, perceptions and other acts are found and typed as well; they are reported only when listed here
    /// (<see cref="AttributionActs.All"/> reports every attribution, as PolNeAR annotates them, including those inside
    /// the headline, which otherwise are left out since the body reports them).
    /// </summary>
    public AttributionActs Acts { get; set; } = AttributionActs.Default;

    /// <summary>The tagger to use; null for the embedded model (package NewsNlp.Models.Quotes).</summary>
    public Learning.AttributionTagger? Tagger { get; set; }

    /// <summary>
    /// Re-choose each quote's source mention with the learned source ranker (default true): the candidates are the
    /// mentions around the cue, and "no source".
    /// </summary>
    public bool UseSourceRanker { get; set; } = true;

    /// <summary>The source ranker to use; null for the embedded model (package NewsNlp.Models.Quotes).</summary>
    public Speakers.Ranking.SourceRanker? SourceRanker { get; set; }

    /// <summary>
    /// Report <see cref="Documents.Quote.Confidence"/> as a calibrated probability that the quote is right (content and
    /// source), from the embedded <see cref="Output.QuoteCalibrator"/> (default true); false keeps the rules' raw scores.
    /// </summary>
    public bool UseCalibratedConfidence { get; set; } = true;

    /// <summary>The calibrator to use; null for the embedded model (package NewsNlp.Models.Quotes).</summary>
    public Output.QuoteCalibrator? Calibrator { get; set; }
}
