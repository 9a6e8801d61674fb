using NewsNlp.Documents;
using NewsNlp.Quotes.Grammar;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// The writer's comment after a report is not what was said: in <c>He likened the rules to "burning the Constitution" —
/// a charge that might have stung.</c> the dash opens an appositive the writer adds about the words, and in <c>The latest
/// test, officials said, was its biggest yet, although it may take days to determine how powerful it was.</c> the
/// concession is the writer's caveat. A reported clause (indirect or mixed) whose last content span, after its cue and
/// outside quotation marks, holds a spaced dash followed by <c>a</c> or <c>an</c>, or a comma followed by
/// <c>although</c>, ends before the dash or the comma. A content that comes before its cue (<c>…, although …, he
/// said.</c>) keeps the clause: there the speaker said it; so does an appositive closed by a second dash inside the clause
/// and a concession with no verb before its comma (<c>the plan, although costly, was needed</c>). Two passes over each draft's tokens: linear.
/// </summary>
internal static class CommentTail
{
    private static readonly string[] Articles = ["a", "an"];

    /// <summary>The reported clause keeps at least this many tokens before the comment.</summary>
    private const int MinContent = 2;

    /// <summary>Ends every reported clause before a writer's appositive or concession.</summary>
    public static void Trim(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.Content.Count == 0 || d.EndToken > v.Count)
            {
                continue;
            }

            int from = Math.Max(d.FirstToken, d.CueEnd) + MinContent;
            int lastDash = LastDash(v, from, d.EndToken);
            for (int t = from; t < d.EndToken - 1; t++)
            {
                if (v.Starts[t] <= d.Content[0].Start || v.InQuote(t) || v.InQuote(t + 1) || v.Shapes[t + 1] != TokenShape.Lower)
                {
                    continue;
                }

                bool aside = (v.Shapes[t] == TokenShape.Dash && !v.IsClosedUpDash(t) && v.TextIsAny(t + 1, Articles) && lastDash <= t)
                    || (v.Shapes[t] == TokenShape.Comma && v.TextIs(t + 1, "although") && VerbBeforeComma(v, t + 2, d.EndToken));
                if (!aside)
                {
                    continue;
                }

                d.EndToken = t;
                d.EndContentAt(v.Ends[t - 1]);
                break;
            }
        }
    }

    /// <summary>
    /// The last spaced dash in <c>[from, end)</c>, or -1: a dash before it has a second dash after it, which closes the
    /// appositive inside the clause (<c>the plan - a costly one - was needed</c>). One scan per draft keeps the rule linear.
    /// </summary>
    private static int LastDash(DocumentView v, int from, int end)
    {
        for (int k = end - 1; k >= from; k--)
        {
            if (v.Shapes[k] == TokenShape.Dash && !v.IsClosedUpDash(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The concession is a clause of its own (<c>although it may take days</c>), not an inserted word (<c>although costly, was needed</c>).</summary>
    private static bool VerbBeforeComma(DocumentView v, int from, int end)
    {
        for (int k = from; k < end && v.Shapes[k] != TokenShape.Comma; k++)
        {
            if (Clauses.IsFiniteVerbWord(v, k))
            {
                return true;
            }
        }

        return false;
    }
}
