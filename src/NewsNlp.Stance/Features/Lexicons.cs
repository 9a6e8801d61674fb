using System.Collections.Frozen;

namespace NewsNlp.Stance.Features;

/// <summary>Word lists read by the stance features (matched on light stems, see <see cref="TextPreparer.Stem"/>).</summary>
internal static class Lexicons
{
    public static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
        "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
        "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "now", "of", "off",
        "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "said", "says", "say", "also", "s", "t",
        "one", "new", "like", "get", "got", "us", "mr", "mrs", "ms", "via", "per", "yet", "may", "might", "must", "shall", "however",
    ], StringComparer.Ordinal);

    /// <summary>Words that refute or debunk.</summary>
    public static readonly string[] Refuting =
    [
        "fake", "fraud", "hoax", "false", "deny", "denies", "denied", "despite", "nope", "doubt", "doubts", "bogus", "debunk", "debunked",
        "prank", "pranks", "retract", "retracted", "rumor", "rumour", "myth", "satire", "satirical", "untrue", "fabricated", "misleading",
        "incorrect", "wrong", "refute", "refuted", "dismissed", "dismiss", "rejected", "baseless", "unfounded", "made-up", "fiction",
        "fictional", "joke", "spoof", "parody", "scam", "fabrication", "disputed", "dispute", "contradict", "actually", "truth",
        "contrary", "never", "lie", "lies", "lied", "nonsense", "insisted", "clarified", "clarify", "viral", "photoshopped", "doctored",
    ];

    /// <summary>Words that hedge or report without committing.</summary>
    public static readonly string[] Hedging =
    [
        "alleged", "allegedly", "apparently", "appear", "appears", "claim", "claims", "claimed", "could", "evidently", "largely", "likely",
        "mainly", "may", "maybe", "might", "mostly", "perhaps", "presumably", "probably", "purported", "purportedly", "reported",
        "reportedly", "rumored", "rumoured", "rumors", "rumours", "speculated", "speculation", "suggest", "suggests", "unclear",
        "unconfirmed", "unverified", "according", "report", "reports", "seems", "seem", "possibly", "possible", "suspected", "believed",
        "thought", "say", "says", "said", "told", "sources", "source", "if", "whether", "investigating", "investigation", "would",
    ];

    /// <summary>Words that confirm.</summary>
    public static readonly string[] Supporting =
    [
        "confirm", "confirmed", "confirms", "true", "official", "officially", "indeed", "revealed", "reveals", "announced", "announces",
        "verified", "proof", "proved", "evidence", "definitely", "certainly", "shows", "showed", "footage", "video", "photos", "pictured",
        "admitted", "admits", "acknowledged", "statement", "finally", "now", "has", "have", "will", "is", "was",
    ];

    /// <summary>Negation words.</summary>
    public static readonly string[] Negating =
    [
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without", "n't", "don't", "doesn't", "didn't",
        "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't", "shouldn't",
    ];

    public static readonly FrozenSet<string> RefutingStems = Stems(Refuting);
    public static readonly FrozenSet<string> HedgingStems = Stems(Hedging);
    public static readonly FrozenSet<string> SupportingStems = Stems(Supporting);
    public static readonly FrozenSet<string> NegatingStems = Stems(Negating);

    /// <summary>Every lexicon stem, in a fixed order: one indicator feature each.</summary>
    public static readonly string[] IndicatorStems = BuildIndicators();

    /// <summary>Position of each indicator stem in <see cref="IndicatorStems"/>.</summary>
    public static readonly FrozenDictionary<string, int> IndicatorIndex =
        IndicatorStems.Select((s, i) => (s, i)).ToFrozenDictionary(p => p.s, p => p.i, StringComparer.Ordinal);

    /// <summary>Bit 0 refuting, 1 hedging, 2 supporting, 3 negation.</summary>
    public static byte MaskOf(string word, string stem)
    {
        int mask = 0;
        if (RefutingStems.Contains(stem))
        {
            mask |= 1;
        }

        if (HedgingStems.Contains(stem))
        {
            mask |= 2;
        }

        if (SupportingStems.Contains(stem))
        {
            mask |= 4;
        }

        if (IsNegation(word))
        {
            mask |= 8;
        }

        return (byte)mask;
    }

    public static bool IsNegation(string word) => NegatingStems.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);

    private static FrozenSet<string> Stems(string[] words) => words.Select(TextPreparer.Stem).ToFrozenSet(StringComparer.Ordinal);

    private static string[] BuildIndicators()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (string w in Refuting.Concat(Hedging).Concat(Supporting).Concat(Negating))
        {
            string s = TextPreparer.Stem(w);
            if (seen.Add(s))
            {
                list.Add(s);
            }
        }

        return [.. list];
    }
}
