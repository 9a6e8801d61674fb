using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A demonstrative and a noun are a thing, not a clause: <c>Downing Street cited that comment when …</c> and <c>part of the
/// loan will be used to support that program</c> had the contents <c>that comment</c> and <c>that program</c>. A reported
/// (not quoted) content of <c>that</c>, <c>this</c>, <c>these</c>, <c>those</c> or <c>such</c> (<c>its members reject such
/// claims</c>) and one or two lower-case words with no
/// verb (no auxiliary, pronoun, adverb, past form in -ed, nor a cue verb after the noun) is an action; <c>explained that
/// initially, …</c> (a complementizer and an adverb, the clause cut short by the tagger) stays.
/// </summary>
internal sealed class DemonstrativeObjectFilter : IAttributionFilter
{
    private static readonly string[] Demonstratives = ["that", "this", "these", "those", "such"];

    /// <inheritdoc />
    public string Name => "demonstrative-object";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || first < 0 || end - first is < 2 or > 3 || !IsDemonstrative(v, first))
        {
            return FilterVerdict.Keep;
        }

        for (int t = first + 1; t < end; t++)
        {
            // A cue-verb form right after the demonstrative is its noun ("that comment", "this claim").
            if (v.Shapes[t] != TokenShape.Lower || v.InQuote(t)
                || v.Is(t, WordClass.Auxiliary | WordClass.SubjectPronoun
                    | WordClass.That | WordClass.Relative | WordClass.Determiner)
                || (t > first + 1 && v.Is(t, WordClass.CueVerb)) || v.Chars(t).EndsWith("ed", StringComparison.Ordinal)
                || v.Is(t, WordClass.Adverb) || v.Chars(t).EndsWith("ly", StringComparison.Ordinal))
            {
                return FilterVerdict.Keep;
            }
        }

        return FilterVerdict.Action;
    }

    private static bool IsDemonstrative(DocumentView v, int t) => v.TextIsAny(t, Demonstratives);
}
