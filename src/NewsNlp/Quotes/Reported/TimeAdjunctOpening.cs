using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A time adjunct right after the cue dates the reporting, not what was reported: <c>Kestrel Ferries said today it would
/// cut fares</c>, <c>The firm said yesterday that …</c>, <c>The club said last summer that it …</c>, <c>She said earlier
/// this week the plan …</c>. A reported or mixed clause that starts right after its cue with such an adjunct
/// (<c>today</c>, <c>yesterday</c>, <c>tonight</c>, <c>earlier</c>, or <c>last</c>/<c>this</c>/<c>next</c>/<c>earlier
/// this</c> before a time noun, season, weekday or month) starts after it, and after a <c>that</c> following it; without
/// "that" only when a subject (a pronoun, a determiner or a capitalised word) follows. One look at each draft's first
/// few tokens: linear in the drafts.
/// </summary>
internal static class TimeAdjunctOpening
{
    private static readonly string[] SingleWords = ["today", "yesterday", "tonight", "earlier"];

    private static readonly string[] Deictics = ["last", "this", "next"];

    /// <summary>Month names (compared ignoring case), which also open a date after a time preposition (<c>after April 3</c>).</summary>
    internal static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] TimeNouns =
    [
        "week", "month", "year", "summer", "winter", "spring", "autumn", "weekend", "night", "morning", "evening", "afternoon",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        .. Months,
    ];

    /// <summary>Moves the start of every reported or mixed clause that opens with a time adjunct past it.</summary>
    public static void Trim(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.Content.Count == 0 || d.FirstToken != d.CueEnd || d.FirstToken >= v.Count
                || v.InQuote(d.FirstToken))
            {
                continue;
            }

            int k = AdjunctEnd(v, d.FirstToken);
            if (k <= d.FirstToken || k >= d.EndToken - 2 || v.SentenceOf[k] != v.SentenceOf[d.FirstToken])
            {
                continue;
            }

            if (v.TextIs(k, "that"))
            {
                k++;
            }
            else if (!OpensSubject(v, k))
            {
                continue;
            }

            d.FirstToken = k;
            d.StartContentAt(v.Starts[k]);
        }
    }

    /// <summary>The token after the time adjunct opening at <paramref name="t"/>, or <paramref name="t"/> when there is none.</summary>
    private static int AdjunctEnd(DocumentView v, int t)
    {
        if (v.Shapes[t] != TokenShape.Lower)
        {
            return t;
        }

        int k = t;
        if (v.TextIs(k, "earlier") && k + 1 < v.Count && v.TextIs(k + 1, "this"))
        {
            k++;
        }

        if (v.TextIsAny(k, Deictics))
        {
            return k + 1 < v.Count && IsTimeNoun(v, k + 1) ? k + 2 : t;
        }

        return v.TextIsAny(k, SingleWords) ? k + 1 : t;
    }

    private static bool IsTimeNoun(DocumentView v, int t)
    {
        foreach (string noun in TimeNouns)
        {
            if (v.Chars(t).Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A clause's subject can open at <paramref name="t"/>: a personal pronoun, a determiner or a capitalised word.</summary>
    private static bool OpensSubject(DocumentView v, int t) =>
        v.Is(t, WordClass.SingularPronoun | WordClass.PluralPronoun | WordClass.Determiner) || v.TextIs(t, "it") || v.TextIs(t, "there")
        || (v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord));
}
