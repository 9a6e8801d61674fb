using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// "State" is far more often a noun than a verb of saying: <c>a group of top state law enforcement officials</c>,
/// <c>so-called rogue states such as Iran</c>. A reported or mixed draft whose cue is the one word <c>state</c> or
/// <c>states</c> followed by <c>such</c> or by a lower-case word that a verb would not take there (not a determiner,
/// pronoun, "that", adverb, auxiliary, function word, and not a bare plural that could be a clause's subject:
/// <c>the rule states firms must …</c>) is an action: the word heads or modifies a noun phrase.
/// </summary>
internal sealed class StateNounCueFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "state-noun-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!OneWordCue.IsFollowedByLowerWord(v, draft, out int next) || !(v.TextIs(draft.CueFirst, "state") || v.TextIs(draft.CueFirst, "states")))
        {
            return FilterVerdict.Keep;
        }

        if (v.TextIs(next, "such"))
        {
            return FilterVerdict.Action;
        }

        ReadOnlySpan<char> word = v.Chars(next);
        return OneWordCue.OpensClause(v, next) || word.EndsWith("s", StringComparison.Ordinal)
            ? FilterVerdict.Keep
            : FilterVerdict.Action;
    }
}
