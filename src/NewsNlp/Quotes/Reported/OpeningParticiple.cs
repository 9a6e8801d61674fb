using NewsNlp.Documents;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A participle phrase opening the sentence is what the speaker was doing, not what they said: <c>Presenting the
/// budget in parliament, the minister said the deficit would shrink.</c>, <c>In defending himself, Trump offered …</c>.
/// A tagger quote whose first content part is the object of such a participle (the part right after it, ending at the
/// comma before the quote's source) loses that part; the part becomes an attribution of its own with the participle as
/// cue and the same source, reported as an action (act other: PolNeAR annotates some, such as <c>defending X</c>).
/// </summary>
internal static class OpeningParticiple
{
    /// <summary>The name recorded in <see cref="QuoteDraft.ActionBy"/>.</summary>
    public const string Name = "opening-participle";

    /// <summary>Moves every opening participle's object out of the quote it was joined to.</summary>
    public static void Split(DocumentView v, AttributionState state)
    {
        int count = state.Drafts.Count;
        for (int i = 0; i < count; i++)
        {
            QuoteDraft d = state.Drafts[i];
            if (d.Dropped || d.Kind == QuoteKind.Direct || d.Content.Count < 2 || !d.HasSource || !d.HasCue
                || !d.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            TextSpan part = d.Content[0];
            int first = TokenSearch.IndexAt(v, part.Start);
            int end = TokenSearch.IndexAt(v, part.End - 1) + 1;
            int participle = first - 1;
            if (participle < 0 || end >= v.Count || !IsOpening(v, participle) || v.Shapes[end] != TokenShape.Comma || end + 1 != d.SourceFirst || d.CueFirst < d.SourceEnd)
            {
                continue;
            }

            var action = new QuoteDraft
            {
                Kind = QuoteKind.Indirect,
                FirstToken = first,
                EndToken = end,
                DecidedBy = d.DecidedBy,
                Confidence = d.Confidence,
                ActionBy = Name,
            };
            action.Content.Add(part);
            action.SetCue(participle, participle + 1);
            action.SetSource(d.SourceFirst, d.SourceEnd);
            d.Content.RemoveAt(0);
            d.FirstToken = TokenSearch.IndexAt(v, d.Content[0].Start);
            state.Drafts.Add(action);
        }
    }

    /// <summary>An -ing word opening its sentence, alone or after a preposition (<c>Presenting</c>, <c>In defending</c>, <c>While speaking</c>).</summary>
    private static bool IsOpening(DocumentView v, int t)
    {
        ReadOnlySpan<char> w = v.Chars(t);
        if (w.Length <= 4 || !w.EndsWith("ing", StringComparison.Ordinal) || v.InQuote(t))
        {
            return false;
        }

        int sentenceFirst = Clauses.SentenceFirst(v, t);
        return t == sentenceFirst
            ? v.Shapes[t] == TokenShape.Capitalised
            : t == sentenceFirst + 1 && v.Shapes[t] == TokenShape.Lower && v.Is(sentenceFirst, WordClass.Boundary);
    }
}
