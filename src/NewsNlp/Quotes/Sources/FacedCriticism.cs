namespace NewsNlp.Quotes.Sources;

/// <summary>
/// <c>Cruz faced criticism for …</c>, <c>she is facing questions about …</c>, <c>the plan drew sharp criticism from
/// Democrats</c>: with a cue noun of criticism or questioning that is the object of <c>face</c>, <c>draw</c>,
/// <c>receive</c> or <c>come under</c>, the clause's subject is the one criticised or questioned, not the source. The
/// source is the phrase after <c>from</c> right behind the noun, or none.
/// </summary>
internal static class FacedCriticism
{
    private static readonly string[] Nouns =
    [
        "criticism", "criticisms", "questions", "accusations", "allegations", "charges", "scrutiny", "questioning", "backlash",
        "attacks", "ridicule", "condemnation", "complaints", "calls", "demands", "pressure", "fire", "rebuke", "rebukes",
    ];

    private static readonly string[] Verbs =
    [
        "face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn", "drawing", "receive", "receives", "received",
        "receiving", "under",
    ];

    /// <summary>Most words (adjectives, determiners) between the verb and the noun ("faced | sharp public | criticism").</summary>
    private const int MaxModifiers = 2;

    /// <summary>Re-points the source of <paramref name="d"/> when its cue is such a noun; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (!d.HasCue)
        {
            return false;
        }

        int noun = -1;
        for (int t = d.CueFirst; t < d.CueEnd && t <= d.CueFirst + MaxModifiers; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, Nouns))
            {
                noun = t;
                break;
            }
        }

        if (noun < 0 || !AfterVerb(v, noun))
        {
            return false;
        }

        if (v.TextIs(noun + 1, "from") && SourceFinder.PhraseAfter(v, noun + 2, v.Count) is ( >= 0, var end) && v.SentenceOf[end - 1] == v.SentenceOf[noun])
        {
            d.SetSource(noun + 2, end);
            return true;
        }

        d.SetSource(-1, -1);
        return true;
    }

    private static bool AfterVerb(DocumentView v, int noun)
    {
        for (int t = noun - 1; t >= 0 && noun - t <= MaxModifiers + 1 && v.SentenceOf[t] == v.SentenceOf[noun]; t--)
        {
            if (v.Shapes[t] != TokenShape.Lower || v.InQuote(t))
            {
                return false;
            }

            if (v.TextIsAny(t, Verbs))
            {
                return !v.TextIs(t, "under") || (t > 0 && (v.TextIs(t - 1, "came") || v.TextIs(t - 1, "come") || v.TextIs(t - 1, "comes") || v.TextIs(t - 1, "coming")));
            }
        }

        return false;
    }
}
