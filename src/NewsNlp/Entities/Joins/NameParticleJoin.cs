using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A lower-case Arabic name particle after a person's name continues it (<c>Fadhil al-Chalabi</c>, <c>Osama bin
/// Laden</c>, <c>Zine el-Abidine</c>), where the model stopped at the particle and typed the rest as another name
/// ("Chalabi" a place): a person mention right before <c>al</c>, <c>el</c>, <c>bin</c>, <c>ibn</c>, <c>bint</c> or
/// <c>abu</c> (in lower case, with or without a hyphen after it) and a capitalised word takes the particle and that word, or the whole
/// mention that word opens, and stays a person; the step repeats (<c>Abdullah bin Abdul-Aziz al-Saud</c>). A first name
/// of one word the model typed otherwise joins too when the mention after the particle is a person (<c>Muqtada</c> a place,
/// <c>al-Sadr</c> a person: one person). A particle
/// with nothing capitalised after it, or in capitals (<c>Abu Dhabi</c>), changes nothing. One pass over the sentence.
/// </summary>
internal static class NameParticleJoin
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "el", "bin", "ibn", "bint", "abu" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Widens the sentence's person mentions in <paramref name="labels"/> (BILOU ids); returns whether any changed.</summary>
    public static bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels)
    {
        if (!labels.ContainsAnyExcept(BilouLabels.Outside))
        {
            return false;
        }

        List<(int Start, int End, EntityType Type)> mentions = BilouLabels.ToSpans(labels);
        var result = new List<(int Start, int End, EntityType Type)>(mentions.Count);
        bool changed = false;
        for (int m = 0; m < mentions.Count; m++)
        {
            (int start, int end, EntityType type) = mentions[m];
            EntityType given = type;
            if (type != EntityType.Person && end - start == 1 && end < rows.Length && ParticleLookup.Contains(JoinSentence.WordOf(text, rows[end]))
                && m + 1 < mentions.Count && mentions[m + 1].Type == EntityType.Person && mentions[m + 1].Start - end <= 2)
            {
                type = EntityType.Person; // "Muqtada" (a place) al-Sadr (a person): one person, if the particle joins them
            }

            int opened = end;
            while (type == EntityType.Person && end < rows.Length && ParticleLookup.Contains(JoinSentence.WordOf(text, rows[end])))
            {
                bool hyphen = end + 1 < rows.Length && JoinSentence.WordOf(text, rows[end + 1]) is "-";
                int name = hyphen ? end + 2 : end + 1;
                if (name >= rows.Length || rows[name].Length == 0 || !char.IsUpper(text[rows[name].Start])
                    || (hyphen && (rows[end].End != rows[end + 1].Start || rows[end + 1].End != rows[name].Start)))
                {
                    break;
                }

                int next = m + 1 < mentions.Count && mentions[m + 1].Start == name ? mentions[m + 1].End : name + 1;
                if (m + 1 < mentions.Count && mentions[m + 1].Start < next)
                {
                    if (mentions[m + 1].Start != name)
                    {
                        break; // another mention between the particle and the name
                    }

                    m++;
                }

                end = next;
                changed = true;
            }

            result.Add((start, end, end == opened ? given : type));
        }

        if (changed)
        {
            BilouLabels.FromSpans(result, labels);
        }

        return changed;
    }
}
