using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A verb of saying joined to an earlier verb by <c>and</c> / <c>but</c> shares that verb's subject: in <c>The Hunt
/// Trust congratulated Mr Howard on his stand, but said it did not go far enough</c> the trust speaks, not Mr Howard
/// (the object of the first verb). When the sentence opens with its subject and a verb, and the cue follows the
/// conjunction with no subject of its own, a source mention inside the first predicate (or none, or one running from
/// the subject into the predicate) becomes the sentence's subject. A relative clause, a subject pronoun or a clause
/// break between the two verbs leaves the source alone.
/// </summary>
internal sealed class CoordinatedPredicateSourceFilter : IAttributionFilter
{
    /// <summary>Most tokens from the subject's end to the conjunction.</summary>
    private const int MaxPredicate = 30;

    /// <inheritdoc />
    public string Name => "coordinated-predicate-source";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasCue || draft.FirstToken <= draft.CueFirst || v.InQuote(draft.CueFirst) || !v.Is(draft.CueFirst, WordClass.CueVerb))
        {
            return FilterVerdict.Keep;
        }

        int conj = draft.CueFirst - 1;
        while (conj > 0 && (v.Is(conj, WordClass.Adverb) || SourceFinder.IsLyAdverb(v, conj)))
        {
            conj--;
        }

        if (conj < 2 || !(v.TextIs(conj, "and") || v.TextIs(conj, "but")) || v.SentenceOf[conj] != v.SentenceOf[draft.CueFirst])
        {
            return FilterVerdict.Keep;
        }

        int sentenceFirst = Clauses.SentenceFirst(v, conj);
        int open = sentenceFirst;
        while (open < conj && v.Shapes[open] == TokenShape.QuoteMark && !v.InQuote(open))
        {
            open++;
        }

        (int sf, int se) = SourceFinder.SentenceSubject(v, sentenceFirst, conj);
        if (se - 2 > sf && v.Shapes[se - 1] == TokenShape.Lower && v.IsNameToken(se - 2) && v.Chars(se - 1).EndsWith("ed", StringComparison.Ordinal))
        {
            se--; // "The Hunt Trust congratulated …": a past tense after a name is the verb, not the head of the subject
        }

        if (sf != open || se <= sf || se >= conj || conj - se > MaxPredicate || !OpensPredicate(v, se, conj))
        {
            return FilterVerdict.Keep;
        }

        for (int k = se; k < conj; k++)
        {
            if (!v.InQuote(k) && (v.Is(k, WordClass.Relative | WordClass.SubjectPronoun)
                || v.Shapes[k] is TokenShape.Semicolon or TokenShape.Colon or TokenShape.SentenceEnd or TokenShape.Dash))
            {
                // "it" as an object ("called it a hoax") is fine; only a subject pronoun opens a new clause.
                if (v.Is(k, WordClass.ItPronoun) && !v.Is(k, WordClass.SingularPronoun | WordClass.PluralPronoun))
                {
                    continue;
                }

                if (v.Is(k, WordClass.ObjectPronoun))
                {
                    continue;
                }

                return FilterVerdict.Keep;
            }
        }

        bool inside = !draft.HasSource || (draft.SourceFirst >= se && draft.SourceEnd <= conj) || (draft.SourceFirst == sf && draft.SourceEnd > se && draft.SourceEnd <= conj);
        if (inside && (draft.SourceFirst != sf || draft.SourceEnd != se))
        {
            draft.SetSource(sf, se);
        }

        return FilterVerdict.Keep;
    }

    /// <summary>
    /// True when the token after the subject is surely a verb (possibly quoted): an auxiliary, a listed cue or evaluative
    /// verb, or a past tense in <c>-ed</c>; not a noun the subject finder stopped before (<c>senior policy adviser</c>).
    /// </summary>
    private static bool OpensPredicate(DocumentView v, int t, int conj)
    {
        if (v.Shapes[t] == TokenShape.QuoteMark && t + 1 < conj)
        {
            t++;
        }

        return v.Shapes[t] == TokenShape.Lower && !v.Is(t, WordClass.Boundary | WordClass.Determiner | WordClass.Relative)
            && (v.Is(t, WordClass.Auxiliary | WordClass.CueVerb | WordClass.EvaluativeCue) || v.Chars(t).EndsWith("ed", StringComparison.Ordinal));
    }
}
