using NewsNlp.Documents;
using NewsNlp.Stance;
using NewsNlp.Stance.ShortText;
using NewsNlp.Stance.Speakers;

namespace NewsNlp.Corpus.Queries;

/// <summary>A speaker's stance toward a claim over every stored quote of theirs, computed when asked.</summary>
/// <param name="SpeakerId">The speaker identity.</param>
/// <param name="Claim">The claim.</param>
/// <param name="Label">Agree, disagree or discuss; <see cref="StanceLabel.Unrelated"/>: none of the quotes addresses the claim.</param>
/// <param name="Probabilities">Agree, disagree, discuss, unrelated (sum 1), as <see cref="SpeakerStanceAggregator"/> sums them up.</param>
/// <param name="QuotesRead">Quotes of the speaker that were scored.</param>
/// <param name="Evidence">The quotes that address the claim, strongest evidence first, each with its own prediction.</param>
public sealed record CorpusSpeakerStance(
    long SpeakerId,
    string Claim,
    StanceLabel Label,
    IReadOnlyList<double> Probabilities,
    int QuotesRead,
    IReadOnlyList<(StoredQuote Quote, StancePrediction Prediction)> Evidence);

/// <summary>
/// Stance of speakers toward a claim across the corpus: the claim need not have been known at index time. The speaker's
/// stored quotes are read from any <see cref="ICorpusIndex"/>, each is scored against the claim by the short-text stance
/// model (or the given <see cref="IStanceClassifier"/>), and the scores are summed up per speaker with
/// <see cref="SpeakerStanceAggregator"/> (the rule the pipeline uses inside one article).
/// </summary>
public sealed class CorpusStance
{
    private readonly ICorpusIndex _index;
    private readonly IStanceClassifier _classifier;

    /// <summary>Stance queries over <paramref name="index"/> with <paramref name="classifier"/> (default: the embedded short-text model).</summary>
    public CorpusStance(ICorpusIndex index, IStanceClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
        _classifier = classifier ?? ShortTextStanceClassifier.Default;
    }

    /// <summary>Most quotes of one speaker read for one claim (newest first).</summary>
    public int MaxQuotes { get; init; } = 5000;

    /// <summary>The stance of speaker <paramref name="speakerId"/> toward <paramref name="claim"/> over their quotes in <paramref name="range"/>.</summary>
    public async Task<CorpusSpeakerStance> OfSpeakerAsync(long speakerId, string claim, DateRange range = default, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claim);
        string target = claim.Trim();
        IReadOnlyList<StoredQuote> quotes = await _index.GetQuotesAsync(new QuoteQuery { SpeakerId = speakerId, Range = range, Limit = MaxQuotes }, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<StancePrediction> predictions = _classifier.ClassifyMany([.. quotes.Select(q => new StancePair(target, q.Text))], cancellationToken);
        (StanceLabel label, double[] probabilities, IReadOnlyList<int> evidence) =
            SpeakerStanceAggregator.Aggregate([.. predictions.Select((p, i) => (i, p.Probabilities))]);
        return new CorpusSpeakerStance(speakerId, target, label, probabilities, quotes.Count, [.. evidence.Select(i => (quotes[i], predictions[i]))]);
    }
}
