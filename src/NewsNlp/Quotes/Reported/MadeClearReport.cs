using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Making it clear is stating: <c>Mr Harlow made it clear he was determined to fight the ruling</c> — source <c>Mr
/// Harlow</c>, cue <c>made it clear</c>, content <c>he was determined to fight the ruling</c> (<c>cue-before-content</c>).
/// A form of "make", <c>it</c>, then <c>clear</c> or <c>plain</c> and, after an optional <c>that</c>, a clause (a word
/// then, within eight tokens, an auxiliary or a past form in -ed) running to the end of its clause; the subject before
/// the verb is the source. Not when the words are already covered or quoted. One left-to-right scan.
/// </summary>
internal static class MadeClearReport
{
    private const int MaxContentTokens = 40;

    private static readonly string[] MakeForms = ["made", "make", "makes", "making"];

    /// <summary>Adds a draft for each such statement not already covered.</summary>
    public static void Find(DocumentView v, AttributionState state)
    {
        for (int c = 1; c + 4 < v.Count; c++)
        {
            if (v.Shapes[c] != TokenShape.Lower || !v.TextIs(c + 1, "it") || !(v.TextIs(c + 2, "clear") || v.TextIs(c + 2, "plain"))
                || v.InQuote(c) || !IsMakeForm(v, c))
            {
                continue;
            }

            int sentence = v.SentenceOf[c];
            int first = v.Is(c + 3, WordClass.That) ? c + 4 : c + 3;
            if (first >= v.Count || v.SentenceOf[first] != sentence || v.Shapes[first] is not (TokenShape.Lower or TokenShape.Capitalised)
                || v.TextIs(first, "to") || !ShowsClause(v, first, sentence))
            {
                continue;
            }

            int start = c;
            while (start > 0 && v.SentenceOf[start - 1] == sentence)
            {
                start--;
            }

            (int sf, int se) = SourceFinder.SubjectBefore(v, c, start);
            if (sf < 0)
            {
                continue;
            }

            // "Mr Harlow made it clear": the title the subject finder leaves out belongs to the source.
            while (sf - 1 >= start && Entities.Linking.PersonTitles.IsTitle(v.Chars(sf - 1)))
            {
                sf--;
            }

            int end = BoundedClauseEnd.Find(v, first, sentence, MaxContentTokens);
            if (end - first < 3 || state.IsAnyCovered(first, end))
            {
                continue;
            }

            QuoteDraft d = IndirectSpeechRules.Make(v, first, end, c, c + 3, sf, se, RuleNames.CueBeforeContent, 0.6);
            IndirectSpeechRules.Absorb(state, d);
            state.Drafts.Add(d);
            state.Cover(d);
            c = end - 1;
        }
    }

    private static bool IsMakeForm(DocumentView v, int t) => v.TextIsAny(t, MakeForms);

    /// <summary>An auxiliary or a past form in -ed within eight tokens after the clause's first word, before any comma.</summary>
    private static bool ShowsClause(DocumentView v, int first, int sentence)
    {
        for (int t = first + 1; t < v.Count && t - first <= 8 && v.SentenceOf[t] == sentence; t++)
        {
            if (v.Shapes[t] is TokenShape.Comma or TokenShape.Colon or TokenShape.Semicolon || v.InQuote(t))
            {
                return false;
            }

            if (v.Is(t, WordClass.Auxiliary) || (v.Shapes[t] == TokenShape.Lower && v.Chars(t).Length > 4 && v.Chars(t).EndsWith("ed", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
