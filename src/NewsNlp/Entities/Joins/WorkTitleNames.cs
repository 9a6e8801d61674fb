using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// Within one document, a name the model typed a person right after a noun for a work (<c>the film Vera Drake</c>,
/// <c>his album Jonah</c>, <c>the novel Mary Barton</c>) is the work's title, not a person, and so is every later person
/// mention of the same words (<c>… a role in Vera Drake</c>): otherwise the title takes the next <c>she said</c>.
/// Nouns that are often verbs before a person (<c>will play Ann Vos</c>, <c>films Ann Vos</c>) are not in the list.
/// Sentences are seen in text order, each once: linear in the mentions.
/// </summary>
internal sealed class WorkTitleNames
{
    private static readonly HashSet<string> WorkNouns = new(StringComparer.Ordinal)
    {
        "film", "movie", "book", "novel", "album", "single", "song", "musical", "opera", "sitcom", "series",
        "documentary", "drama", "biopic", "memoir", "comedy", "thriller", "ballet", "game",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkNounLookup = WorkNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);

    /// <summary>Retypes the sentence's person mentions that are a work's title; returns whether a label changed.</summary>
    public bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels)
    {
        if (!labels.ContainsAnyExcept(BilouLabels.Outside))
        {
            return false;
        }

        bool changed = false;
        List<(int Start, int End, EntityType Type)> mentions = BilouLabels.ToSpans(labels);
        var titles = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int m = 0; m < mentions.Count; m++)
        {
            (int start, int end, EntityType type) = mentions[m];
            if (type != EntityType.Person)
            {
                continue;
            }

            ReadOnlySpan<char> words = text.AsSpan(rows[start].Start, rows[end - 1].End - rows[start].Start);
            if (start > 0 && WorkNounLookup.Contains(text.AsSpan(rows[start - 1].Start, rows[start - 1].Length)))
            {
                _titles.Add(words.ToString());
            }
            else if (_titles.Count == 0 || !titles.Contains(words))
            {
                continue;
            }

            mentions[m] = (start, end, EntityType.Miscellaneous);
            changed = true;
        }

        if (changed)
        {
            BilouLabels.FromSpans(mentions, labels);
        }

        return changed;
    }
}
