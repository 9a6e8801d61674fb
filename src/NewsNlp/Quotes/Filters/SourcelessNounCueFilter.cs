using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A cue word with no one to say it and an auxiliary right after it is the subject noun of its clause: in <c>However,
/// talks will begin only if …</c>, <c>Claims are still being checked</c>, <c>Calls have grown for …</c> the word
/// read as the cue (<c>talks</c>, <c>claims</c>, <c>calls</c>) is a plural noun, not a verb of saying. A reported or
/// mixed draft with no source whose cue is one lower-case word ending in <c>s</c> and whose content's first token comes
/// right after it and is an auxiliary or modal (<c>will</c>, <c>are</c>, <c>have</c> …, not a possessive <c>'s</c>) is
/// an action. (<see cref="AuxiliaryContentFilter"/> covers the same reading when a noun compound before the cue was
/// taken as its source: <c>Consumer demand will remain weak</c>.)
/// </summary>
internal sealed class SourcelessNounCueFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "sourceless-noun-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasCue || draft.HasSource || draft.Kind == Documents.QuoteKind.Direct || draft.Content.Count == 0
            || draft.CueEnd - draft.CueFirst != 1 || draft.FirstToken != draft.CueEnd || draft.FirstToken >= v.Count)
        {
            return FilterVerdict.Keep;
        }

        int cue = draft.CueFirst;
        ReadOnlySpan<char> word = v.Chars(cue);
        if (v.Shapes[cue] != TokenShape.Lower || v.InQuote(cue) || word.Length < 4 || !word.EndsWith("s", StringComparison.Ordinal)
            || word.EndsWith("ss", StringComparison.Ordinal))
        {
            return FilterVerdict.Keep;
        }

        int first = draft.FirstToken;
        if (v.Shapes[first] != TokenShape.Lower || v.InQuote(first) || !v.Is(first, WordClass.Auxiliary))
        {
            return FilterVerdict.Keep;
        }

        ReadOnlySpan<char> aux = v.Chars(first);
        return aux.StartsWith("'") || aux.StartsWith("’") ? FilterVerdict.Keep : FilterVerdict.Action;
    }
}
