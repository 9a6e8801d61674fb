using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A sentence that opens with <c>According to</c>, a source phrase and a comma reports the clause after the comma:
/// <c>According to a new report by Politico, party insiders are trying to mobilize voters</c>, <c>According to a report
/// from the agency, prices rose sharply in March</c>. The tagger finds the short openers (<c>According to Politico,</c>);
/// this rule finds the long ones it leaves: a capitalised <c>According to</c> opening its sentence, a phrase of at most
/// <see cref="MaxOpener"/> plain tokens up to the first comma (no quotation, colon or semicolon), and a
/// clause of at least three tokens after it (ending as <see cref="BoundedClauseEnd"/> ends it) that no other draft
/// covers. The source is the phrase after <c>to</c>, or the author after its <c>by</c> or <c>from</c> (<c>a new report by Politico</c>), run on to the comma when that is at most eight tokens (<c>the Port of Rotterdam
/// Authority</c>). One look at each sentence's first token: linear.
/// </summary>
internal static class AccordingToReport
{
    /// <summary>Most tokens between <c>to</c> and the opener's comma.</summary>
    private const int MaxOpener = 16;

    /// <summary>A source phrase this short runs on to the opener's comma.</summary>
    private const int MaxSourceTokens = 8;

    /// <summary>Most tokens of the reported clause.</summary>
    private const int MaxContentTokens = 60;

    /// <summary>Finds the reports opened by a long <c>According to X,</c>.</summary>
    public static void Find(DocumentView v, AttributionState state)
    {
        foreach (TokenRange sentence in v.Document.Sentences)
        {
            int c = sentence.FirstToken;
            if (c + 4 >= v.Count || v.Shapes[c] != TokenShape.Capitalised || !v.Is(c, WordClass.According) || !v.TextIs(c + 1, "to") || v.InQuote(c))
            {
                continue;
            }

            int s = v.SentenceOf[c];
            int comma = c + 2;
            while (comma < v.Count && v.SentenceOf[comma] == s && comma - c - 2 <= MaxOpener && v.Shapes[comma] != TokenShape.Comma
                && !v.InQuote(comma) && v.Shapes[comma] is not (TokenShape.Colon or TokenShape.Semicolon or TokenShape.QuoteMark or TokenShape.SentenceEnd))
            {
                comma++;
            }

            int first = comma + 1;
            if (comma >= v.Count || v.Shapes[comma] != TokenShape.Comma || comma == c + 2 || first >= v.Count || v.SentenceOf[first] != s)
            {
                continue;
            }

            (int sf, int se) = SourceFinder.PhraseAfter(v, c + 2, comma);
            for (int k = sf + 1; sf >= 0 && k + 1 < comma; k++)
            {
                // "a new report by Politico": the report's author is the source.
                if (v.Shapes[k] == TokenShape.Lower && (v.TextIs(k, "by") || v.TextIs(k, "from")) && v.Shapes[k + 1] is TokenShape.Capitalised or TokenShape.Lower
                    && SourceFinder.PhraseAfter(v, k + 1, comma) is (>= 0 and var af, var ae))
                {
                    (sf, se) = (af, ae);
                    break;
                }
            }

            if (sf >= 0 && se < comma && comma - sf <= MaxSourceTokens)
            {
                // "the Port of Rotterdam Authority": the phrase runs on to the opener's comma.
                se = comma;
            }

            int end = BoundedClauseEnd.Find(v, first, s, MaxContentTokens);
            if (sf < 0 || end - first < 3 || state.IsAnyCovered(c, end))
            {
                continue;
            }

            QuoteDraft d = IndirectSpeechRules.Make(v, first, end, c, c + 2, sf, se, RuleNames.CueBeforeContent, 0.6);
            state.Drafts.Add(d);
            state.Cover(d);
        }
    }
}
