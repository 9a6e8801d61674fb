using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// An institution named after a saint or a person, <c>X's</c> and capitalised words ending in an institution noun, is
/// one name (<c>St Kevin's High School</c>, <c>St Mary's Hospital</c>, <c>St Thomas' Hospital</c>, <c>Guy's Hospital</c>):
/// the model keeps only the saint or person (<c>St Kevin</c> as a place). <c>X</c> must be a model mention that starts
/// with <c>St</c>/<c>Saint</c> or a person mention, or one untyped capitalised word (<c>Guy's Hospital</c>); a place's
/// possessive (<c>Britain's Royal College of Nursing</c>) is left alone. At most four capitalised words after the
/// possessive, the last of them (the run's end) an institution noun, or an institution noun and a listed place (<c>King's
/// College London</c>): <c>Ann Vos's Academy Award</c> is no school.
/// </summary>
internal sealed class PossessiveInstitutionName : INameJoinRule
{
    private const int MaxWords = 4;

    private static readonly HashSet<string> Institutions = new(StringComparer.Ordinal)
    {
        "School", "College", "Hospital", "Church", "Cathedral", "Chapel", "Infirmary", "Academy", "University", "Abbey",
        "Priory", "Hospice",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionLookup = Institutions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public void Find(in JoinSentence sentence, List<(int Start, int End)> joins)
    {
        for (int p = 1; p + 1 < sentence.Count; p++)
        {
            if (!IsPossessive(sentence, p))
            {
                continue;
            }

            int first = Owner(sentence, p - 1);
            if (first < 0)
            {
                continue;
            }

            // The capitalised run after the possessive must end with the institution noun ("Brando's Academy Award" does not).
            int head = p;
            while (head + 1 < sentence.Count && head - p < MaxWords && sentence.IsCapitalised(head + 1))
            {
                head++;
            }

            if (head > p && !(head + 1 < sentence.Count && sentence.IsCapitalised(head + 1))
                && (InstitutionLookup.Contains(sentence.Word(head)) || InstitutionBeforePlace(sentence, p, head)))
            {
                joins.Add((first, head + 1));
                p = head;
            }
        }
    }

    /// <summary>
    /// Whether the run's last word is a listed place right after the institution noun (<c>King's College London</c>,
    /// <c>Queen's University Belfast</c>): the place is part of the institution's name.
    /// </summary>
    private static bool InstitutionBeforePlace(in JoinSentence sentence, int p, int head) =>
        head - 1 > p && InstitutionLookup.Contains(sentence.Word(head - 1))
        && (sentence.Lexicon.CategoriesOf(sentence.Text, sentence.Rows.Slice(head, 1)) & GazetteerMasks.Places) != 0;

    /// <summary><c>'s</c>, or a bare apostrophe after a word ending in s (<c>St Thomas' Hospital</c>).</summary>
    private static bool IsPossessive(in JoinSentence sentence, int p)
    {
        ReadOnlySpan<char> w = sentence.Word(p);
        if (w is "'s" or "’s")
        {
            return true;
        }

        ReadOnlySpan<char> before = sentence.Word(p - 1);
        return w is "'" or "’" && before.Length > 1 && before[^1] == 's';
    }

    /// <summary>The first token of the possessor ending at <paramref name="last"/>: a saint's or person's mention, or one untyped capitalised word; -1 otherwise.</summary>
    private static int Owner(in JoinSentence sentence, int last)
    {
        ReadOnlySpan<char> w = sentence.Word(last);
        if (w.Length < 2 || !char.IsUpper(w[0]) || !char.IsLower(w[1]))
        {
            return -1;
        }

        EntityType? type = sentence.TypeAt(last);
        if (type is null)
        {
            return last > 0 && IsSaint(sentence.Word(last - 1)) ? last - 1 : (last == 0 || !sentence.IsCapitalised(last - 1) ? last : -1);
        }

        if (!sentence.EndsMention(last))
        {
            return -1;
        }

        int start = last;
        while (start > 0 && !sentence.StartsMention(start))
        {
            start--;
        }

        return type == EntityType.Person || IsSaint(sentence.Word(start)) ? start : -1;
    }

    private static bool IsSaint(ReadOnlySpan<char> word) => word is "St" or "St." or "Saint" or "Ste";
}
