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
    private const WordClass VerbFollowers = WordClass.Determiner | WordClass.That | WordClass.SingularPronoun | WordClass.PluralPronoun
        | WordClass.ItPronoun | WordClass.ObjectPronoun | WordClass.Adverb | WordClass.Auxiliary | WordClass.Boundary | WordClass.Relative;

    /// <inheritdoc />
    public string Name => "state-noun-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int cue = draft.CueFirst, next = cue + 1;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.CueEnd - cue != 1 || v.Shapes[cue] != TokenShape.Lower
            || !(v.TextIs(cue, "state") || v.TextIs(cue, "states")) || next >= v.Count || v.SentenceOf[next] != v.SentenceOf[cue]
            || v.Shapes[next] != TokenShape.Lower || v.InQuote(next))
        {
            return FilterVerdict.Keep;
        }

        if (v.TextIs(next, "such"))
        {
            return FilterVerdict.Action;
        }

        ReadOnlySpan<char> word = v.Chars(next);
        return v.Is(next, VerbFollowers) || Sources.SourceFinder.IsLyAdverb(v, next) || word.EndsWith("s", StringComparison.Ordinal)
            ? FilterVerdict.Keep
            : FilterVerdict.Action;
    }
}
