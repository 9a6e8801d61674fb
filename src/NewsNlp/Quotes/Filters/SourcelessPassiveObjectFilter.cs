using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A passive with no one to say anything and a bare noun phrase after it reports an event: <c>Gordon D'Arcy has been
/// ruled out of the Ireland team for Saturday's Six Nations clash</c>. A reported or mixed draft with no source whose cue
/// holds a form of <c>be</c> and whose content, right after the cue, is a bare noun phrase closing its sentence (no
/// clause word: see <see cref="NounPhraseContentFilter.IsBareNounPhraseClosingSentence"/>) is an action.
/// </summary>
internal sealed class SourcelessPassiveObjectFilter : IAttributionFilter
{

    /// <inheritdoc />
    public string Name => "sourceless-passive-object";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.HasSource || draft.ClosedBySpeech || first != draft.CueEnd
            || end <= first || v.InQuote(first))
        {
            return FilterVerdict.Keep;
        }

        bool passive = false;
        for (int t = draft.CueFirst; t < draft.CueEnd && !passive; t++)
        {
            passive = Clauses.IsBeForm(v, t);
        }

        return passive && NounPhraseContentFilter.IsBareNounPhraseClosingSentence(v, first, end) ? FilterVerdict.Action : FilterVerdict.Keep;
    }
}
