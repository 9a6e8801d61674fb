namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A plan, deal or law that "calls for" something provides for it; no one speaks: <c>The agreement, signed at a public
/// ceremony, calls for an 85-15 split of the oil</c>, <c>The plan calls for 300 job cuts</c>, <c>The budget calls for
/// higher fuel duty</c>. A reported or mixed draft whose cue holds <c>call(s)/called/calling for</c> and whose subject
/// is such a document noun — its source's last word, or the lower-case word before the cue, or before a comma-enclosed
/// insertion ending right at the cue — is an action. Texts that speak for someone (<c>a resolution</c>, <c>a
/// statement</c>, <c>a letter</c>, <c>a petition</c>, <c>a report</c>) are not in the list and stay reports.
/// </summary>
internal sealed class ProvisionCallFilter : IAttributionFilter
{
    private static readonly string[] CallForms = ["calls", "call", "called", "calling"];

    private static readonly string[] ProvisionNouns =
    [
        "agreement", "agreements", "accord", "deal", "contract", "contracts", "plan", "plans", "proposal", "proposals", "bill",
        "law", "legislation", "budget", "package", "treaty", "pact", "scheme", "programme", "program", "measure", "settlement",
        "blueprint", "strategy", "regulation", "regulations", "rules", "directive", "formula", "arrangement", "timetable",
        "constitution", "framework", "merger", "offer", "bid",
    ];

    /// <summary>A comma-enclosed insertion between the subject and the cue is at most this many tokens.</summary>
    private const int MaxInsertion = 25;

    /// <inheritdoc />
    public string Name => "provision-call";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasCue || draft.Kind == Documents.QuoteKind.Direct)
        {
            return FilterVerdict.Keep;
        }

        int call = -1;
        for (int t = draft.CueFirst; t < draft.CueEnd && t + 1 < v.Count; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, CallForms) && v.TextIs(t + 1, "for"))
            {
                call = t;
                break;
            }
        }

        if (call < 0)
        {
            return FilterVerdict.Keep;
        }

        if (draft.HasSource && draft.SourceEnd <= call && IsProvision(v, draft.SourceEnd - 1))
        {
            return FilterVerdict.Action;
        }

        int k = call - 1;
        if (k >= 0 && v.Shapes[k] == TokenShape.Comma)
        {
            int j = k - 1;
            while (j >= 0 && k - j <= MaxInsertion && v.Shapes[j] != TokenShape.Comma && v.Shapes[j] != TokenShape.SentenceEnd
                && v.SentenceOf[j] == v.SentenceOf[call])
            {
                j--;
            }

            if (j < 0 || v.Shapes[j] != TokenShape.Comma || v.SentenceOf[j] != v.SentenceOf[call])
            {
                return FilterVerdict.Keep;
            }

            k = j - 1;
        }

        return k >= 0 && v.SentenceOf[k] == v.SentenceOf[call] && IsProvision(v, k) ? FilterVerdict.Action : FilterVerdict.Keep;
    }

    private static bool IsProvision(DocumentView v, int t) => v.Shapes[t] == TokenShape.Lower && !v.InQuote(t) && v.TextIsAny(t, ProvisionNouns);
}
