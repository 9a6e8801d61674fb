using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Session 26: a sentence that closes with its report — <c>Acme Corp &lt;ACME.N&gt; is in talks to buy a rival chain,
/// according to people familiar with the matter, in what would be …</c> — reports the whole clause before <c>, according
/// to</c>. Where the tagger started that content inside the clause (<c>to buy a rival chain</c>: it read <c>is in talks</c>
/// as a cue of its own), the content starts at the sentence's first token again when the words between hold no verb of
/// speech or writing, no quotation, colon or semicolon, and no other quote of speech or writing. Linear in the drafts.
/// </summary>
internal static class ClosingAccordingToSubject
{
    /// <summary>At most this many tokens are given back to the content.</summary>
    private const int MaxGap = 30;

    /// <summary>Moves the start of every reported clause closed by <c>, according to X</c> back to its sentence's start.</summary>
    public static void Extend(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.HasCue || d.Content.Count != 1 || d.CueFirst < 2 || d.CueFirst < d.EndToken
                || !v.Is(d.CueFirst, WordClass.According) || v.Shapes[d.CueFirst] != TokenShape.Lower || !v.TextIs(d.CueFirst + 1, "to")
                || v.Shapes[d.CueFirst - 1] != TokenShape.Comma || (d.EndToken != d.CueFirst - 1 && d.EndToken != d.CueFirst) || d.FirstToken >= v.Count)
            {
                continue;
            }

            int first = Grammar.Clauses.SentenceFirst(v, d.FirstToken);
            if (first >= d.FirstToken || d.FirstToken - first > MaxGap || v.SentenceOf[d.CueFirst] != v.SentenceOf[d.FirstToken]
                || !Plain(v, state, d, first))
            {
                continue;
            }

            d.FirstToken = first;
            d.Content[0] = new TextSpan(v.Starts[first], d.Content[0].End);
            state.Cover(first, d.EndToken);
        }
    }

    /// <summary>No quotation, colon, semicolon, verb of speech or writing, or other speech or writing quote in <c>[first, d.FirstToken)</c>.</summary>
    private static bool Plain(DocumentView v, AttributionState state, QuoteDraft d, int first)
    {
        for (int t = first; t < d.FirstToken; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.SentenceEnd)
            {
                return false;
            }

            if (v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.CueVerb) && !SpeakerWords.IsNounUse(v, t)
                && Acts.ActClassifier.CueAct(v, t, t + 1, out _) is AttributionAct.Speech or AttributionAct.Writing)
            {
                return false;
            }
        }

        foreach (QuoteDraft other in state.Drafts)
        {
            if (other == d || other.Dropped || other.FirstToken >= d.FirstToken || other.EndToken <= first)
            {
                continue;
            }

            if (other.Kind == QuoteKind.Direct || (other.HasCue && Acts.ActClassifier.CueAct(v, other.CueFirst, other.CueEnd, out _) is AttributionAct.Speech or AttributionAct.Writing))
            {
                return false;
            }
        }

        return true;
    }
}
