using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A cue word inside a compound noun is no verb of saying: <c>The former chat show host quit the party</c>, <c>a talk
/// show presenter left</c>. A one-word lower-case cue with a singular lower-case noun before it (no determiner, pronoun,
/// auxiliary or adverb: a verb needs a subject) and a singular person noun right after it, with no determiner (a verb's
/// object would have one), modifies that noun: the "attribution" is dropped.
/// </summary>
internal sealed class CompoundNounCueFilter : IAttributionFilter
{
    /// <summary>Words that cannot modify a noun before it (a verb's subject or a clause word stands there instead).</summary>
    internal const WordClass NotAModifier = WordClass.Determiner | WordClass.Auxiliary | WordClass.Adverb | WordClass.SingularPronoun
        | WordClass.PluralPronoun | WordClass.ItPronoun | WordClass.ObjectPronoun | WordClass.Relative | WordClass.That | WordClass.Boundary
        | WordClass.CueVerb;

    /// <inheritdoc />
    public string Name => "compound-noun-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft) =>
        draft.Kind != Documents.QuoteKind.Direct && draft.HasCue && draft.CueEnd - draft.CueFirst == 1 && IsNounModifier(context.View, draft.CueFirst, draft)
            ? FilterVerdict.Reject
            : FilterVerdict.Keep;

    private static bool IsNounModifier(DocumentView v, int cue, QuoteDraft draft)
    {
        int before = cue - 1, after = cue + 1;
        if (before < 0 || after >= v.Count || v.SentenceOf[before] != v.SentenceOf[cue] || v.SentenceOf[after] != v.SentenceOf[cue]
            || v.Shapes[before] != TokenShape.Lower || v.Shapes[cue] != TokenShape.Lower || v.InQuote(cue))
        {
            return false;
        }

        // The person noun heads the content the cue took as its object.
        if (after < draft.FirstToken || after >= draft.EndToken || PersonNouns.EndAt(v, after) != after + 1 || IsPlural(v.Chars(after)))
        {
            return false;
        }

        return !v.Is(before, NotAModifier) && !Sources.SourceFinder.IsLyAdverb(v, before) && !IsPlural(v.Chars(before));
    }

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
}
