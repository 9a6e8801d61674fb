using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A participle right after an article, a possessive determiner or a preposition modifies the noun after it: <c>he
/// recorded with noted jazz musicians</c>, <c>the announced cuts</c>, <c>by reported rivals</c>. No verb of saying
/// follows <c>with</c>, <c>the</c> or <c>their</c>. A reported or mixed draft whose cue ends in such a lower-case -ed word,
/// followed in its sentence by a lower-case word that opens no clause (not a determiner, pronoun, "that", adverb,
/// auxiliary or function word), is an action. Determiners that can stand alone as a subject (<c>this</c>, <c>some</c>,
/// <c>many</c>, <c>that</c>: <c>Many noted that …</c>) are not enough. The same holds for an -ing word right after an
/// article, or after an article and a superlative (<c>took the best supporting actor award</c>, <c>the warning signs</c>),
/// unless the next word is a noun of saying (<c>a damning report</c> is left to the other rules).
/// </summary>
internal sealed class ArticleParticipleCueFilter : IAttributionFilter
{
    /// <summary>Words after which no finite verb can stand.</summary>
    private static readonly string[] Modifiers = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "every", "no"];

    /// <summary>Words before an -ing modifier (a verb of saying in -ing never follows them).</summary>
    private static readonly string[] Articles = ["the", "a", "an"];

    /// <inheritdoc />
    public string Name => "article-participle-cue";

    /// <summary>
    /// Session 27: <c>The expected drop in sales would be the result of …, he said.</c> — a capitalised article or
    /// possessive determiner opening its sentence (<c>The</c>, <c>A</c>, <c>Its</c>) is the same modifier as a lower-case one.
    /// </summary>
    private static bool OpeningModifier(DocumentView v, int t)
    {
        if (v.Shapes[t] != TokenShape.Capitalised || v.Document.Sentences[v.SentenceOf[t]].FirstToken != t)
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(t);
        foreach (string m in Modifiers)
        {
            if (word.Equals(m, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSuperlative(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("est", StringComparison.Ordinal) || word.SequenceEqual("most"));

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue)
        {
            return FilterVerdict.Keep;
        }

        int cue = draft.CueEnd - 1, before = cue - 1, next = cue + 1;
        if (before < 0 || next >= v.Count || v.Shapes[cue] != TokenShape.Lower || (v.Shapes[before] != TokenShape.Lower && !OpeningModifier(v, before))
            || v.Shapes[next] != TokenShape.Lower || v.SentenceOf[before] != v.SentenceOf[cue] || v.SentenceOf[next] != v.SentenceOf[cue]
            || v.InQuote(cue) || v.InQuote(next))
        {
            return FilterVerdict.Keep;
        }

        bool ed = v.Chars(cue).EndsWith("ed", StringComparison.Ordinal);
        if (!ed)
        {
            // "took the best supporting actor award", "the warning signs": an -ing word after an article, perhaps with a
            // superlative between, modifies the noun after it.
            bool superlative = before - 1 >= 0 && IsSuperlative(v.Chars(before)) && v.SentenceOf[before - 1] == v.SentenceOf[cue];
            int article = superlative ? before - 1 : before;
            return v.Chars(cue).EndsWith("ing", StringComparison.Ordinal) && v.Shapes[article] == TokenShape.Lower && v.TextIsAny(article, Articles)
                && !OneWordCue.OpensClause(v, next) && !v.Is(next, WordClass.CueNoun) ? FilterVerdict.Action : FilterVerdict.Keep;
        }

        bool modifierBefore = v.TextIsAny(before, Modifiers) || OpeningModifier(v, before) || SpeakerWords.IsPreposition(v.Chars(before));
        return modifierBefore && !OneWordCue.OpensClause(v, next) ? FilterVerdict.Action : FilterVerdict.Keep;
    }
}
