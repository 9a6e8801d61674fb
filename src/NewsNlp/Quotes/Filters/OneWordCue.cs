using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// What the cue-word filters that read the word after a one-word cue share (<see cref="StateNounCueFilter"/>,
/// <see cref="PossessiveParticipleCueFilter"/>): a reported or mixed draft whose cue is one lower-case word, followed in
/// its sentence by a lower-case word outside quotation marks; and whether that word can open the clause a verb of
/// saying would take.
/// </summary>
internal static class OneWordCue
{
    /// <summary>Words that can follow a verb of saying as the start of its clause or object.</summary>
    private const WordClass ClauseOpeners = WordClass.Determiner | WordClass.That | WordClass.SingularPronoun | WordClass.PluralPronoun
        | WordClass.ItPronoun | WordClass.ObjectPronoun | WordClass.Adverb | WordClass.Auxiliary | WordClass.Boundary | WordClass.Relative;

    /// <summary>
    /// True when <paramref name="draft"/> is reported or mixed, its cue one lower-case word, and the next token a
    /// lower-case word of the same sentence outside quotation marks (<paramref name="next"/>).
    /// </summary>
    public static bool IsFollowedByLowerWord(DocumentView v, QuoteDraft draft, out int next)
    {
        int cue = draft.CueFirst;
        next = cue + 1;
        return draft.Kind != Documents.QuoteKind.Direct && draft.HasCue && draft.CueEnd - cue == 1 && next < v.Count
            && v.Shapes[cue] == TokenShape.Lower && v.SentenceOf[next] == v.SentenceOf[cue] && v.Shapes[next] == TokenShape.Lower
            && !v.InQuote(next);
    }

    /// <summary>True when the word at <paramref name="t"/> can open a verb's clause or object (a determiner, pronoun, "that", adverb, auxiliary or function word).</summary>
    public static bool OpensClause(DocumentView v, int t) => v.Is(t, ClauseOpeners) || SourceFinder.IsLyAdverb(v, t);
}
