using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Session 25: a closing report followed by a longer chain of time and place phrases — <c>…, the chief executive said on
/// Monday at a conference in Paris.</c>, <c>…, a witness testified Tuesday on the second day of his manslaughter
/// trial.</c> — still closes its sentence: what it reports is the clause before it, and the tail (seven to fourteen
/// tokens here; shorter tails are read by the closing rule itself) is no content. The tail opens with a preposition of
/// time or place or a time word and holds no clause of its own: no <c>that</c>, subject pronoun, auxiliary, comma,
/// colon or quotation, and a cue word in it only as a noun after a determiner (<c>at a news conference</c>).
/// </summary>
internal static class AdjunctTail
{
    /// <summary>The shortest tail read here (shorter ones are the closing rule's own).</summary>
    public const int MinTokens = 7;

    /// <summary>The longest tail read here.</summary>
    public const int MaxTokens = 14;

    private static readonly string[] Openers = ["in", "on", "at", "during", "after", "before", "following", "outside", "inside", "ahead", "late", "earlier", "last", "yesterday", "today"];

    private static readonly string[] Possessives = ["its", "his", "her", "their", "our", "my", "your"];

    /// <summary>True when the tokens <c>[from, end)</c> right after a closing cue are such a tail.</summary>
    public static bool Holds(DocumentView v, int from, int end)
    {
        int length = end - from;
        if (length < MinTokens || length > MaxTokens || from <= 0 || from >= v.Count)
        {
            return false;
        }

        return Opens(v, from) && Plain(v, from, end);
    }

    /// <summary>
    /// True when the tail after a closing cue at <c>from - 1</c>, up to <paramref name="end"/> (its sentence end, final
    /// full stop allowed), opens as such a tail and holds no clause, of any length.
    /// </summary>
    public static bool Reads(DocumentView v, int from, int end)
    {
        while (end > from && v.Shapes[end - 1] == TokenShape.SentenceEnd)
        {
            end--;
        }

        return end - from <= MaxTokens && Opens(v, from) && Plain(v, from, end);
    }

    private static bool Plain(DocumentView v, int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.Colon or TokenShape.Semicolon or TokenShape.QuoteMark
                || v.Is(t, WordClass.That | WordClass.Auxiliary | WordClass.SubjectPronoun)
                || (v.Is(t, WordClass.CueVerb) && !AfterDeterminer(v, from, t) && !AfterEventPreposition(v, from, t)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="t"/> opens a tail of time or place: a weekday (a capitalised time word) or a preposition
    /// of time or place; not a determiner (<c>said the data showed …</c>) nor an object (<c>noted the clot's existence</c>).
    /// </summary>
    public static bool Opens(DocumentView v, int t) =>
        t >= 0 && t < v.Count && ((v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, Openers)) || (v.Shapes[t] == TokenShape.Capitalised && v.Is(t, WordClass.TimeWord)));

    /// <summary>
    /// Session 28: a plural cue-verb form right after <c>in</c> or <c>during</c> is a noun naming what was said (<c>…, Mr
    /// Hart said on Tuesday in remarks economists saw as a sign of a rate cut.</c>, <c>in comments to reporters</c>), not a
    /// verb of the tail.
    /// </summary>
    private static bool AfterEventPreposition(DocumentView v, int from, int t) =>
        t - 1 >= from && v.Shapes[t] == TokenShape.Lower && v.Chars(t).EndsWith("s", StringComparison.Ordinal)
        && v.Shapes[t - 1] == TokenShape.Lower && (v.TextIs(t - 1, "in") || v.TextIs(t - 1, "during"));

    /// <summary>A determiner or possessive just before <paramref name="t"/>, or before one modifier before it.</summary>
    private static bool AfterDeterminer(DocumentView v, int from, int t)
    {
        for (int j = t - 1; j >= from && j >= t - 2; j--)
        {
            if (v.Is(j, WordClass.Determiner) || v.TextIsAny(j, Possessives))
            {
                return true;
            }
        }

        return false;
    }
}
