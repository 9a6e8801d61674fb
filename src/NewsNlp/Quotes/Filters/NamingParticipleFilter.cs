using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A sentence opening with a naming participle gives a name, not a statement: <c>Called the Northern Data Alliance, the
/// group will set …</c>, <c>Named the Harbour Line, the route opens …</c>. A reported clause whose cue is a capitalised
/// <c>Called</c>, <c>Named</c>, <c>Dubbed</c>, <c>Nicknamed</c> or <c>Christened</c> opening its sentence, followed by
/// <c>the</c> or a capitalised word and, further on, a comma, is dropped (<c>Called a liar by …</c>, an evaluation, is
/// left to the other rules). Session 28: so is a quoted name after an adverb and a lower-case naming participle opening
/// the sentence (<c>Originally dubbed "Project Blue", the plan was renamed …</c>), direct drafts included.
/// </summary>
internal sealed class NamingParticipleFilter : IAttributionFilter
{
    private static readonly string[] Participles = ["Called", "Named", "Dubbed", "Nicknamed", "Christened"];

    private static readonly string[] LowerParticiples = ["called", "named", "dubbed", "nicknamed", "christened"];

    /// <summary>Most tokens between the participle and the comma closing the name.</summary>
    private const int MaxName = 12;

    /// <inheritdoc />
    public string Name => "naming-participle";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int cue = draft.CueFirst;
        if (draft.HasCue && v.SentenceOf[cue] >= 0 && AfterOpeningAdverb(v, cue) && QuotedNameBeforeComma(v, cue + 1))
        {
            // Session 28: "Originally dubbed "Project Blue", the plan was renamed …": a quoted name after an adverb and a
            // naming participle opening the sentence (a direct draft too: the quotation is the name).
            return FilterVerdict.Reject;
        }

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

    /// <summary>
    /// True when the lower-case naming participle at <paramref name="cue"/> follows a single adverb opening its sentence
    /// (<c>Originally dubbed</c>, <c>Initially called</c>, <c>Once named</c>).
    /// </summary>
    private static bool AfterOpeningAdverb(DocumentView v, int cue)
    {
        int adverb = cue - 1;
        if (adverb < 0 || v.Shapes[cue] != TokenShape.Lower || Grammar.Clauses.SentenceFirst(v, cue) != adverb || v.Shapes[adverb] != TokenShape.Capitalised)
        {
            return false;
        }

        ReadOnlySpan<char> a = v.Chars(adverb);
        return v.TextIsAny(cue, LowerParticiples) && (a.EndsWith("ly", StringComparison.Ordinal) || a.SequenceEqual("Once") || a.SequenceEqual("First") || a.SequenceEqual("Later"));
    }

    /// <summary>True when a quotation opens at <paramref name="t"/> and a comma follows its closing mark in the sentence.</summary>
    private static bool QuotedNameBeforeComma(DocumentView v, int t)
    {
        if (t >= v.Count || v.Shapes[t] != TokenShape.QuoteMark || v.SentenceOf[t] != v.SentenceOf[t - 1])
        {
            return false;
        }

        for (int u = t + 1; u < v.Count && u - t <= MaxName + 1 && v.SentenceOf[u] == v.SentenceOf[t]; u++)
        {
            if (v.Shapes[u] == TokenShape.QuoteMark)
            {
                return u + 1 < v.Count && v.Shapes[u + 1] == TokenShape.Comma;
            }
        }

        return false;
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
