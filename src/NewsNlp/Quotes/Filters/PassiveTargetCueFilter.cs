namespace NewsNlp.Quotes.Filters;

/// <summary>
/// The one judged is not the one speaking: in <c>With Tom Reed criticised for prolonging the row, …</c> and <c>Labour has
/// attracted sharp criticism for using the new rules</c> the subject is blamed, not blaming. An evaluating verb in -ed
/// right before <c>for</c> has no object (<c>criticised him for</c> would), so it is a passive whose subject is the target;
/// so is a judgement noun before <c>for</c> after a verb of receiving in the same cue (<c>attracted criticism for</c>,
/// <c>came under fire</c> is not listed), and before <c>from</c> (<c>…, gaining praise from Western creditors</c>: the praisers
/// are named, the subject is praised). A reported draft whose cue ends in such a verb or noun and <c>for</c> is an
/// action, unless a verb of saying follows the <c>for</c> (<c>won praise for saying …</c>: the subject did say it).
/// </summary>
internal sealed class PassiveTargetCueFilter : IAttributionFilter
{
    private static readonly string[] JudgedVerbs =
    [
        "criticised", "criticized", "praised", "blamed", "condemned", "attacked", "lambasted", "slammed", "hailed", "applauded",
        "congratulated", "rebuked", "censured", "chided", "faulted", "mocked", "ridiculed", "thanked", "derided", "castigated",
    ];

    private static readonly string[] JudgementNouns = ["criticism", "praise", "condemnation", "censure", "ridicule", "scorn", "flak", "plaudits"];

    private static readonly string[] ReceivingVerbs =
    [
        "attracted", "attracts", "attract", "attracting", "drew", "draws", "draw", "drawing", "faced", "faces", "face", "facing", "received",
        "receives", "receiving", "earned", "earns", "earning", "won", "wins", "winning", "came", "comes", "come", "gained", "gains", "gaining",
    ];

    /// <inheritdoc />
    public string Name => "passive-target-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.CueEnd - draft.CueFirst < 2)
        {
            return FilterVerdict.Keep;
        }

        bool from = v.TextIs(draft.CueEnd - 1, "from");
        if (!v.TextIs(draft.CueEnd - 1, "for") && !from)
        {
            return FilterVerdict.Keep;
        }

        // "won praise for saying the hospital would stay open": the subject did say it.
        if (draft.CueEnd < v.Count && v.Is(draft.CueEnd, Lexicon.WordClass.CueVerb) && v.Chars(draft.CueEnd).EndsWith("ing", StringComparison.Ordinal))
        {
            return FilterVerdict.Keep;
        }

        int word = draft.CueEnd - 2;
        if (!from && v.TextIsAny(word, JudgedVerbs))
        {
            return FilterVerdict.Action;
        }

        if (!v.TextIsAny(word, JudgementNouns))
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueFirst; t < word; t++)
        {
            if (v.TextIsAny(t, ReceivingVerbs))
            {
                return FilterVerdict.Action;
            }
        }

        return FilterVerdict.Keep;
    }
}
