using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A sentence opening with a naming participle gives a name, not a statement: <c>Called the Northern Data Alliance, the
/// group will set …</c>, <c>Named the Harbour Line, the route opens …</c>. A reported clause whose cue is a capitalised
/// <c>Called</c>, <c>Named</c>, <c>Dubbed</c>, <c>Nicknamed</c> or <c>Christened</c> opening its sentence, followed by
/// <c>the</c> or a capitalised word and, further on, a comma, is dropped (<c>Called a liar by …</c>, an evaluation, is
/// left to the other rules).
/// </summary>
internal sealed class NamingParticipleFilter : IAttributionFilter
{
    private static readonly string[] Participles = ["Called", "Named", "Dubbed", "Nicknamed", "Christened"];

    /// <summary>Most tokens between the participle and the comma closing the name.</summary>
    private const int MaxName = 12;

    /// <inheritdoc />
    public string Name => "naming-participle";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int cue = draft.CueFirst;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || v.SentenceOf[cue] < 0 || Grammar.Clauses.SentenceFirst(v, cue) != cue || !IsNamingParticiple(v, cue))
        {
            return FilterVerdict.Keep;
        }

        int next = cue + 1;
        if (next >= v.Count || v.SentenceOf[next] != v.SentenceOf[cue] || !(v.TextIs(next, "the") || v.Shapes[next] == TokenShape.Capitalised))
        {
            return FilterVerdict.Keep;
        }

        for (int t = next + 1; t < v.Count && t - next <= MaxName && v.SentenceOf[t] == v.SentenceOf[cue]; t++)
        {
            if (v.Shapes[t] == TokenShape.Comma)
            {
                return FilterVerdict.Reject;
            }
        }

        return FilterVerdict.Keep;
    }

    private static bool IsNamingParticiple(DocumentView v, int t)
    {
        if (v.Shapes[t] != TokenShape.Capitalised)
        {
            return false;
        }

        foreach (string word in Participles)
        {
            if (v.Chars(t).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
