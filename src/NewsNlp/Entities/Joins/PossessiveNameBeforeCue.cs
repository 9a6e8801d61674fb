using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// Within one document, a one-word name typed a person that <c>'s</c> and a reporting verb follow is a firm named in the
/// possessive (<c>Foster's said</c>, <c>Sainsbury's said</c>): no possessive stands right before a verb. The mention takes
/// the <c>'s</c> and becomes an organisation. It stays a person when the document named a person with that word before
/// (<c>Tom Foster</c> … <c>Foster's said</c> may be "Foster has said") or a courtesy title stands before it. Sentences are
/// seen in text order, each once: linear in the tokens.
/// </summary>
internal sealed class PossessiveNameBeforeCue
{
    private readonly HashSet<string> _personWords = new(StringComparer.Ordinal);

    /// <summary>Retypes the sentence's possessive firm names, then remembers the words of its persons' full names; returns whether a label changed.</summary>
    public bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels)
    {
        if (!labels.ContainsAnyExcept(BilouLabels.Outside))
        {
            return false;
        }

        bool changed = false;
        var persons = _personWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int personUnit = BilouLabels.Of(EntityType.Person, BilouLabels.Position.Unit);
        for (int i = 0; i + 2 < labels.Length; i++)
        {
            if (labels[i] != personUnit || labels[i + 1] != BilouLabels.Outside || JoinSentence.WordOf(text, rows[i + 1]) is not ("'s" or "’s"))
            {
                continue;
            }

            ReadOnlySpan<char> word = JoinSentence.WordOf(text, rows[i]);
            if (!persons.Contains(word) && !(i > 0 && Honorifics.Contains(JoinSentence.WordOf(text, rows[i - 1])))
                && (QuoteLexicon.Classify(JoinSentence.WordOf(text, rows[i + 2])) & WordClass.CueVerb) != 0)
            {
                labels[i] = BilouLabels.Of(EntityType.Organization, BilouLabels.Position.Begin);
                labels[i + 1] = BilouLabels.Of(EntityType.Organization, BilouLabels.Position.Last);
                changed = true;
            }
        }

        foreach ((int start, int end, EntityType type) in BilouLabels.ToSpans(labels))
        {
            if (type == EntityType.Person && end - start >= 2)
            {
                for (int t = start; t < end; t++)
                {
                    _personWords.Add(JoinSentence.WordOf(text, rows[t]).ToString());
                }
            }
        }

        return changed;
    }
}
