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
    /// <inheritdoc />
    public string Name => "possessive-participle-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!OneWordCue.IsFollowedByLowerWord(v, draft, out int next) || draft.CueFirst < 1
            || !v.Chars(draft.CueFirst).EndsWith("ed", StringComparison.Ordinal) || !v.IsApostropheS(draft.CueFirst - 1))
        {
            return FilterVerdict.Keep;
        }

        return OneWordCue.OpensClause(v, next) ? FilterVerdict.Keep : FilterVerdict.Action;
    }
}
