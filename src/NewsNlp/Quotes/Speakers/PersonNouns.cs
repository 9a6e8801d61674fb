using System.Collections.Frozen;
using NewsNlp.WordLists;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// Singular nouns of one person that the role-noun list leaves out (the embedded list <c>person-nouns</c>):
/// anonymous ones (<c>trader</c>, <c>dealer</c>, <c>investor</c> …) make a description a person for the pronoun rules
/// (<c>One Japanese trader said …. "…," he said</c>); positions tagged <c>+title</c> (<c>full-back</c>,
/// <c>chancellor</c>, <c>archbishop</c> …) are resolved like role nouns to the person the article names. A name
/// modifying either (<c>The Hong Kong trader</c>) is not the speaker. Read only by speaker resolution, so the
/// attribution tagger and the source ranker keep the word classes they were trained with.
/// </summary>
internal static class PersonNouns
{
    private static readonly WordList List = WordList.Load("person-nouns");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> All = List.Lookup();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = List.Lookup("title");

    /// <summary>True when <paramref name="word"/> (any case) is a listed person noun of either kind.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => All.Contains(word);

    /// <summary>True for an anonymous person noun ending at token <paramref name="t"/> ("dealer"; not a "+title" one).</summary>
    public static bool IsAnonymous(DocumentView v, int t)
    {
        ReadOnlySpan<char> w = Word(v, t);
        return !w.IsEmpty && All.Contains(w) && !Titles.Contains(w);
    }

    /// <summary>
    /// True for a position noun ("+title") ending at token <paramref name="t"/> ("chancellor", "full-back" as its last
    /// part), also capitalised after a determiner as BBC copy writes offices ("The Chancellor said").
    /// </summary>
    public static bool IsTitle(DocumentView v, int t) =>
        (Word(v, t) is { IsEmpty: false } w && Titles.Contains(w)) || IsCapitalisedTitle(v, t);

    /// <summary>True for a capitalised "+title" word right after a determiner ("the Chancellor", "The Archbishop").</summary>
    public static bool IsCapitalisedTitle(DocumentView v, int t) =>
        t > 0 && t < v.Count && v.Shapes[t] == TokenShape.Capitalised && v.Is(t - 1, Lexicon.WordClass.Determiner) && Titles.Contains(v.Chars(t));

    /// <summary>True for a "+title" word in any case ("archbishop", "Archbishop").</summary>
    public static bool IsTitleWord(DocumentView v, int t) => t >= 0 && t < v.Count && Titles.Contains(v.Chars(t));

    /// <summary>
    /// True when token <paramref name="t"/> can end the role before a person's name: a role noun, a one-token person noun
    /// or a "+title" word in any case ("analyst", "singer", "Secretary").
    /// </summary>
    public static bool IsRoleHead(DocumentView v, int t) =>
        v.Is(t, Lexicon.WordClass.RoleNoun) || EndAt(v, t) == t + 1 || IsTitleWord(v, t);

    /// <summary>True for a capitalised (not all-capitals) "+title" word right before a name ("Chancellor Gordon Brown", not a headline's "BOSS THINKS").</summary>
    public static bool IsTitleBeforeName(DocumentView v, int t) =>
        t >= 0 && t + 1 < v.Count && v.Shapes[t] == TokenShape.Capitalised && v.Chars(t)[1..].ContainsAnyInRange('a', 'z') && Titles.Contains(v.Chars(t))
        && v.IsNameToken(t + 1) && v.SentenceOf[t + 1] == v.SentenceOf[t];

    /// <summary>True when token <paramref name="t"/> ends an age compound ("34-year-old", "the year-old" part of it).</summary>
    public static bool IsAge(DocumentView v, int t) => Word(v, t).SequenceEqual("year-old");

    /// <summary>One past a person noun of either kind starting at token <paramref name="t"/> ("full - back" is three tokens), or -1.</summary>
    public static int EndAt(DocumentView v, int t)
    {
        if (t < 0 || t >= v.Count || v.Shapes[t] != TokenShape.Lower)
        {
            return -1;
        }

        if (t + 2 < v.Count && Joined(v, t + 2) && Word(v, t + 2) is { IsEmpty: false } compound && All.Contains(compound))
        {
            return t + 3;
        }

        return All.Contains(v.Chars(t)) ? t + 1 : -1;
    }

    /// <summary>
    /// The lower-case word ending at token <paramref name="t"/>, a hyphenated compound whole ("full-back"), or empty for
    /// none. Read in place from the text (no string per token): the three tokens of a compound are written together.
    /// </summary>
    private static ReadOnlySpan<char> Word(DocumentView v, int t)
    {
        if (t < 0 || t >= v.Count || v.Shapes[t] != TokenShape.Lower)
        {
            return default;
        }

        return Joined(v, t) ? v.Text.AsSpan(v.Starts[t - 2], v.Ends[t] - v.Starts[t - 2]) : v.Chars(t);
    }

    /// <summary>True when tokens t-2, t-1, t are a lower-case word, a hyphen and a word written together ("full-back").</summary>
    private static bool Joined(DocumentView v, int t) =>
        t >= 2 && v.TextIs(t - 1, "-") && v.Shapes[t - 2] == TokenShape.Lower
        && v.Starts[t - 1] == v.Starts[t - 2] + v.Chars(t - 2).Length && v.Starts[t] == v.Starts[t - 1] + 1;
}
