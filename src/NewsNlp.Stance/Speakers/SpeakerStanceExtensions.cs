using NewsNlp.Documents;

namespace NewsNlp.Stance.Speakers;

/// <summary>Who takes which side: per-speaker stance read from a document the stance stage has run on.</summary>
public static class SpeakerStanceExtensions
{
    /// <summary>The stance of <paramref name="speaker"/> toward <paramref name="target"/>, or null when the stance stage did not score this pair.</summary>
    /// <example><code>SpeakerStance? s = document.StanceOf(document.Speakers[0], "The ceasefire will hold");</code></example>
    public static SpeakerStance? StanceOf(this NewsDocument document, Speaker speaker, string target)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(target);
        string trimmed = target.Trim();
        foreach (StanceAnnotation s in document.Stances)
        {
            if (s.SpeakerId == speaker.Id && string.Equals(s.Target, trimmed, StringComparison.Ordinal))
            {
                return ToSpeakerStance(s, speaker);
            }
        }

        return null;
    }

    /// <summary>Every speaker's stance toward every target (or only <paramref name="target"/>), in speaker then target order.</summary>
    public static IReadOnlyList<SpeakerStance> SpeakerStances(this NewsDocument document, string? target = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<SpeakerStance>();
        foreach (StanceAnnotation s in document.Stances)
        {
            if (s.SpeakerId is int id && (target is null || string.Equals(s.Target, target.Trim(), StringComparison.Ordinal))
                && document.FindSpeaker(id) is { } speaker)
            {
                result.Add(ToSpeakerStance(s, speaker));
            }
        }

        return result;
    }

    /// <summary>The stance of quote <paramref name="quoteId"/> toward <paramref name="target"/>, or null when not scored.</summary>
    public static StanceAnnotation? StanceOfQuote(this NewsDocument document, int quoteId, string target)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(target);
        string trimmed = target.Trim();
        return document.Stances.FirstOrDefault(s => s.QuoteId == quoteId && string.Equals(s.Target, trimmed, StringComparison.Ordinal));
    }

    private static SpeakerStance ToSpeakerStance(StanceAnnotation s, Speaker speaker) => new(
        speaker.Id,
        speaker.CanonicalName,
        s.Target,
        s.Label,
        At(s, StanceLabel.Agree),
        At(s, StanceLabel.Disagree),
        At(s, StanceLabel.Discuss),
        At(s, StanceLabel.Unrelated),
        s.EvidenceQuoteIds);

    private static double At(StanceAnnotation s, StanceLabel label) => (int)label < s.Probabilities.Count ? s.Probabilities[(int)label] : 0;
}
