using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// A source that is an organisation's name, a role and a person's name, in that order, speaks as the person:
/// <c>Association of Harbour Pilots president Ana Ruiz said</c>. The organisation's "of" would otherwise cut the phrase
/// to its first word ("Association"). Only when everything before the role is the organisation's name (capitalised words
/// joined by "of", "and", "for" or "the"): <c>the wife of footballer Tom Price</c> stays a description of the wife. The
/// quote's source span is left as it is; the speaker is resolved from the name.
/// </summary>
internal static class OrganisationTitledName
{
    /// <summary>Most lower-case words of the role ("general secretary", "chief executive").</summary>
    private const int MaxRole = 3;

    /// <summary>The person ending <paramref name="d"/>'s source after an organisation and a role, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !v.HasEntities || d.SourceEnd > v.Count || d.SourceEnd - d.SourceFirst < 4 || v.InQuote(d.SourceFirst))
        {
            return (-1, -1);
        }

        int m = v.EntityOf[d.SourceEnd - 1];
        if (m < 0 || v.Document.Entities[m].Type != EntityType.Person || v.Document.Entities[m].EndToken != d.SourceEnd)
        {
            return (-1, -1);
        }

        int first = v.Document.Entities[m].FirstToken;
        int r = first;
        while (r - 1 > d.SourceFirst && first - r < MaxRole && v.Shapes[r - 1] == TokenShape.Lower && NounPhrases.IsNounAfter(v, r - 1)
            && !v.Is(r - 1, WordClass.Determiner))
        {
            r--;
        }

        if (r == first || !PersonNouns.IsRoleHead(v, first - 1))
        {
            return (-1, -1);
        }

        // The organisation: capitalised name words, joined by "of", "and", "for" or "the", from the source's start to the role.
        bool of = false;
        for (int t = d.SourceFirst; t < r; t++)
        {
            bool joiner = v.Shapes[t] == TokenShape.Lower && (v.TextIs(t, "of") || v.TextIs(t, "and") || v.TextIs(t, "for") || v.TextIs(t, "the"))
                && t > d.SourceFirst && t + 1 < r;
            if (!(v.Shapes[t] == TokenShape.Capitalised && v.IsNameToken(t)) && !joiner && !(t == d.SourceFirst && v.TextIs(t, "the")))
            {
                return (-1, -1);
            }

            of |= joiner;
        }

        // Without a joiner the phrase is read whole already ("Royal Mail chairman Ana Ruiz"); only a joined name needs this.
        return of ? (first, d.SourceEnd) : (-1, -1);
    }
}
