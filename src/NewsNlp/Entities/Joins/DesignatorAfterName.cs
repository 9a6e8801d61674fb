using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A company's legal form the model typed as an organisation of its own belongs to the organisation name just before it
/// (<c>Den Danske Bank af 1871 A/S</c> gave "Den Danske Bank" and "A/S"): a mention made only of legal forms
/// (<c>A/S</c>, <c>AG</c>, <c>Inc</c>, <c>plc</c> …), the last maybe after <c>Holdings</c> or <c>Group</c> (<c>Aancor
/// Holdings Inc</c> cut in two), after an organisation mention, with at most
/// <see cref="MaxGap"/> short lower-case words (three letters at most) or numbers between them, is one name with it. A legal form after a person or a
/// place, or after punctuation, is left alone.
/// </summary>
internal sealed class DesignatorAfterName : INameJoinRule
{
    /// <summary>Most words between the name and its legal form.</summary>
    private const int MaxGap = 3;

    private static readonly HashSet<string> Forms = new(StringComparer.OrdinalIgnoreCase)
    {
        "A/S", "AS", "ASA", "AB", "AG", "SA", "S.A.", "NV", "N.V.", "BV", "B.V.", "SpA", "S.p.A.", "GmbH", "Oyj", "KK",
        "Inc", "Inc.", "Ltd", "Ltd.", "plc", "LLC", "Corp", "Corp.", "Co", "Co.", "Bhd", "Pty",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FormLookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public void Find(in JoinSentence sentence, List<(int Start, int End)> joins)
    {
        int previousEnd = -1; // end of the last organisation mention seen
        for (int i = 0; i < sentence.Count; i++)
        {
            if (!sentence.StartsMention(i))
            {
                continue;
            }

            int end = i;
            while (end < sentence.Count && !(sentence.EndsMention(end)))
            {
                end++;
            }

            end = Math.Min(end + 1, sentence.Count);
            bool organisation = sentence.TypeAt(i) == EntityType.Organization;
            if (organisation && previousEnd >= 0 && i - previousEnd <= MaxGap && OnlyForms(sentence, i, end) && PlainGap(sentence, previousEnd, i))
            {
                int start = previousEnd - 1;
                while (start > 0 && !sentence.StartsMention(start))
                {
                    start--;
                }

                joins.Add((start, end));
            }

            previousEnd = organisation ? end : -1;
            i = end - 1;
        }
    }

    private static bool OnlyForms(in JoinSentence sentence, int start, int end)
    {
        if (!FormLookup.Contains(sentence.Word(end - 1)))
        {
            return false;
        }

        for (int t = start; t < end - 1; t++)
        {
            if (!FormLookup.Contains(sentence.Word(t)) && !sentence.Is(t, "Holdings") && !sentence.Is(t, "Holding") && !sentence.Is(t, "Group"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tokens between are short lower-case words or numbers ("af 1871").</summary>
    private static bool PlainGap(in JoinSentence sentence, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            ReadOnlySpan<char> w = sentence.Word(t);
            if (w.Length == 0 || !((char.IsLower(w[0]) && w.Length <= 3) || char.IsAsciiDigit(w[0])) || sentence.TypeAt(t) is not null)
            {
                return false;
            }
        }

        return true;
    }
}
