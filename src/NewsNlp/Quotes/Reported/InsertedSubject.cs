using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A report inserted between commas splits its clause, and the subject before it belongs to what was said: in <c>The
/// Tories, he said, can cut crime without raising taxes.</c> the tagger's content was <c>can cut crime …</c> alone. A
/// tagger content that opens right after the second comma of a report inserted between commas (the report's cue is the
/// draft's cue) gets the words from the sentence start to the first comma as its first part, when they are at least two
/// words, plain (no quotation, colon or semicolon), free of other quotes, and the part after the report opens with a
/// lower-case verb form, an auxiliary or an adverb (a predicate lacking its subject, not a clause of its own).
/// </summary>
internal static class InsertedSubject
{
    /// <summary>Prepends the subject to every tagger content that lacks it.</summary>
    public static void Extend(DocumentView v, AttributionState state)
    {
        // The sentence's inserted report depends on the sentence alone: found once per sentence, not once per draft (a
        // long sentence with many drafts made this quadratic).
        var reports = new Dictionary<int, (bool Found, int Cue, int Before, int After)>();
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind == QuoteKind.Direct || !d.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal)
                || d.Content.Count != 1 || !d.HasCue || d.FirstToken < 2 || v.SentenceOf[d.FirstToken] < 0)
            {
                continue;
            }

            int sentence = v.SentenceOf[d.FirstToken];
            TokenRange range = v.Document.Sentences[sentence];
            int a = range.FirstToken;
            if (!reports.TryGetValue(sentence, out var report))
            {
                bool inserted = IndirectSpeechRules.FindInsertedReport(v, a, Math.Min(range.EndToken, v.Count), out int c, out int b, out int f, out _, out _, out _);
                report = (inserted, c, b, f);
                reports[sentence] = report;
            }

            (bool found, int cue, int before, int after) = report;
            if (!found
                || cue != d.CueFirst || after != d.FirstToken || before - a < 2 || !Predicate(v, after) || !Free(v, state, a, before))
            {
                continue;
            }

            d.Content.Insert(0, v.Span(a, before));
            d.FirstToken = a;
            state.Cover(a, before);
        }
    }

    /// <summary>A lower-case auxiliary, adverb or verb form in -s or -ed opens the part after the report.</summary>
    private static bool Predicate(DocumentView v, int t)
    {
        if (t >= v.Count || v.Shapes[t] != TokenShape.Lower || v.Is(t, WordClass.SubjectPronoun | WordClass.Determiner))
        {
            return false;
        }

        ReadOnlySpan<char> w = v.Chars(t);
        return v.Is(t, WordClass.Auxiliary | WordClass.Adverb)
            || (w.Length > 3 && (w.EndsWith("ed", StringComparison.Ordinal) || (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal))));
    }

    private static bool Free(DocumentView v, AttributionState state, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (state.IsCovered(t) || v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon)
            {
                return false;
            }
        }

        return true;
    }
}
