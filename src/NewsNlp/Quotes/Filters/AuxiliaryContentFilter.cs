using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A reported clause never opens with an auxiliary or a modal right after its cue: in <c>Consumer demand will remain
/// weak</c> and <c>Poor loan demand was shown by a rise in reserves</c> the cue word is the noun subject of
/// <c>will</c> / <c>was</c>, not a verb of saying (<c>demand</c> is both). A reported (not quoted) draft whose source
/// opens its sentence and ends right at the cue (a noun compound: <c>Consumer demand</c>), whose cue is no past form
/// and whose content's first token comes right after the cue and is an auxiliary (<c>is</c>, <c>was</c>, <c>will</c>,
/// <c>could</c>, <c>has</c> …; not a possessive <c>'s</c>, not <c>would-be</c>) is an action. (Without the compound
/// condition the rule lost true reports on BBC dev: <c>X said Y's comment was "ill-advised"</c>, <c>which he said would
/// …</c>.)
/// </summary>
internal sealed class AuxiliaryContentFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "auxiliary-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasCue || draft.Kind == Documents.QuoteKind.Direct || draft.Content.Count == 0)
        {
            return FilterVerdict.Keep;
        }

        // The words before the cue are the sentence's own subject run ("Consumer", "Poor loan"), so no verb of saying
        // before it reports the noun phrase ("X said Y's comment was …"), and the cue is no past form ("which he said would …").
        int first = draft.FirstToken;
        bool compound = draft.HasSource && draft.SourceEnd == draft.CueFirst && draft.SourceFirst == FirstWordOfSentence(v, draft.SourceFirst)
            && !v.Chars(draft.CueEnd - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        return compound && first == draft.CueEnd && OpensWithAuxiliary(v, first) ? FilterVerdict.Action : FilterVerdict.Keep;
    }

    private static int FirstWordOfSentence(DocumentView v, int t) => v.Document.Sentences[v.SentenceOf[t]].FirstToken;

    /// <summary>An auxiliary outside quotation marks at <paramref name="t"/>, written as a word of its own (not <c>'s</c>, not <c>would-be</c>).</summary>
    private static bool OpensWithAuxiliary(DocumentView v, int t)
    {
        if (t >= v.Count || v.InQuote(t) || v.Shapes[t] != TokenShape.Lower || !v.Is(t, WordClass.Auxiliary))
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(t);
        if (word.StartsWith("'") || word.StartsWith("’"))
        {
            return false;
        }

        return !(t + 1 < v.Count && v.Shapes[t + 1] == TokenShape.Dash && v.Starts[t + 1] == v.Ends[t]);
    }
}
