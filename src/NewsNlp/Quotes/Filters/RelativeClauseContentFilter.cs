using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A relative clause on a noun is no reported clause: in <c>The senator opposes any legislation that would raise the fuel
/// tax</c> or <c>China warned the North to refrain from further steps that would worsen the crisis</c> the words after
/// <c>that</c> describe the legislation or the steps; <c>that</c> is their subject. A reported draft whose content opens
/// with an auxiliary or modal right after <c>that</c>, <c>which</c> or <c>who</c>, itself right after a lower-case common
/// noun (no cue word, pronoun, determiner or adverb), is an action. <c>said that would be wrong</c> (a verb before
/// <c>that</c>) and <c>told reporters that would be wrong</c> (the hearer right after an object cue) stay.
/// </summary>
internal sealed class RelativeClauseContentFilter : IAttributionFilter
{
    private static readonly string[] RelativeWords = ["that", "which", "who"];

    /// <inheritdoc />
    public string Name => "relative-clause-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, relative = first - 1, noun = first - 2;
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || noun < 0 || first >= v.Count || draft.CueEnd > relative
            || v.SentenceOf[noun] != v.SentenceOf[first])
        {
            return FilterVerdict.Keep;
        }

        if (!v.Is(first, WordClass.Auxiliary) || !v.TextIsAny(relative, RelativeWords) || v.Shapes[relative] != TokenShape.Lower || v.InQuote(relative)
            || v.Shapes[noun] != TokenShape.Lower || v.Is(noun, WordClass.CueVerb | WordClass.CueNoun | WordClass.WeakCueVerb | WordClass.ObjectPronoun
                | WordClass.Determiner | WordClass.Auxiliary | WordClass.Adverb | WordClass.SingularPronoun | WordClass.PluralPronoun)
            || v.Chars(noun).EndsWith("ly", StringComparison.Ordinal))
        {
            return FilterVerdict.Keep;
        }

        // "told reporters that would …": the hearer right after an object cue.
        return draft.CueEnd >= noun - 1 && v.Is(draft.CueEnd - 1, WordClass.ObjectCue) ? FilterVerdict.Keep : FilterVerdict.Action;
    }
}
