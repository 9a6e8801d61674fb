using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// A name with a possessive <c>'s</c> before lower-case words (<c>according to the UK's leading movie critics</c>,
/// <c>said Norland's top critic Ana Ruiz</c>): the name is the possessor, the words after it the head of the phrase, so a
/// phrase read after an inverted cue runs on past the <c>'s</c> instead of stopping at <c>the UK</c>.
/// </summary>
internal static class PossessedHead
{
    /// <summary>True when <paramref name="k"/> is a possessive <c>'s</c> right after a name and before a lower-case word that is no boundary, auxiliary or cue verb (before <paramref name="limit"/>).</summary>
    public static bool IsAt(DocumentView v, int k, int limit) =>
        k > 0 && k + 1 < limit && SpeakerWords.IsPossessive(v.Chars(k)) && v.Chars(k).Length == 2 && v.IsNameToken(k - 1)
        && v.Shapes[k + 1] == TokenShape.Lower && !v.Is(k + 1, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb)
        && v.SentenceOf[k + 1] == v.SentenceOf[k];
}
