using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Judging a thing is not reporting what someone said when the "content" is only the thing judged: <c>the defence
/// questioned her credibility</c>, <c>he praised the results</c>, <c>critics slammed the plan</c>, <c>criticised the
/// country's newly unveiled budget and its large deficit</c>, <c>welcomed the minister's proposal to set up a board</c>,
/// <c>denied the claims</c>, <c>denies 10 charges of …</c> (but not denying wrongdoing: session 28, see
/// <see cref="DeniesWrongdoing"/>).
/// A reported clause whose cue is an evaluative verb (or deny) and whose content is a noun phrase (opening with a
/// determiner, a possessive, a name's possessive (<c>Deutsche Boerse's</c>) or a number; no "that", auxiliary, cue verb — but a cue word right after
/// the determiner or number is a noun: <c>the remark</c> — or quotation mark before the end of the phrase,
/// which ends at a relative word or a comma: <c>a sharp rise in spending in a nation where …</c>) is an action. A short
/// phrase (at most five words) must hold no such word at all. A judgement given as a predicate after <c>as</c> states what
/// the speaker said the thing is (<c>attacked the package as a bad piece of legislation</c>, <c>dismissed the report as
/// nonsense</c>): that is speech, kept, and so is a that-clause (<c>denied that its projects broke the rules</c>: the
/// content opens after "that"). A relative word closing the content (<c>criticised a union leader who</c>) is no clause
/// of the phrase.
/// </summary>
internal sealed class EvaluatedObjectFilter : IAttributionFilter
{
    private const int MaxWords = 5;

    // Stems of the evaluative verbs (a final "e" dropped, so "prais" matches praise, praised, praises, praising).
    private static readonly string[] EvaluativeStems =
    [
        "prais", "question", "criticiz", "criticis", "welcom", "condemn", "reject", "dismiss", "challeng", "blast", "slam", "attack",
        "defend", "support", "oppos", "hail", "applaud", "denounc", "decr", "disput", "doubt", "back", "endors", "laud", "deny", "deni",
    ];

    /// <summary>What a person denies in answer to an accusation (<see cref="DeniesWrongdoing"/>).</summary>
    private static readonly string[] DeniedWrongs = ["wrongdoing", "involvement", "guilt", "knowledge", "responsibility", "culpability", "liability"];

    /// <inheritdoc />
    public string Name => "evaluated-object";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || first < 0 || end <= first
            || !OpensNounPhrase(v, first, end) || !IsEvaluativeCue(v, draft.CueFirst, draft.CueEnd) || AfterThat(v, draft, first))
        {
            return FilterVerdict.Keep;
        }

        // "criticised a union leader who …": a relative word closing the content opens the next clause (another
        // attribution's source), not one inside the judged phrase.
        if (end - first > 1 && v.Is(end - 1, WordClass.Relative))
        {
            end--;
        }

        bool shortPhrase = end - first <= MaxWords;
        for (int t = first; t < end; t++)
        {
            if (!shortPhrase && t > first + 1 && (v.Is(t, WordClass.Relative) || v.TextIs(t, "where") || v.TextIs(t, "when") || v.Shapes[t] == TokenShape.Comma
                || OpensNewClause(v, t, end)))
            {
                // A long phrase ends at its relative clause or its first comma; what follows modifies it.
                break;
            }

            if (IsPredicateAs(v, t, first, end))
            {
                return FilterVerdict.Keep;
            }

            if ((v.Is(t, WordClass.That | WordClass.Auxiliary | WordClass.CueVerb | WordClass.Relative) && !(t > first && IsPossessive(v, t)) && !IsNounAfterDeterminer(v, t, first))
                || v.Shapes[t] == TokenShape.QuoteMark)
            {
                return FilterVerdict.Keep;
            }
        }

        if (!shortPhrase && HasQuoteMark(v, first, end))
        {
            return FilterVerdict.Keep;
        }

        return DeniesWrongdoing(v, draft.CueEnd - 1, first, end) ? FilterVerdict.Keep : FilterVerdict.Action;
    }

    /// <summary>
    /// Session 28: denying wrongdoing is what a person says in answer to an accusation (<c>Mr Reyes has denied any
    /// wrongdoing.</c>, <c>The firm denies any involvement in the scheme.</c>): speech, unlike denying a charge in court
    /// (a plea) or the claims themselves (<c>denied the claims</c>, an evaluation). True when the cue's last word is a
    /// form of deny and the object's head, among its first three words, is one of <see cref="DeniedWrongs"/>.
    /// </summary>
    private static bool DeniesWrongdoing(DocumentView v, int cueLast, int first, int end)
    {
        if (cueLast < 0 || !(v.Chars(cueLast).StartsWith("deni", StringComparison.OrdinalIgnoreCase) || v.Chars(cueLast).StartsWith("deny", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        for (int t = first; t < end && t - first < 3; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, DeniedWrongs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 28: <c>and</c> or <c>but</c>, then at most one lower-case word (an adverb: <c>now</c>, <c>then</c>) and a
    /// subject pronoun, opens a clause of its own after
    /// the judged phrase (<c>Lawmakers rejected the bill and now it must go back to committee.</c>): the phrase ends there.
    /// </summary>
    private static bool OpensNewClause(DocumentView v, int t, int end)
    {
        if (v.Shapes[t] != TokenShape.Lower || !(v.TextIs(t, "and") || v.TextIs(t, "but")) || v.InQuote(t))
        {
            return false;
        }

        int next = t + 1;
        if (next < end && v.Shapes[next] == TokenShape.Lower && !v.Is(next, WordClass.SubjectPronoun | WordClass.Auxiliary | WordClass.CueVerb | WordClass.Determiner))
        {
            next++;
        }

        return next < end && v.Shapes[next] == TokenShape.Lower && v.Is(next, WordClass.SubjectPronoun);
    }

    /// <summary>
    /// True when a "that" between the cue and the content opens it: <c>denied that its projects violated the rules</c>
    /// reports a clause, whatever word the clause opens with.
    /// </summary>
    private static bool AfterThat(DocumentView v, QuoteDraft draft, int first) =>
        first - 1 >= draft.CueEnd && first - 1 >= 0 && v.TextIs(first - 1, "that") && v.SentenceOf[first - 1] == v.SentenceOf[first];

    /// <summary>
    /// A determiner or possessive (<c>the</c>, <c>her</c>), a name with its possessive (<c>Norland's</c>), or a number
    /// before a lower-case word (<c>denies 10 charges of …</c>).
    /// </summary>
    private static bool OpensNounPhrase(DocumentView v, int first, int end) =>
        v.Is(first, WordClass.Determiner)
        || NameWithPossessive(v, first, end)
        || (first + 1 < end && v.Shapes[first] == TokenShape.Number && v.Shapes[first + 1] == TokenShape.Lower && !v.Is(first + 1, WordClass.Auxiliary));

    /// <summary>A name of up to four capitalised words with its possessive (<c>Norland's</c>, <c>Deutsche Boerse's</c>).</summary>
    private static bool NameWithPossessive(DocumentView v, int first, int end)
    {
        int t = first;
        while (t < end && t - first < 4 && v.Shapes[t] == TokenShape.Capitalised)
        {
            t++;
        }

        return t > first && t < end && IsPossessive(v, t);
    }

    /// <summary>
    /// A cue-verb form right after a determiner, a number or a possessive is a noun or a modifier (<c>the claims</c>,
    /// <c>the remark</c>, <c>10 charges</c>, <c>Deutsche Boerse's proposed offer</c>).
    /// </summary>
    private static bool IsNounAfterDeterminer(DocumentView v, int t, int first) =>
        t > first && v.Is(t, WordClass.CueVerb) && !v.Is(t, WordClass.Auxiliary | WordClass.That | WordClass.Relative)
        && (v.Is(t - 1, WordClass.Determiner) || v.Shapes[t - 1] == TokenShape.Number || (t - 1 > first && IsPossessive(v, t - 1)));

    /// <summary>
    /// <c>as</c> after the object's first word opening a predicate the object is judged to be (<c>as a tax</c>, <c>as
    /// "unworkable"</c>, <c>as nonsense</c>, <c>as being …</c>), not a comparison or a time (<c>as well</c>, <c>as soon
    /// as</c>, <c>as part of</c>, <c>as early as</c>, <c>as much as</c>, <c>as 20 …</c>).
    /// </summary>
    private static bool IsPredicateAs(DocumentView v, int t, int first, int end)
    {
        if (t <= first || t + 1 >= end || !v.TextIs(t, "as") || v.TextIs(t - 1, "soon") || v.TextIs(t - 1, "well") || v.TextIs(t - 1, "long")
            || v.TextIs(t - 1, "much") || v.TextIs(t - 1, "far") || v.TextIs(t - 1, "just") || v.TextIs(t - 1, "such"))
        {
            return false;
        }

        int next = t + 1;
        return v.TextIs(next, "being") || (v.Shapes[next] is TokenShape.QuoteMark or TokenShape.Lower
            && !(v.TextIs(next, "well") || v.TextIs(next, "soon") || v.TextIs(next, "part") || v.TextIs(next, "early")
                || v.TextIs(next, "late") || v.TextIs(next, "much") || v.TextIs(next, "many") || v.TextIs(next, "far")
                || v.TextIs(next, "long") || v.TextIs(next, "recently") || v.TextIs(next, "of") || v.TextIs(next, "if")
                || v.TextIs(next, "though") || v.TextIs(next, "the") || v.Is(next, WordClass.Auxiliary | WordClass.CueVerb | WordClass.SubjectPronoun)
                || (v.Is(next, WordClass.TimeWord) && !v.Is(next, WordClass.Determiner))));
    }

    private static bool IsPossessive(DocumentView v, int t) =>
        v.IsApostropheS(t) || v.TextIs(t, "\"s") || v.TextIs(t, "'") || v.TextIs(t, "’");

    private static bool HasQuoteMark(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] == TokenShape.QuoteMark)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEvaluativeCue(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            ReadOnlySpan<char> word = v.Chars(t);
            foreach (string stem in EvaluativeStems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && word.Length - stem.Length <= 3)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
