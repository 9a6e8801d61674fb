namespace NewsNlp.Stance.Sides;

/// <summary>
/// Who a claim's subject is in one document: the lower-case words of the names it goes by ("The coach" is "Stefan Novak"
/// when the text says "coach Stefan Novak": stefan, novak), whether it is a person (then "he"/"she" may name it), and
/// whether the speaker being read is that person (then "I" names it).
/// </summary>
internal sealed record ClaimSubject(IReadOnlySet<string> Names, bool IsPerson, bool IsSpeaker)
{
    /// <summary>Whether the speaker being read holds an office of the subject ("UKIP leader Roger Knapman"; <see cref="SubjectRepresentative"/>).</summary>
    public bool SpeaksFor { get; init; }

    /// <summary>A subject known only by the claim's own words.</summary>
    public static ClaimSubject Unknown { get; } = new(new HashSet<string>(), false, false);
}
