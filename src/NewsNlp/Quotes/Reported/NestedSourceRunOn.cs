using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A report inside a reported clause does not end the clause: in <c>Limbaugh further asserted that Trump tells so many
/// lies that Clinton could risk …</c>, <c>He said he plans to put to good use the $18 million he says he raised …</c> or
/// <c>She also mentions policies she supported that Trump argues allowed the group's reach to spread</c> the tagger stops
/// the outer content where the inner report's speaker begins (<c>that Trump</c>, <c>… the $18 million he</c>). An
/// indirect content whose last token is a word (not punctuation or a conjunction such as <c>and</c>, <c>but</c>) and that
/// another report's cue follows at once or after a subject of at most four words — or that ends with that report's cue, its
/// subject inside it (<c>says Machado promised</c> | <c>to continue …</c>); not after punctuation or a conjunction
/// (<c>… - and the BBC's correspondent says …</c>) — runs on to the end of the inner report's content in the same
/// sentence. Both stay (both are attributions). Inner reports are looked up by their cue's first token in a window of
/// eight tokens, so the rule is linear in the drafts.
/// </summary>
internal static class NestedSourceRunOn
{
    private static readonly string[] Conjunctions =
    [
        "and", "but", "or", "while", "whereas", "as", "because", "although", "though", "since", "so", "yet", "nor", "then", "after",
        "before", "when", "if", "unless",
    ];

    /// <summary>Extends every indirect content cut where a report inside it begins.</summary>
    public static void Extend(DocumentView v, AttributionState state)
    {
        List<QuoteDraft> drafts = state.Drafts;
        Dictionary<int, QuoteDraft>? byCue = null;
        foreach (QuoteDraft d in drafts)
        {
            if (!d.Dropped && d.Kind != QuoteKind.Direct && d.HasCue && d.FirstToken >= d.CueEnd && d.EndToken > d.FirstToken
                && d.Content.Count > 0 && d.EndToken <= v.Count)
            {
                (byCue ??= []).TryAdd(d.CueFirst, d);
            }
        }

        if (byCue is null)
        {
            return;
        }

        foreach (QuoteDraft outer in drafts)
        {
            int first = outer.FirstToken, end = outer.EndToken;
            if (outer.Dropped || outer.Kind != QuoteKind.Indirect || outer.Content.Count == 0 || !outer.HasCue || end <= first + 1
                || end >= v.Count || !IsWord(v, end - 1) || v.Starts[end - 1] < outer.Content[^1].Start)
            {
                continue;
            }

            QuoteDraft? inner = Inner(v, byCue, outer, first, end);
            if (inner is null || inner.EndToken <= end || v.SentenceOf[inner.EndToken - 1] != v.SentenceOf[end - 1])
            {
                continue;
            }

            outer.EndToken = inner.EndToken;
            outer.Content[^1] = new TextSpan(outer.Content[^1].Start, inner.Content[^1].End);
        }
    }

    /// <summary>
    /// The report whose cue closes the outer content with its subject inside it (<c>says Machado promised</c>), or whose
    /// subject of at most four words starts right after it (<c>… the $18 million he</c> | <c>says he raised …</c>).
    /// </summary>
    private static QuoteDraft? Inner(DocumentView v, Dictionary<int, QuoteDraft> byCue, QuoteDraft outer, int first, int end)
    {
        int s = v.SentenceOf[end - 1];
        for (int c = Math.Max(first + 1, end - 3); c <= end + MaxSubjectTokens && c < v.Count && v.SentenceOf[c] == s; c++)
        {
            if (!byCue.TryGetValue(c, out QuoteDraft? inner) || inner == outer || inner.FirstToken < end)
            {
                continue;
            }

            if (c < end)
            {
                // The cue closes the outer content; its subject is the word(s) before it there.
                if (inner.CueEnd == end && IsWord(v, c - 1) && !OpensNewClause(v, c - 1))
                {
                    return inner;
                }

                continue;
            }

            // The subject ends the outer content (c == end: "… the $18 million he" | "says he raised …") or follows it
            // ([end, c): words only, no conjunction or punctuation first).
            // A capitalised determiner ("… regional centers The S.E.C. said …") opens a sentence the splitter missed.
            bool subject = c == end ? SubjectEnds(v, first, end)
                : !OpensNewClause(v, end) && !(v.Shapes[end] == TokenShape.Capitalised && v.Is(end, WordClass.Determiner));
            for (int t = end; t < c && subject; t++)
            {
                subject = (IsWord(v, t) || v.IsApostropheS(t)) && !v.Is(t, WordClass.CueVerb);
            }

            return subject ? inner : null;
        }

        return null;
    }

    private const int MaxSubjectTokens = 4;

    private static readonly string[] SubjectPronouns = ["he", "she", "they", "it", "we", "I"];

    /// <summary>
    /// The outer content ends with a subject: a subject pronoun (<c>… the $18 million he</c>), or one to four capitalised
    /// words that open the content or follow <c>that</c> (<c>that Trump</c>), not a place (<c>… - and the BBC's
    /// correspondent in Moscow</c>).
    /// </summary>
    private static bool SubjectEnds(DocumentView v, int first, int end)
    {
        if (v.TextIsAny(end - 1, SubjectPronouns) && (v.Shapes[end - 1] == TokenShape.Lower || v.TextIs(end - 1, "I")))
        {
            return true;
        }

        int t = end - 1;
        while (t >= first && end - t <= MaxSubjectTokens && v.Shapes[t] == TokenShape.Capitalised && !v.InQuote(t))
        {
            t--;
        }

        return t < end - 1 && (t < first || (end - t <= MaxSubjectTokens + 1 && v.TextIs(t, "that")));
    }

    private static bool IsWord(DocumentView v, int t) =>
        v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number && !v.InQuote(t) && !v.TextIsAny(t, Conjunctions);

    /// <summary>
    /// A punctuation mark or conjunction before the inner subject: <c>Putin described the affair as a crackdown - and the
    /// BBC's correspondent says most Russians …</c> joins a report of its own, no part of the outer one.
    /// </summary>
    private static bool OpensNewClause(DocumentView v, int t) =>
        v.Shapes[t] is TokenShape.Comma or TokenShape.Dash or TokenShape.Semicolon or TokenShape.Colon or TokenShape.SentenceEnd
            or TokenShape.QuoteMark or TokenShape.OpenBracket or TokenShape.CloseBracket
        || v.TextIsAny(t, Conjunctions);
}
