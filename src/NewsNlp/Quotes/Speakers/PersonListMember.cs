namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// <c>Ann Lee won her title, beating players including Mia Ross, Eva Dale and Kim Hart. "…," she told the crowd.</c>: a
/// person listed with two or more others (names joined by commas and "and") is one of a group the sentence talks about;
/// a he/she after it goes on with the story's subject, not with the list's last name. Only lists of three or more: two
/// coordinated people ("Knight and Roni Size") are left to the gender rules.
/// </summary>
internal static class PersonListMember
{
    /// <summary>Fewest people in a list.</summary>
    private const int MinMembers = 3;

    /// <summary>True when person mention <paramref name="m"/> stands in a list of at least three person mentions in its sentence.</summary>
    public static bool Holds(DocumentView v, MentionIndex mentions, int m)
    {
        int members = 1;
        for (int k = m; k > 0 && members < MinMembers && Joined(v, mentions[k - 1], mentions[k]); k--)
        {
            members++;
        }

        for (int k = m; k + 1 < mentions.Count && members < MinMembers && Joined(v, mentions[k], mentions[k + 1]); k++)
        {
            members++;
        }

        return members >= MinMembers;
    }

    /// <summary>True when two person mentions of one sentence are joined by a comma, "and" or ", and" alone.</summary>
    private static bool Joined(DocumentView v, Mention earlier, Mention later)
    {
        if (!earlier.Speaker.IsPerson || !later.Speaker.IsPerson || earlier.End > later.First || v.SentenceOf[earlier.First] != v.SentenceOf[later.First])
        {
            return false;
        }

        int gap = later.First - earlier.End;
        bool comma = gap >= 1 && v.Shapes[earlier.End] == TokenShape.Comma;
        bool and = v.TextIs(later.First - 1, "and") && v.Shapes[later.First - 1] == TokenShape.Lower;
        return (gap == 1 && (comma || and)) || (gap == 2 && comma && and);
    }
}
