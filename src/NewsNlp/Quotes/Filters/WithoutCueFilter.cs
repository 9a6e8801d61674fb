namespace NewsNlp.Quotes.Filters;

/// <summary>
/// What someone does without saying it is not said: <c>Chelsea dominated without seriously threatening to break the
/// defence</c>, <c>he left without explaining why</c>. A reported or mixed draft whose cue is a form in -ing right after
/// <c>without</c> (past one adverb in -ly) reports nothing: an action.
/// </summary>
internal sealed class WithoutCueFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "without-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue)
        {
            return FilterVerdict.Keep;
        }

        // "without" may open the cue itself ("without seriously threatening") or stand right before it.
        int before = draft.CueFirst, verb = draft.CueFirst + 1;
        if (!v.TextIs(draft.CueFirst, "without") || draft.CueEnd - draft.CueFirst < 2)
        {
            verb = draft.CueFirst;
            before = draft.CueFirst - 1;
            if (before >= 0 && Sources.SourceFinder.IsLyAdverb(v, before))
            {
                before--;
            }
        }

        while (verb < draft.CueEnd - 1 && Sources.SourceFinder.IsLyAdverb(v, verb))
        {
            verb++;
        }

        return before >= 0 && v.Shapes[verb] == TokenShape.Lower && v.Chars(verb).EndsWith("ing", StringComparison.Ordinal)
            && v.TextIs(before, "without") && v.SentenceOf[before] == v.SentenceOf[verb]
            ? FilterVerdict.Action
            : FilterVerdict.Keep;
    }
}
