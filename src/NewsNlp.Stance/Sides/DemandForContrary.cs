namespace NewsNlp.Stance.Sides;

/// <summary>
/// A double negation through a demand: an act on others' calls for the claim to be delayed, paused or dropped acts on the
/// claim's contrary. "rejected calls for the new law to be delayed" and "dismissed demands to pause the bill" back the law
/// and the bill; "backed calls for the scheme to be shelved" opposes the scheme. The act's object is a demand noun
/// (<see cref="DemandNouns"/>: "calls", "demands", "pressure", "the campaign") up to three words after the act ("critics'
/// calls"), and a word of reversal (<see cref="Reversals"/>: "delay", "pause", "postpone", "shelve", "scrap", "against" …)
/// follows it within <see cref="ReversalWords"/> words, with a word of the claim between them or just after the reversal
/// (the demand is about the claim: "rejected calls for rate rises to be delayed" says nothing of the licensing law). A reversal word that is the claim's own word ("rejected calls for the
/// coach to be sacked" toward "The coach should be sacked") is the claim itself, not its contrary.
/// </summary>
internal static class DemandForContrary
{
    /// <summary>Words after an act in which its demand noun is looked for ("rejected the critics' calls").</summary>
    private const int DemandWords = 3;

    /// <summary>Words after the demand noun in which its word of reversal is looked for ("calls for the licensing law change to be delayed").</summary>
    private const int ReversalWords = 10;

    /// <summary>Words after the reversal in which the claim word it acts on may stand ("calls to pause the bill").</summary>
    private const int AfterReversal = 4;

    /// <summary>Nouns of a demand made by others.</summary>
    private static readonly HashSet<string> DemandNouns = new(StringComparer.Ordinal)
    {
        "call", "calls", "demand", "demands", "plea", "pleas", "appeal", "appeals", "pressure", "campaign", "campaigns", "request",
        "requests", "bid", "bids", "attempt", "attempts", "efforts", "suggestion", "suggestions", "clamour", "lobbying",
    };

    /// <summary>Words that delay, stop or undo what they act on.</summary>
    private static readonly HashSet<string> Reversals = new(StringComparer.Ordinal)
    {
        "delay", "delays", "delayed", "delaying", "pause", "paused", "pausing", "postpone", "postponed", "postponing", "postponement",
        "halt", "halted", "halting", "shelve", "shelved", "shelving", "scrap", "scrapped", "scrapping", "suspend", "suspended",
        "suspension", "abandon", "abandoned", "abandoning", "drop", "dropped", "dropping", "rethink", "reconsider", "reverse",
        "reversed", "reversal", "u-turn", "against", "stop", "stopped", "block", "blocked", "defer", "deferred", "withdraw", "withdrawn",
        "moratorium", "wait",
    };

    /// <summary>
    /// Whether the act ending before <paramref name="from"/> acts on a demand for the claim's contrary: a demand noun within
    /// <see cref="DemandWords"/> words, then within <see cref="ReversalWords"/> words a word of reversal that is not a claim
    /// word (<paramref name="isClaimWord"/>), before the sentence's next clause ("but", ";").
    /// </summary>
    public static bool ActsOnContrary(string[] words, int from, Func<int, bool> isClaimWord)
    {
        ArgumentNullException.ThrowIfNull(isClaimWord);
        if (DemandAt(words, from) is int d)
        {
            for (int k = d + 1; k < Math.Min(words.Length, d + 1 + ReversalWords); k++)
            {
                if (words[k] is "but" or "however" or "and")
                {
                    return false;
                }

                if (Reversals.Contains(words[k]))
                {
                    // The demand must be about the claim: a claim word between the demand and its reversal or just after it.
                    bool aboutClaim = false;
                    for (int c = d + 1; c < Math.Min(words.Length, k + 1 + AfterReversal) && !aboutClaim; c++)
                    {
                        aboutClaim = c != k && isClaimWord(c);
                    }

                    return aboutClaim && !isClaimWord(k);
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>Verbs of putting something off, after a verdict and "to" ("wrong to wait", "a mistake to delay").</summary>
    private static readonly HashSet<string> PutOff = new(StringComparer.Ordinal) { "wait", "delay", "postpone", "pause", "defer", "hesitate" };

    /// <summary>
    /// Whether the verdict ending before <paramref name="from"/> judges putting something off: "to" and a verb of delay right
    /// after it ("it would be wrong to wait for an attack before acting", "a mistake to delay the reform"). The thing put off
    /// is the claim's proposal, so the verdict judges its contrary ("wrong to wait" backs acting now) — unless the claim's
    /// subject is what is waited for (<paramref name="isSubjectWord"/> within the next three words: "wrong to wait for the
    /// coach" is about the coach, read as before).
    /// </summary>
    public static bool JudgesADelay(string[] words, int from, Func<int, bool> isSubjectWord)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(isSubjectWord);
        if (from + 1 >= words.Length || words[from] != "to" || !PutOff.Contains(words[from + 1]))
        {
            return false;
        }

        for (int k = from + 2; k < Math.Min(words.Length, from + 5); k++)
        {
            if (isSubjectWord(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The demand noun an act ending before <paramref name="from"/> acts on ("rejected the critics' calls for …"), within
    /// <see cref="DemandWords"/> words; null when there is none. Its own cue ("calls for" is also the act "call for") is the
    /// demand's, not the speaker's: the speaker's act is the one on the demand.
    /// </summary>
    public static int? DemandAt(string[] words, int from)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (int d = from; d < Math.Min(words.Length, from + DemandWords); d++)
        {
            if (DemandNouns.Contains(words[d]))
            {
                return d;
            }

            if (words[d] is "but" or "and" or "that" or "to")
            {
                return null;
            }
        }

        return null;
    }
}
