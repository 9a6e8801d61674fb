using NewsNlp.Documents;
using NewsNlp.Entities.Linking;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A person mention that the model began with a party, place or other word and a title (<c>Tory MP Michael Mates</c>,
/// <c>Tory Lord Campbell</c>, <c>Prime Minister Tony Blair</c>) is the name after the title, with the title when it is a
/// courtesy title (<c>Lord Campbell</c>); otherwise the speaker's name reads "Tory MP Michael Mates". A mention of another
/// type is cut the same way when a listed first name and a surname follow the title (<c>Labour MP Stephen Pound</c> as an
/// organisation gives the party and the person; <c>Burger King Holdings</c> stays). The words before the
/// title are a name of their own when listed: a nationality is miscellaneous, a country, city or region a place, a party
/// an organisation; other words are left untyped. At most two words before the title, and a name after it that is more
/// than letters (<c>Martin Luther King Jr</c> is one name); a mention that opens with a title (<c>Lord Justice Rix</c>, <c>Mr Ann
/// Vos</c>) is left alone. One pass over the sentence's mentions.
/// </summary>
internal static class TitleInsidePersonName
{
    private const int MaxPrefixWords = 2;

    private const int FirstNameBit = 1 << (int)GazetteerCategory.FirstName;

    /// <summary>Retypes and cuts the sentence's mentions in <paramref name="labels"/> (BILOU ids); returns whether any changed.</summary>
    public static bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels, NerLexicon lexicon)
    {
        if (!labels.ContainsAnyExcept(BilouLabels.Outside))
        {
            return false;
        }

        List<(int Start, int End, EntityType Type)> mentions = BilouLabels.ToSpans(labels);
        List<(int Start, int End, EntityType Type)>? result = null;
        for (int m = 0; m < mentions.Count; m++)
        {
            (int start, int end, EntityType type) = mentions[m];
            int title = end - start >= 3 ? FirstTitle(text, rows, start, end) : -1;
            int name = title;
            while (name >= 0 && name < end - 1 && TitleWords.IsTitle(text, rows[name]))
            {
                name++;
            }

            if (title > start + MaxPrefixWords || (title >= 0 && OnlyPostNominals(text, rows[name..end])))
            {
                title = -1; // "Martin Luther King Jr": letters after a name are no name of their own
            }

            if (title >= 0 && type != EntityType.Person && !(end - name >= 2 && (lexicon.CategoriesOf(text, rows[name..(name + 1)]) & FirstNameBit) != 0))
            {
                title = -1; // another type: only a listed first name and a surname after the title ("Burger King Holdings" stays)
            }

            if (title < 0)
            {
                result?.Add(mentions[m]);
                continue;
            }

            result ??= mentions.GetRange(0, m);
            EntityType? prefix = PrefixType(lexicon.CategoriesOf(text, rows[start..title]));
            if (prefix is { } p)
            {
                result.Add((start, title, p));
            }

            if (Honorifics.Contains(text.AsSpan(rows[name - 1].Start, rows[name - 1].Length)))
            {
                name--; // "Lord Campbell": the courtesy title stays with the name
            }

            result.Add((name, end, EntityType.Person));
        }

        if (result is null)
        {
            return false;
        }

        BilouLabels.FromSpans(result, labels);
        return true;
    }

    private static bool OnlyPostNominals(string text, ReadOnlySpan<TokenRow> words)
    {
        foreach (TokenRow row in words)
        {
            if (!PersonTitles.IsPostNominal(JoinSentence.WordOf(text, row)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first title of the mention after a first word that is no title, with a name word after the titles; -1 when there is none.</summary>
    private static int FirstTitle(string text, ReadOnlySpan<TokenRow> rows, int start, int end)
    {
        if (TitleWords.IsTitle(text, rows[start]) || Honorifics.Contains(JoinSentence.WordOf(text, rows[start])))
        {
            return -1;
        }

        for (int k = start + 1; k < end - 1; k++)
        {
            if (TitleWords.IsTitle(text, rows[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private static EntityType? PrefixType(int categories)
    {
        if ((categories & (1 << (int)GazetteerCategory.Nationality)) != 0)
        {
            return EntityType.Miscellaneous;
        }

        if ((categories & GazetteerMasks.Places) != 0)
        {
            return EntityType.Location;
        }

        return (categories & (1 << (int)GazetteerCategory.Party)) != 0 ? EntityType.Organization : null;
    }
}
