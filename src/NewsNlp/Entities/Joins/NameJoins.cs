using NewsNlp.Documents;
using NewsNlp.Learning;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// Repairs the model's labels of one sentence where English makes a split or cut name one organisation
/// (<see cref="KnownOrganisationName"/>, <see cref="InitialsJoinedByAnd"/>, <see cref="OrganisationHeadName"/>,
/// <see cref="FirmNamePair"/>, <see cref="PossessiveInstitutionName"/>, <see cref="DesignatorAfterName"/>, <see cref="NameAndCompany"/>).
/// Each rule's range must overlap a model mention (the model saw a name there) and no mention holding a lower-case
/// word (<c>Gamble said Grey</c>, a model error); it is widened over every mention it overlaps (less a leading
/// <c>the</c> it gained), overlapping ranges become one, and each becomes one organisation mention, unless it is
/// exactly one mention already (whose type is kept). Linear in the sentence's tokens: each rule makes one pass, and the widening
/// reads per-token mention bounds.
/// </summary>
internal static class NameJoins
{
    private static readonly INameJoinRule[] Rules = [new KnownOrganisationName(), new InitialsJoinedByAnd(), new OrganisationHeadName(), new FirmNamePair(), new PossessiveInstitutionName(), new DesignatorAfterName(), new NameAndCompany()];

    [ThreadStatic]
    private static List<(int Start, int End)>? t_joins;

    /// <summary>Rewrites <paramref name="labels"/> (the sentence's BILOU labels) with the joined names; returns whether any changed.</summary>
    public static bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels, NerLexicon lexicon)
    {
        if (!labels.ContainsAnyExcept(BilouLabels.Outside))
        {
            return false;
        }

        List<(int Start, int End)> joins = t_joins ??= [];
        joins.Clear();
        var sentence = new JoinSentence(text, rows, labels, lexicon);
        foreach (INameJoinRule rule in Rules)
        {
            rule.Find(sentence, joins);
        }

        if (joins.Count == 0)
        {
            return false;
        }

        joins.Sort();
        List<(int Start, int End, EntityType Type)> mentions = BilouLabels.ToSpans(labels);
        int[] mentionOf = WorkArrays.Rent<int>(labels.Length);
        try
        {
            MapMentions(mentions, mentionOf.AsSpan(0, labels.Length));
            bool[] wordy = LowerCaseInside(sentence, mentions);
            List<(int Start, int End, EntityType Type)>? joined = Join(sentence, joins, mentions, mentionOf, wordy);
            if (joined is null)
            {
                return false;
            }

            BilouLabels.FromSpans(joined, labels);
            return true;
        }
        finally
        {
            WorkArrays.Return(mentionOf);
            if (joins.Capacity > 1024)
            {
                t_joins = null;
            }
        }
    }

    private static void MapMentions(List<(int Start, int End, EntityType Type)> mentions, Span<int> mentionOf)
    {
        mentionOf.Fill(-1);
        for (int m = 0; m < mentions.Count; m++)
        {
            mentionOf[mentions[m].Start..mentions[m].End].Fill(m);
        }
    }

    /// <summary>For each mention: it holds a lower-case word other than a connector (<c>Gamble said Grey</c>), a model error a join must not spread.</summary>
    private static bool[] LowerCaseInside(in JoinSentence sentence, List<(int Start, int End, EntityType Type)> mentions)
    {
        bool[] wordy = new bool[mentions.Count];
        for (int m = 0; m < mentions.Count; m++)
        {
            for (int t = mentions[m].Start; t < mentions[m].End && !wordy[m]; t++)
            {
                ReadOnlySpan<char> w = sentence.Word(t);
                wordy[m] = w.Length > 0 && char.IsLower(w[0]) && !NameConnectors.IsInner(w);
            }
        }

        return wordy;
    }

    /// <summary>The sentence's mentions with the joins applied, or null when nothing changes.</summary>
    private static List<(int Start, int End, EntityType Type)>? Join(in JoinSentence sentence, List<(int Start, int End)> joins, List<(int Start, int End, EntityType Type)> mentions, int[] mentionOf, bool[] wordy)
    {
        // Widen each range over the mentions it overlaps and merge overlapping ranges (the ranges are sorted by start).
        var merged = new List<(int Start, int End)>();
        foreach ((int start, int end) in joins)
        {
            bool overlapsMention = false, spreadsError = false;
            for (int t = start; t < end; t++)
            {
                overlapsMention |= mentionOf[t] >= 0;
                spreadsError |= mentionOf[t] >= 0 && wordy[mentionOf[t]];
            }

            if (!overlapsMention || spreadsError)
            {
                continue;
            }

            int s = mentionOf[start] >= 0 ? mentions[mentionOf[start]].Start : start;
            int e = mentionOf[end - 1] >= 0 ? mentions[mentionOf[end - 1]].End : end;
            if (s < start && sentence.Is(s, "the"))
            {
                s++; // "The Committee" widened: the article is not part of the name
            }
            if (merged.Count > 0 && s < merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(e, merged[^1].End));
            }
            else
            {
                merged.Add((s, e));
            }
        }

        // Mentions outside the merged ranges stay; a merged range that is exactly one mention keeps it.
        var result = new List<(int Start, int End, EntityType Type)>(mentions.Count);
        bool changed = false;
        int r = 0;
        foreach ((int Start, int End, EntityType Type) mention in mentions)
        {
            while (r < merged.Count && merged[r].End <= mention.Start)
            {
                result.Add((merged[r].Start, merged[r].End, EntityType.Organization));
                changed = true;
                r++;
            }

            if (r < merged.Count && merged[r].Start < mention.End)
            {
                if (merged[r] == (mention.Start, mention.End))
                {
                    result.Add(mention);
                    r++;
                }

                continue; // inside a merged range
            }

            result.Add(mention);
        }

        for (; r < merged.Count; r++)
        {
            result.Add((merged[r].Start, merged[r].End, EntityType.Organization));
            changed = true;
        }

        return changed ? result : null;
    }
}
