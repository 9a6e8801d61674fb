using NewsNlp.Documents;

namespace NewsNlp.Entities.Linking;

/// <summary>
/// A name's short form defined in brackets right after it (<c>the Association of Payment and Clearing Services (Apacs)</c>,
/// <c>Organisation for Economic Co-operation and Development (OECD)</c>) names the same thing, even when its letters are
/// not the initials: a one-word mention of two to eight letters, capitalised, whose letters appear in the name in order and
/// whose first letter opens the name (less a leading <c>the</c>). A person's name in front is no definition
/// (<c>John Smith (Lab)</c>); <c>New York (Reuters)</c> fails the letters.
/// </summary>
internal static class ParentheticalAcronym
{
    /// <summary>True when <paramref name="shortForm"/> is the bracketed short form of <paramref name="name"/>, the mention before it.</summary>
    public static bool Defines(NewsDocument document, EntityMention name, EntityMention shortForm)
    {
        if (name.Type == EntityType.Person || shortForm.EndToken - shortForm.FirstToken != 1 || shortForm.FirstToken != name.EndToken + 1
            || shortForm.EndToken >= document.Tokens.Count || name.EndToken - name.FirstToken < 2)
        {
            return false;
        }

        if (document.Slice(document.GetToken(name.EndToken).Span) is not "(" || document.Slice(document.GetToken(shortForm.EndToken).Span) is not ")")
        {
            return false;
        }

        ReadOnlySpan<char> acronym = document.Slice(document.GetToken(shortForm.FirstToken).Span);
        if (acronym.Length is < 2 or > 8 || !char.IsUpper(acronym[0]))
        {
            return false;
        }

        foreach (char c in acronym)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        int first = name.FirstToken;
        if (document.Slice(document.GetToken(first).Span).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            first++;
        }

        ReadOnlySpan<char> words = document.Text.AsSpan(document.Tokens[first].Start, document.Tokens[name.EndToken - 1].End - document.Tokens[first].Start);
        if (char.ToUpperInvariant(words[0]) != char.ToUpperInvariant(acronym[0]))
        {
            return false;
        }

        int at = 0;
        foreach (char c in acronym)
        {
            int found = words[at..].IndexOfAny(char.ToLowerInvariant(c), char.ToUpperInvariant(c));
            if (found < 0)
            {
                return false;
            }

            at += found + 1;
        }

        return true;
    }
}
