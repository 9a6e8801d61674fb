using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A title before a person's name is no part of another name: the model's organisation or place mention that ends in title or
/// role words right before a person mention (<c>New York Attorney General Eliot Spitzer</c> → "New York Attorney" as an
/// organisation) loses those words, which are the person's title (<c>New York</c>, then <c>Eliot Spitzer</c>); a
/// mention made of title words alone (<c>Foreign Secretary Jack Straw</c> → "Foreign Secretary") goes. Capitalised
/// title words may stand between the two (<c>General</c>). The
/// words left keep the model's type, except a listed country, city or region, which is a place. A miscellaneous mention
/// (<c>Democrat Senator Ann Vos</c>) is left alone: a party or nationality word before a title is a name of its own.
/// One pass over the sentence's mentions.
/// </summary>
internal static class TitleBeforePersonName
{
    private const int MaxGapWords = 3;

    /// <summary>Trims the sentence's mentions in <paramref name="labels"/> (BILOU ids); returns whether any changed.</summary>
    public static bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels, NerLexicon lexicon)
    {
        if (!labels.ContainsAnyExcept(BilouLabels.Outside))
        {
            return false;
        }

        List<(int Start, int End, EntityType Type)> mentions = BilouLabels.ToSpans(labels);
        bool changed = false;
        for (int m = 0; m + 1 < mentions.Count; m++)
        {
            (int start, int end, EntityType type) = mentions[m];
            if (type is not (EntityType.Organization or EntityType.Location) || mentions[m + 1].Type != EntityType.Person || !TitleWords.IsTitle(text, rows[end - 1]))
            {
                continue;
            }

            int gap = mentions[m + 1].Start - end;
            bool titlesBetween = gap <= MaxGapWords;
            for (int t = end; t < mentions[m + 1].Start && titlesBetween; t++)
            {
                titlesBetween = TitleWords.IsTitle(text, rows[t]);
            }

            if (!titlesBetween)
            {
                continue;
            }

            int kept = end - 1;
            while (kept > start && TitleWords.IsTitle(text, rows[kept - 1]))
            {
                kept--;
            }

            if (kept > start)
            {
                EntityType left = (lexicon.CategoriesOf(text, rows[start..kept]) & GazetteerMasks.Places) != 0 ? EntityType.Location : type;
                mentions[m] = (start, kept, left);
            }
            else
            {
                mentions.RemoveAt(m);
                m--;
            }

            changed = true;
        }

        if (changed)
        {
            BilouLabels.FromSpans(mentions, labels);
        }

        return changed;
    }
}
