using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A participle between a possessive and a noun modifies the noun: <c>Mr Hale's proposed amendment will be debated</c>,
/// <c>the bank's revised forecast</c>. A reported or mixed draft whose cue is one lower-case word in -ed right after
/// <c>'s</c> and before a lower-case word that opens no clause (not a determiner, pronoun, "that", "to", adverb, auxiliary
/// or function word) is an action: the cue word is no verb of saying there (<c>his proposed …</c> is left to
/// <see cref="CueNounFilter"/>).
/// </summary>
internal sealed class PossessiveParticipleCueFilter : IAttributionFilter
{
    private const WordClass ClauseOpeners = WordClass.Determiner | WordClass.That | WordClass.SingularPronoun | WordClass.PluralPronoun
        | WordClass.ItPronoun | WordClass.ObjectPronoun | WordClass.Adverb | WordClass.Auxiliary | WordClass.Boundary | WordClass.Relative;

    /// <inheritdoc />
    public string Name => "possessive-participle-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int cue = draft.CueFirst, next = cue + 1;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.CueEnd - cue != 1 || cue < 1 || next >= v.Count
            || v.Shapes[cue] != TokenShape.Lower || !v.Chars(cue).EndsWith("ed", StringComparison.Ordinal) || !v.IsApostropheS(cue - 1)
            || v.SentenceOf[next] != v.SentenceOf[cue] || v.Shapes[next] != TokenShape.Lower || v.InQuote(next))
        {
            return FilterVerdict.Keep;
        }

        return v.Is(next, ClauseOpeners) || Sources.SourceFinder.IsLyAdverb(v, next) ? FilterVerdict.Keep : FilterVerdict.Action;
    }
}
