using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A participle right after an article, a possessive determiner or a preposition modifies the noun after it: <c>he
/// recorded with noted jazz musicians</c>, <c>the announced cuts</c>, <c>by reported rivals</c>. No verb of saying
/// follows <c>with</c>, <c>the</c> or <c>their</c>. A reported or mixed draft whose cue ends in such a lower-case -ed word,
/// followed in its sentence by a lower-case word that opens no clause (not a determiner, pronoun, "that", adverb,
/// auxiliary or function word), is an action. Determiners that can stand alone as a subject (<c>this</c>, <c>some</c>,
/// <c>many</c>, <c>that</c>: <c>Many noted that …</c>) are not enough.
/// </summary>
internal sealed class ArticleParticipleCueFilter : IAttributionFilter
{
    /// <summary>Words after which no finite verb can stand.</summary>
    private static readonly string[] Modifiers = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "every", "no"];

    /// <inheritdoc />
    public string Name => "article-participle-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue)
        {
            return FilterVerdict.Keep;
        }

        int cue = draft.CueEnd - 1, before = cue - 1, next = cue + 1;
        if (before < 0 || next >= v.Count || v.Shapes[cue] != TokenShape.Lower || v.Shapes[before] != TokenShape.Lower
            || v.Shapes[next] != TokenShape.Lower || v.SentenceOf[before] != v.SentenceOf[cue] || v.SentenceOf[next] != v.SentenceOf[cue]
            || v.InQuote(cue) || v.InQuote(next) || !v.Chars(cue).EndsWith("ed", StringComparison.Ordinal))
        {
            return FilterVerdict.Keep;
        }

        bool modifierBefore = v.TextIsAny(before, Modifiers) || SpeakerWords.IsPreposition(v.Chars(before));
        return modifierBefore && !OneWordCue.OpensClause(v, next) ? FilterVerdict.Action : FilterVerdict.Keep;
    }
}
