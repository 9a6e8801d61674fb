using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A comma-enclosed insertion in the reported clause's subject does not end the clause: in <c>She said the surplus of 597
/// mln pesos, compared with a deficit a month earlier, reflected political uncertainty.</c> the tagger stops the content at
/// the second comma, leaving the verb outside. A learned reported clause that holds a comma of its own (outside quotation
/// marks), ends right before a comma, and whose next word is a lower-case auxiliary or modal (<c>are</c>, <c>was</c>,
/// <c>will</c> …; not <c>'s</c>) or a lower-case past form in <c>-ed</c> that is no verb of saying and is not followed by
/// a preposition (<c>, based in Ohio</c> is a participle), runs on to the end of its sentence (or a semicolon) when no
/// other quote holds those words. One look at each draft's end: linear in the drafts and the sentence length.
/// </summary>
internal static class CommaInsertionRunOn
{
    private static readonly string[] Prepositions =
    [
        "in", "on", "at", "by", "with", "from", "for", "to", "as", "into", "over", "under", "after", "before", "during", "since",
        "through", "about", "against", "upon", "out", "off", "up", "down", "and", "or", "but",
    ];

    /// <summary>Extends every learned reported clause cut before the verb after an insertion in its subject.</summary>
    public static void Extend(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind != QuoteKind.Indirect || !d.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal)
                || d.Content.Count == 0 || d.EndToken < d.FirstToken + 3 || d.EndToken + 2 >= v.Count)
            {
                continue;
            }

            int comma = d.EndToken, verb = d.EndToken + 1;
            int s = v.SentenceOf[d.EndToken - 1];
            if (v.Shapes[comma] != TokenShape.Comma || v.InQuote(comma) || v.SentenceOf[verb] != s || v.InQuote(verb)
                || v.Starts[d.EndToken - 1] < d.Content[^1].Start || !IsVerbAfterInsertion(v, verb) || !HasInnerComma(v, d.FirstToken, d.EndToken))
            {
                continue;
            }

            int end = ClauseRunOn.ClauseEnd(v, verb);

            if (end <= verb + 1 || state.IsAnyCovered(comma, end))
            {
                continue;
            }

            ClauseRunOn.Extend(v, state, d, comma, end);
        }
    }

    /// <summary>A finite verb that can follow a subject and its insertion.</summary>
    private static bool IsVerbAfterInsertion(DocumentView v, int t)
    {
        if (v.Shapes[t] != TokenShape.Lower || v.IsApostropheS(t) || v.Is(t, WordClass.CueVerb))
        {
            return false;
        }

        if (v.Is(t, WordClass.Auxiliary))
        {
            return true;
        }

        ReadOnlySpan<char> word = v.Chars(t);
        return word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && t + 1 < v.Count && v.Shapes[t + 1] == TokenShape.Lower
            && !v.TextIsAny(t + 1, Prepositions);
    }

    /// <summary>A comma outside quotation marks between the clause's first and last token.</summary>
    private static bool HasInnerComma(DocumentView v, int first, int end)
    {
        for (int t = first + 1; t < end - 1; t++)
        {
            if (v.Shapes[t] == TokenShape.Comma && !v.InQuote(t))
            {
                return true;
            }
        }

        return false;
    }
}
