using NewsNlp.Documents;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A passive cue's agent is its source, not part of what was said: <c>The governor was called a fraud by the opposition
/// leader</c>, <c>The scheme was described as reckless by several economists</c> → content <c>a fraud</c>, source <c>the
/// opposition leader</c>. When the content starts right after a passive cue that has no source and holds a <c>by</c>
/// (outside quotation marks) followed by a phrase that can speak, the content ends before <c>by</c> and the phrase is the
/// source. Runs before <see cref="RaisedPassiveFilter"/>, which types a passive with no agent as an action.
/// </summary>
internal sealed class PassiveAgentContentFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "passive-agent-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == QuoteKind.Direct || draft.HasSource || !draft.HasCue || draft.Content.Count != 1 || draft.FirstToken < draft.CueEnd
            || draft.FirstToken - draft.CueEnd > 1 || !PassiveAgentSourceFilter.IsPassive(v, draft.CueFirst, draft.CueEnd))
        {
            return FilterVerdict.Keep;
        }

        // At least one word of content before "by".
        for (int by = draft.FirstToken + 1; by < draft.EndToken; by++)
        {
            if (!PassiveAgentSourceFilter.IsBy(v, by, draft.CueFirst))
            {
                continue;
            }

            int limit = by + 1;
            while (limit < draft.EndToken && limit - by <= PassiveAgentSourceFilter.MaxAgent && v.Shapes[limit] is not (TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.Semicolon or TokenShape.Colon))
            {
                limit++;
            }

            (int f, int e) = PassiveAgentSourceFilter.SpeakingAgent(v, by, limit);
            if (f < 0)
            {
                return FilterVerdict.Keep;
            }

            int end = by;
            while (end - 1 > draft.FirstToken && v.Shapes[end - 1] is TokenShape.Comma or TokenShape.Dash)
            {
                end--;
            }

            draft.Content[0] = new TextSpan(draft.Content[0].Start, v.Ends[end - 1]);
            draft.EndToken = end;
            draft.SetSource(f, e);
            return FilterVerdict.Keep;
        }

        return FilterVerdict.Keep;
    }
}
