using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Where a report was made is the writer's framing, not what was reported: <c>The union called for more school funding
/// in a statement on Thursday</c>, <c>She denounced the plan in an interview with a local radio station</c>, <c>He
/// praised the team during a speech at the convention</c>. A reported clause after its cue that ends in <c>in</c> or
/// <c>during</c>, a determiner or possessive, at most two modifiers and a noun of a speech event (<c>statement</c>,
/// <c>interview</c>, <c>speech</c>, <c>email</c> …), followed by nothing but a short tail of phrases (no comma,
/// quotation, auxiliary, verb of saying or relative word), ends before <c>in</c>/<c>during</c>. A clause that opens
/// with a question word (<c>why it was mentioned in an interview</c>) keeps it. One look at each draft's tokens: linear.
/// </summary>
internal static class SpeechEventAdjunct
{
    private static readonly string[] Openers = ["in", "during"];

    internal static readonly string[] Determiners = ["a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that"];

    internal static readonly string[] EventNouns =
    [
        "statement", "statements", "interview", "interviews", "speech", "speeches", "email", "e-mail", "emails", "letter", "tweet",
        "tweets", "diatribe", "remarks", "op-ed", "briefing", "address", "post", "posting", "message", "appearance", "broadcast",
        "podcast", "editorial", "column", "memo", "press", "news",
    ];

    private static readonly string[] QuestionWords = ["why", "how", "what", "whether", "when", "where", "who", "which"];

    /// <summary>The tail after the event noun is at most this many tokens.</summary>
    private const int MaxTail = 8;

    /// <summary>The shortest content left after the cut.</summary>
    private const int MinContent = 2;

    /// <summary>Ends every reported clause after its cue before a closing speech-event adjunct.</summary>
    public static void Trim(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind != QuoteKind.Indirect || !d.HasCue || d.Content.Count == 0 || d.CueEnd > d.FirstToken
                || d.EndToken > v.Count || v.TextIsAny(d.FirstToken, QuestionWords))
            {
                continue;
            }

            int cut = Find(v, d.FirstToken + MinContent, d.EndToken);
            TextSpan last = d.Content[^1];
            if (cut < 0 || v.Starts[cut] < last.Start)
            {
                continue;
            }

            d.EndToken = cut;
            d.Content[^1] = new TextSpan(last.Start, v.Ends[cut - 1]);
        }
    }

    /// <summary>The opener of a closing speech-event adjunct in <c>[first, end)</c>, or -1.</summary>
    private static int Find(DocumentView v, int first, int end)
    {
        for (int t = Math.Max(first, end - MaxTail - 6); t < end - 2; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower || !v.TextIsAny(t, Openers) || v.InQuote(t))
            {
                continue;
            }

            int k = t + 1;
            if (!(v.TextIsAny(k, Determiners) || (v.Shapes[k] == TokenShape.Capitalised && v.IsApostropheS(k + 1))))
            {
                continue;
            }

            k += v.IsApostropheS(k + 1) ? 2 : 1;
            int modifiers = 0;
            while (k < end && modifiers <= 2 && !v.TextIsAny(k, EventNouns) && (v.Shapes[k] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Other || v.IsClosedUpDash(k)))
            {
                if (v.InQuote(k) || v.Is(k, WordClass.Auxiliary | WordClass.CueVerb | WordClass.That | WordClass.Relative))
                {
                    break;
                }

                // "on-air", "prime-time": a hyphenated modifier counts once
                modifiers += v.IsClosedUpDash(k) || (k > t + 1 && v.IsClosedUpDash(k - 1)) ? 0 : 1;
                k++;
            }

            if (k < end && modifiers <= 2 && v.Shapes[k] == TokenShape.Lower && v.TextIsAny(k, EventNouns) && end - (k + 1) <= MaxTail && PlainTail(v, k + 1, end))
            {
                return t;
            }
        }

        return -1;
    }

    private static bool PlainTail(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.Dash
                || (v.Is(t, WordClass.Auxiliary | WordClass.CueVerb | WordClass.That | WordClass.Relative) && !v.Is(t, WordClass.CueNoun | WordClass.TimeWord)))
            {
                return false;
            }
        }

        return true;
    }
}
