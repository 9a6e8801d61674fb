using System.Collections.Frozen;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Figures that show something are evidence, not speech: <c>new figures showed a fall in growth</c>, <c>studies have
/// shown that fakes spread</c>, <c>the data indicate a slowdown</c>, <c>budget documents show the tax raised 2 billion</c>.
/// A reported clause whose cue is a verb of evidence (show, reveal, indicate, suggest, demonstrate, prove, point to)
/// and whose source's head noun names data, a study or a document (figures, data, statistics, results, studies,
/// research, polls, documents, records, report …) is an action. What a document says or writes stays writing
/// (<c>the report says</c>), and a survey that finds something stays what it is.
/// </summary>
internal sealed class DataEvidenceFilter : IAttributionFilter
{
    private static readonly FrozenSet<string> EvidenceNouns = FrozenSet.ToFrozenSet(
    [
        "figure", "figures", "data", "statistics", "stats", "numbers", "number", "result", "results", "study", "studies", "research",
        "poll", "polls", "survey", "surveys", "document", "documents", "records", "record", "report", "reports", "evidence", "findings",
        "analysis", "tests", "test", "estimates", "projections", "forecasts", "footage", "video", "images", "photos", "pictures", "chart",
        "charts", "table", "tables", "index", "indicators", "accounts", "filings", "papers",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] EvidenceStems = ["show", "reveal", "indicat", "suggest", "demonstrat", "prov", "point"];

    /// <inheritdoc />
    public string Name => "data-evidence";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || !draft.HasSource || draft.ClosedBySpeech
            || !IsEvidenceCue(v, draft.CueFirst, draft.CueEnd))
        {
            return FilterVerdict.Keep;
        }

        int head = SourceHead(v, draft.SourceFirst, draft.SourceEnd);
        return head >= 0 && EvidenceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v.Chars(head)) ? FilterVerdict.Action : FilterVerdict.Keep;
    }

    /// <summary>The head of the source phrase: its last word before "of", "by", "from", a comma or a bracket.</summary>
    private static int SourceHead(DocumentView v, int first, int end)
    {
        int head = -1;
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] is TokenShape.Comma or TokenShape.OpenBracket)
            {
                break;
            }

            if (v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised)
            {
                if (head >= 0 && (v.TextIs(t, "of") || v.TextIs(t, "by") || v.TextIs(t, "from") || v.TextIs(t, "on")))
                {
                    break;
                }

                head = t;
            }
        }

        return head;
    }

    private static bool IsEvidenceCue(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.Is(t, WordClass.Auxiliary) || v.Is(t, WordClass.Adverb))
            {
                continue;
            }

            ReadOnlySpan<char> word = v.Chars(t);
            foreach (string stem in EvidenceStems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && word.Length - stem.Length <= 4)
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }
}
