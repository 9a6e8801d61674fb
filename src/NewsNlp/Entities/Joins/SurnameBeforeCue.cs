using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// Within one document, a capitalised word the model left untyped that is the surname of a person named in full earlier
/// and that a reporting verb follows is that person (<c>Queen guitarist Brian May</c> … <c>May said</c>, where the model
/// reads the month): <c>May said</c>, <c>, May told</c>. Without the verb it stays untyped (<c>in May</c>), and so does a
/// word right after a mention (part of another name). Sentences are seen in text order, each once: linear in the tokens.
/// </summary>
internal sealed class SurnameBeforeCue
{
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);

    /// <summary>Types the sentence's untyped surnames before a reporting verb as persons, then remembers its persons' surnames; returns whether a label changed.</summary>
    public bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels)
    {
        bool changed = false;
        if (_surnames.Count > 0)
        {
            var surnames = _surnames.GetAlternateLookup<ReadOnlySpan<char>>();
            int personUnit = BilouLabels.Of(EntityType.Person, BilouLabels.Position.Unit);
            for (int i = 0; i + 1 < labels.Length; i++)
            {
                if (labels[i] == BilouLabels.Outside && labels[i + 1] == BilouLabels.Outside && (i == 0 || labels[i - 1] == BilouLabels.Outside)
                    && surnames.Contains(JoinSentence.WordOf(text, rows[i]))
                    && (QuoteLexicon.Classify(JoinSentence.WordOf(text, rows[i + 1])) & WordClass.CueVerb) != 0)
                {
                    labels[i] = personUnit;
                    changed = true;
                }
            }
        }

        if (labels.ContainsAnyExcept(BilouLabels.Outside))
        {
            foreach ((int start, int end, EntityType type) in BilouLabels.ToSpans(labels))
            {
                ReadOnlySpan<char> last = JoinSentence.WordOf(text, rows[end - 1]);
                if (type == EntityType.Person && end - start >= 2 && last.Length >= 2 && char.IsUpper(last[0]) && char.IsLower(last[^1]))
                {
                    _surnames.Add(last.ToString());
                }
            }
        }

        return changed;
    }
}
