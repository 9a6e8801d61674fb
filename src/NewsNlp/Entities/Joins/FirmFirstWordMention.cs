using NewsNlp.Documents;
using NewsNlp.Entities.Linking;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// Within one document, a lone capitalised word the model left outside any name that opens an earlier firm name of the
/// document ending in a designator (<c>Combustion Engineering Inc</c> … <c>Combustion said</c>; <c>Allure Cosmetics
/// Inc</c> … <c>Allure said</c>) is the firm: wire copy names a firm by its first word after the full name. The full name
/// has the shape of <see cref="OrganisationShortNames.IsFullName"/> (its first word a short name, at most two words
/// between it and <c>Inc</c>, <c>Corp</c>, <c>Group</c>, …; not <c>National</c>, <c>General</c>). The word stays
/// outside when a capitalised word stands next to it (part of another name), a courtesy title stands before it, or the
/// document named a person with that word before. The same lone word the model typed a person or a place is the firm
/// too (<c>Varro Therapeutics</c> … <c>Varro</c> typed a person), unless a title stands before it, a person of two or
/// more words holding it was named before, or, typed a place, the word is a listed country, city or region. Initials
/// opening the full name are skipped (<c>C.H. Beazer Holdings PLC</c> … <c>Beazer said</c>). Sentences are seen in text
/// order, each once: linear in the tokens.
/// </summary>
internal sealed class FirmFirstWordMention
{
    private readonly HashSet<string> _firmFirstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fullPersonWords = new(StringComparer.Ordinal);

    /// <summary>
    /// Labels the sentence's lone words that are an earlier firm's first word (untyped, or typed a person or a place;
    /// <paramref name="lexicon"/> tells listed places, none when null), then remembers the sentence's firms and named
    /// persons; returns whether a label changed.
    /// </summary>
    public bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels, NerLexicon? lexicon = null)
    {
        RememberFirms(text, rows, labels); // "C.H. Beazer Holdings PLC said … a stake in Beazer": the same sentence
        bool changed = false;
        if (_firmFirstWords.Count > 0)
        {
            var firms = _firmFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
            var persons = _personWords.GetAlternateLookup<ReadOnlySpan<char>>();
            int firstWord = FirstWord(text, rows);
            var fullPersons = _fullPersonWords.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int i = 0; i < labels.Length; i++)
            {
                if (labels[i] != BilouLabels.Outside && BilouLabels.PositionOf(labels[i]) == BilouLabels.Position.Unit
                    && BilouLabels.TypeOf(labels[i]) is EntityType.Person or EntityType.Location && firms.Contains(JoinSentence.WordOf(text, rows[i]))
                    && !fullPersons.Contains(JoinSentence.WordOf(text, rows[i])) && !(i > 0 && Honorifics.Contains(JoinSentence.WordOf(text, rows[i - 1])))
                    && !(BilouLabels.TypeOf(labels[i]) == EntityType.Location && lexicon is not null && (lexicon.CategoriesOf(text, rows.Slice(i, 1)) & GazetteerMasks.Places) != 0))
                {
                    // "Varro Therapeutics" … "Varro" the model typed a person or a place.
                    labels[i] = BilouLabels.Of(EntityType.Organization, BilouLabels.Position.Unit);
                    changed = true;
                    continue;
                }

                if (labels[i] != BilouLabels.Outside || !firms.Contains(JoinSentence.WordOf(text, rows[i])) || persons.Contains(JoinSentence.WordOf(text, rows[i])))
                {
                    continue;
                }

                bool capitalBefore = i > 0 && IsCapitalised(text, rows[i - 1]) && i - 1 != firstWord;
                bool capitalAfter = i + 1 < rows.Length && IsCapitalised(text, rows[i + 1]);
                if (!capitalBefore && !capitalAfter && !(i > 0 && Honorifics.Contains(JoinSentence.WordOf(text, rows[i - 1]))))
                {
                    labels[i] = BilouLabels.Of(EntityType.Organization, BilouLabels.Position.Unit);
                    changed = true;
                }
            }
        }

        Remember(text, rows, labels);
        return changed;
    }

    /// <summary>The sentence's first token holding a letter or digit (a capitalised word there need not be a name), or -1.</summary>
    private static int FirstWord(string text, ReadOnlySpan<TokenRow> rows)
    {
        for (int k = 0; k < rows.Length; k++)
        {
            foreach (char c in JoinSentence.WordOf(text, rows[k]))
            {
                if (char.IsLetterOrDigit(c))
                {
                    return k;
                }
            }
        }

        return -1;
    }

    private static bool IsCapitalised(string text, TokenRow row) => row.Length > 0 && char.IsUpper(text[row.Start]);

    private void RememberFirms(string text, ReadOnlySpan<TokenRow> rows, ReadOnlySpan<int> labels)
    {
        foreach ((int start, int end, EntityType type) in BilouLabels.ToSpans(labels))
        {
            if (type == EntityType.Organization && end - start >= 2 && char.IsUpper(text[rows[start].Start]))
            {
                string[] words = new string[end - start];
                for (int t = start; t < end; t++)
                {
                    words[t - start] = JoinSentence.WordOf(text, rows[t]).ToString().ToLowerInvariant();
                }

                int initials = OrganisationShortNames.LeadingInitials(words);
                if (OrganisationShortNames.IsFullName(words[initials..], 1) && (initials == 0 || char.IsUpper(text[rows[start + initials].Start])))
                {
                    _firmFirstWords.Add(JoinSentence.WordOf(text, rows[start + initials]).ToString());
                }
            }
        }
    }

    private void Remember(string text, ReadOnlySpan<TokenRow> rows, ReadOnlySpan<int> labels)
    {
        foreach ((int start, int end, EntityType type) in BilouLabels.ToSpans(labels))
        {
            if (type == EntityType.Person)
            {
                for (int t = start; t < end; t++)
                {
                    _personWords.Add(JoinSentence.WordOf(text, rows[t]).ToString());
                    if (end - start >= 2)
                    {
                        _fullPersonWords.Add(JoinSentence.WordOf(text, rows[t]).ToString());
                    }
                }
            }
        }
    }
}
