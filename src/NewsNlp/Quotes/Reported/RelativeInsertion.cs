using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A relative clause inserted between commas does not end a reported clause: <c>He conceded the win over Forest, which
/// included goals from two strikers, was not pretty to watch.</c>, <c>Analysts said they expected the stock, which
/// closed at 31, to slip to about 25.</c> A tagger content that stops at the comma before <c>which</c> / <c>who</c> runs
/// on past the insertion's closing comma to the end of the sentence when the words after it carry on the clause (a
/// lower-case verb or <c>to</c>) and no other quote holds them, or only a tagger reading of that verb as a cue of its
/// own with a source outside the clause (<c>the officials said Spain and Portugal, which joined last year, continued to
/// oppose the scheme</c>), which is then dropped.
/// </summary>
internal static class RelativeInsertion
{
    /// <summary>The insertion closes within this many tokens.</summary>
    private const int InsertionWindow = 20;

    /// <summary>Extends every tagger content cut at an inserted relative clause.</summary>
    public static void Extend(DocumentView v, AttributionState state)
    {
        Dictionary<int, QuoteDraft>? cueAt = null;
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal) || d.Content.Count == 0)
            {
                continue;
            }

            int comma = d.EndToken;
            if (comma - 1 >= d.FirstToken && v.Shapes[comma - 1] == TokenShape.Comma)
            {
                comma--;
            }

            if (comma + 1 >= v.Count || v.Shapes[comma] != TokenShape.Comma || v.InQuote(comma) || !v.Is(comma + 1, WordClass.Relative) || v.TextIs(comma + 1, "that"))
            {
                continue;
            }

            int s = v.SentenceOf[comma];
            int close = comma + 2;
            while (close < v.Count && close - comma <= InsertionWindow && v.SentenceOf[close] == s && !(v.Shapes[close] == TokenShape.Comma && !v.InQuote(close)))
            {
                close++;
            }

            if (close >= v.Count || close - comma > InsertionWindow || v.SentenceOf[close] != s || close + 2 >= v.Count || v.SentenceOf[close + 2] != s)
            {
                continue;
            }

            int next = close + 1;
            if (v.Shapes[next] != TokenShape.Lower || !(v.TextIs(next, "to") || v.Is(next, WordClass.Auxiliary) || IsVerbForm(v, next)))
            {
                continue;
            }

            int end = ClauseRunOn.ClauseEnd(v, next);

            if (!Free(v, state, d, comma + 1, end))
            {
                // "said Spain and Portugal, which joined last year, continued to oppose the scheme": the tagger read the
                // clause's verb as a cue of its own, with a source outside the clause; that reading gives way.
                cueAt ??= CueStarts(state);
                if (!cueAt.TryGetValue(next, out QuoteDraft? verbCue) || !Blocks(v, state, d, verbCue, comma + 1, end))
                {
                    continue;
                }

                verbCue.Dropped = true;
            }

            ClauseRunOn.Extend(v, state, d, comma, end);
        }
    }

    /// <summary>A lower-case past or present verb form (<c>was</c> is an auxiliary; <c>included</c>, <c>remains</c>).</summary>
    private static bool IsVerbForm(DocumentView v, int t)
    {
        ReadOnlySpan<char> w = v.Chars(t);
        return w.Length > 3 && (w.EndsWith("ed", StringComparison.Ordinal) || (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)));
    }

    /// <summary>The learned reported drafts by their cue's first token (built once per document, when first needed).</summary>
    private static Dictionary<int, QuoteDraft> CueStarts(AttributionState state)
    {
        var map = new Dictionary<int, QuoteDraft>();
        foreach (QuoteDraft d in state.Drafts)
        {
            if (!d.Dropped && d.HasCue && d.Kind == QuoteKind.Indirect && d.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal))
            {
                map.TryAdd(d.CueFirst, d);
            }
        }

        return map;
    }

    /// <summary>
    /// True when <paramref name="other"/> (a learned draft whose cue is the verb after the insertion) is all that holds
    /// the words [<paramref name="first"/>, <paramref name="end"/>): no quotation there, every covered token is its
    /// content, cue or source, and its source is not the clause's own subject (then it would be a nested report).
    /// </summary>
    private static bool Blocks(DocumentView v, AttributionState state, QuoteDraft d, QuoteDraft other, int first, int end)
    {
        if (other == d || other.Dropped || (other.HasSource && other.SourceFirst >= d.FirstToken && other.SourceFirst < end))
        {
            return false;
        }

        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t))
            {
                return false;
            }

            bool own = (t >= other.FirstToken && t < other.EndToken) || (t >= other.CueFirst && t < other.CueEnd)
                || (t >= other.SourceFirst && t < other.SourceEnd);
            if (state.IsCovered(t) && !own)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Free(DocumentView v, AttributionState state, QuoteDraft d, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (state.IsCovered(t) || v.InQuote(t))
            {
                return false;
            }
        }

        return true;
    }
}
