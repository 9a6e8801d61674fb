using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Session 25: a cue inside a condition reports nothing said: <c>If the European Council agrees on the draft directive it
/// will then return …</c>, <c>… but if the major economies continue to show sluggish growth, further action could be on
/// the agenda</c>. A reported or mixed draft (not closed by a later speech cue) whose cue follows <c>if</c> or
/// <c>unless</c> within <see cref="MaxSubject"/> plain words of its sentence (no comma, quotation, <c>that</c> or other
/// verb of saying between: <c>said that if …</c> leaves the outer report alone) is an action, unless its source stands
/// before the condition (BBC dev politics-019: <c>Mr MacDonell said that … if he said things which were "off the mark"
/// …</c>, the tagger's draft of MacDonell's report).
/// </summary>
internal sealed class ConditionalCueFilter : IAttributionFilter
{
    /// <summary>Most words between the conjunction and the cue (the condition's subject).</summary>
    private const int MaxSubject = 6;

    /// <inheritdoc />
    public string Name => "conditional-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.ClosedBySpeech || draft.CueFirst < 2 || draft.FirstToken < draft.CueEnd)
        {
            return FilterVerdict.Keep;
        }

        int sentence = v.SentenceOf[draft.CueFirst];
        for (int t = draft.CueFirst - 1; t >= 0 && draft.CueFirst - t <= MaxSubject + 1 && v.SentenceOf[t] == sentence; t--)
        {
            if (v.TextIs(t, "if") || v.TextIs(t, "unless"))
            {
                // "Mr MacDonell said that … if he said things which were "off the mark", …": a source before the
                // condition is the outer report's speaker; that report stands.
                return t + 1 < draft.CueFirst && !(draft.HasSource && draft.SourceFirst < t) ? FilterVerdict.Action : FilterVerdict.Keep;
            }

            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number) || v.InQuote(t)
                || v.Is(t, WordClass.That | WordClass.CueVerb))
            {
                return FilterVerdict.Keep;
            }
        }

        return FilterVerdict.Keep;
    }
}
