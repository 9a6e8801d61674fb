using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// Within one document, a lone capitalised word the model typed a person that opens an earlier firm name of the
/// document (<c>Harwell &amp; Dunmore</c> … <c>"…," Harwell said</c>; <c>Marsh &amp; McLennan</c> … <c>Marsh agreed to pay</c>)
/// is the firm: the short form of a name of the shape <c>X &amp; Y</c> / <c>X and Y</c>. It stays a person when the
/// document named a person with that word before (<c>Ivan Boesky</c> … <c>Boesky and Co</c> … <c>Boesky said</c>) or
/// a title stands before it (<c>Mr Harwell</c>). Sentences are seen in text order, each once: linear in the mentions.
/// </summary>
internal sealed class FirmShortNames
{
    private readonly HashSet<string> _firmFirstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personWords = new(StringComparer.Ordinal);

    /// <summary>Retypes the sentence's lone-word person mentions that are an earlier firm's short form, then remembers the sentence's firms and named persons; returns whether a label changed.</summary>
    public bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels)
    {
        if (!labels.ContainsAnyExcept(BilouLabels.Outside))
        {
            return false;
        }

        bool changed = false;
        var firms = _firmFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var persons = _personWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int personUnit = BilouLabels.Of(EntityType.Person, BilouLabels.Position.Unit);
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == personUnit && _firmFirstWords.Count > 0)
            {
                ReadOnlySpan<char> word = JoinSentence.WordOf(text, rows[i]);
                if (firms.Contains(word) && !persons.Contains(word) && !(i > 0 && Honorifics.Contains(JoinSentence.WordOf(text, rows[i - 1]))))
                {
                    labels[i] = BilouLabels.Of(EntityType.Organization, BilouLabels.Position.Unit);
                    changed = true;
                }
            }
        }

        Remember(text, rows, labels);
        return changed;
    }

    private void Remember(string text, ReadOnlySpan<TokenRow> rows, ReadOnlySpan<int> labels)
    {
        foreach ((int start, int end, EntityType type) in BilouLabels.ToSpans(labels))
        {
            if (type == EntityType.Organization && end - start >= 3 && NameConnectors.IsAnd(JoinSentence.WordOf(text, rows[start + 1])) && char.IsUpper(text[rows[start].Start]))
            {
                _firmFirstWords.Add(JoinSentence.WordOf(text, rows[start]).ToString());
            }
            else if (type == EntityType.Person && end - start >= 2)
            {
                for (int t = start; t < end; t++)
                {
                    _personWords.Add(JoinSentence.WordOf(text, rows[t]).ToString());
                }
            }
        }
    }
}
