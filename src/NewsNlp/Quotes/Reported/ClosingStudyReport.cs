using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Session 27: a sentence closed by a study that found it reports the clause before the comma: <c>Most renters spend
/// over half their income on housing, a survey released last month found.</c>, <c>More than a third of pupils skip
/// breakfast, a study by the Ridley Institute has found.</c>, <c>…, government research found.</c> The tagger reads no
/// such closing report, and the closing-report rules want a verb of speech. The sentence's last words (before its final
/// punctuation) are <c>found</c>, <c>finds</c> or <c>concluded</c> after an optional <c>has</c> / <c>have</c>, and at most
/// two words of time after it (<c>last year</c>, <c>yesterday</c>); before them, after the last comma, a noun phrase of at
/// most <see cref="MaxSource"/> plain tokens that names a study (<c>study</c>, <c>survey</c>, <c>poll</c>,
/// <c>report</c>, <c>research</c> …); before the comma, a clause of at least four tokens with no quotation, colon or
/// semicolon that no draft covers. The phrase is the source; the act is the writing the cue's word list gives <c>find</c>.
/// A verb of evidence (<c>showed</c>, <c>suggests</c>) is left to <see cref="Filters.DataEvidenceFilter"/>'s convention.
/// One look at each sentence's end: linear.
/// </summary>
internal static class ClosingStudyReport
{
    /// <summary>Most tokens of the study's phrase.</summary>
    private const int MaxSource = 10;

    /// <summary>Fewest tokens of the reported clause.</summary>
    private const int MinContent = 4;

    private static readonly string[] FindingVerbs = ["found", "finds", "concluded", "concludes"];

    private static readonly string[] StudyNouns =
    [
        "study", "studies", "survey", "surveys", "poll", "polls", "report", "research", "review", "analysis", "audit", "inquiry",
        "investigation", "census", "researchers", "findings", "probe",
    ];

    private static readonly string[] TimeWords = ["last", "this", "yesterday", "today", "earlier", "recently", "week", "month", "year", "on"];

    /// <summary>Finds the reports closed by <c>…, a study found.</c>.</summary>
    public static void Find(DocumentView v, AttributionState state)
    {
        foreach (TokenRange sentence in v.Document.Sentences)
        {
            int a = sentence.FirstToken, b = Math.Min(sentence.EndToken, v.Count);
            int end = b;
            while (end > a && v.Shapes[end - 1] == TokenShape.SentenceEnd)
            {
                end--;
            }

            if (end - a < MinContent + 3 || v.InQuote(end - 1))
            {
                continue;
            }

            // Up to two words of time after the verb ("revealed last year"; "found on Monday").
            int verb = -1;
            for (int k = end - 1; k >= end - 3 && k > a; k--)
            {
                if (v.Shapes[k] == TokenShape.Lower && v.TextIsAny(k, FindingVerbs))
                {
                    verb = k;
                    break;
                }

                if (!(v.TextIsAny(k, TimeWords) || v.Is(k, WordClass.TimeWord)))
                {
                    break;
                }
            }

            if (verb < 0)
            {
                continue;
            }

            int cueFirst = verb - 1 > a && (v.TextIs(verb - 1, "has") || v.TextIs(verb - 1, "have")) ? verb - 1 : verb;
            int comma = cueFirst - 1;
            bool study = false;
            while (comma > a && cueFirst - comma <= MaxSource + 1 && v.Shapes[comma] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number
                && !v.Is(comma, WordClass.CueVerb | WordClass.That | WordClass.Relative) && !v.InQuote(comma))
            {
                study |= v.Shapes[comma] == TokenShape.Lower && v.TextIsAny(comma, StudyNouns);
                comma--;
            }

            if (!study || comma <= a || v.Shapes[comma] != TokenShape.Comma || v.InQuote(comma) || comma - a < MinContent
                || comma + 1 >= cueFirst || state.IsAnyCovered(a, end))
            {
                continue;
            }

            bool plain = true;
            for (int t = a; t < comma && plain; t++)
            {
                plain = !v.InQuote(t) && v.Shapes[t] is not (TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon);
            }

            if (!plain)
            {
                continue;
            }

            QuoteDraft d = IndirectSpeechRules.Make(v, a, comma, cueFirst, verb + 1, comma + 1, cueFirst, RuleNames.CueAfterContent, 0.6);
            state.Drafts.Add(d);
            state.Cover(d);
        }
    }
}
