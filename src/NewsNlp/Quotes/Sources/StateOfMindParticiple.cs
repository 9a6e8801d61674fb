namespace NewsNlp.Quotes.Sources;

/// <summary>
/// <c>Republicans were incensed that …</c>, <c>we are convinced …</c>, <c>officials are worried …</c>: a participle of
/// feeling or conviction after <c>be</c> is an adjective describing its subject, not a passive whose agent is left out;
/// the subject holds the belief and is the source (PolNeAR train: 38 of 38 such gold cues have one).
/// </summary>
internal static class StateOfMindParticiple
{
    private static readonly string[] Words =
    [
        "incensed", "convinced", "concerned", "worried", "pleased", "disappointed", "surprised", "frustrated", "angered",
        "outraged", "alarmed", "delighted", "satisfied", "determined", "excited", "shocked", "dismayed", "troubled",
        "relieved", "annoyed", "upset", "thrilled", "appalled", "persuaded", "puzzled", "baffled", "horrified", "amazed",
    ];

    /// <summary>True for a participle that, after <c>be</c>, names its subject's feeling or conviction.</summary>
    public static bool Is(ReadOnlySpan<char> word)
    {
        foreach (string w in Words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
