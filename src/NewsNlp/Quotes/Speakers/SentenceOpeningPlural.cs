using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// Session 17: <c>Bankers said they were forced to …</c>, <c>Analysts expect …</c>: a plural person noun capitalised only
/// because it opens the sentence is a group of people, not one person's name — a later <c>they</c> means it, a
/// <c>he</c> does not.
/// </summary>
internal static class SentenceOpeningPlural
{
    /// <summary>True when [<paramref name="first"/>, <paramref name="end"/>) is one capitalised plural person noun opening its sentence, or an acronym's plural.</summary>
    public static bool IsGroupNoun(DocumentView v, int first, int end)
    {
        if (IsAcronymPlural(v, first, end))
        {
            return true;
        }

        if (end - first != 1 || v.Shapes[first] != TokenShape.Capitalised || Clauses.SentenceFirst(v, first) != first || (v.HasEntities && v.EntityOf[first] >= 0))
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(first);
        if (!NounPhrases.IsPlural(word) || !char.IsLower(word[1]))
        {
            return false;
        }

        ReadOnlySpan<char> singular = word[..^1];
        return (QuoteLexicon.Classify(word) & (WordClass.RoleNoun | WordClass.NonPersonNameWord)) == WordClass.RoleNoun
            || PersonNouns.Contains(singular);
    }

    /// <summary>
    /// Session 20: an acronym's plural ("MPs", "MEPs", "CEOs", "GPs") anywhere in the sentence is a group, whom a later
    /// "they" means ("MPs said …. They called for …"), not one person's name.
    /// </summary>
    public static bool IsAcronymPlural(DocumentView v, int first, int end)
    {
        if (end - first != 1 || (v.HasEntities && v.EntityOf[first] >= 0))
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(first);
        if (word.Length < 3 || word.Length > 6 || word[^1] != 's')
        {
            return false;
        }

        foreach (char c in word[..^1])
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
