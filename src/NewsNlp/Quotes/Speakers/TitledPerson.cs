using NewsNlp.Documents;
using NewsNlp.Entities.Linking;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// Session 17: <c>Lord Haley</c>, <c>Sir Tom Vale</c>, <c>Mrs Ann Lowe</c> tagged as a place or an organisation: a title of
/// one gender followed only by name words that are no titles is a person's name, whatever type the recogniser gave it,
/// so a later he or she can mean them. <c>Lord Chief Justice</c> (a title after the title) is an office, not a name; nor is
/// <c>Miss Universe</c> (a contest's title) one woman's name.
/// </summary>
internal static class TitledPerson
{
    /// <summary>Most name words after the title.</summary>
    private const int MaxNameWords = 3;

    /// <summary>True when the non-person mention <paramref name="m"/> is a gendered title and one to three plain name words.</summary>
    public static bool Is(DocumentView v, EntityMention m)
    {
        int first = m.FirstToken, end = Math.Min(v.Count, m.EndToken);
        if (m.Type == EntityType.Person || first < 0 || end - first < 2 || end - first > MaxNameWords + 1
            || NameGenders.OfTitle(v.Chars(first)) == Gender.Unknown || v.TextIs(first, "Miss"))
        {
            return false;
        }

        for (int t = first + 1; t < end; t++)
        {
            if (v.Shapes[t] != TokenShape.Capitalised || PersonTitles.IsTitle(v.Chars(t)) || PersonNouns.IsTitleWord(v, t)
                || v.Is(t, Lexicon.WordClass.RoleNoun | Lexicon.WordClass.NonPersonNameWord | Lexicon.WordClass.CapitalisedFunctionWord))
            {
                return false;
            }
        }

        return true;
    }
}
