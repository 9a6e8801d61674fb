using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A name inside a list in a prepositional phrase is not the subject: in <c>freight companies in Germany and Belgium
/// warned</c> the speaker is the freight companies, not Belgium. A source mention that is one capitalised member of
/// such a list (<c>in/from/of/across A, B and C</c>), or a name right after <c>in</c> or <c>across</c> (<c>officials in
/// Washington said</c>), after a common noun becomes the noun phrase before the preposition.
/// </summary>
internal sealed class ListMemberSourceFilter : IAttributionFilter
{
    private const int MaxWalk = 12;

    /// <inheritdoc />
    public string Name => "list-member-source";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasSource || !v.IsNameToken(draft.SourceFirst) || v.Shapes[draft.SourceFirst] != TokenShape.Capitalised)
        {
            return FilterVerdict.Keep;
        }

        // Only right after "and"/"or" ("Germany and Belgium") or right after "in"/"across" ("officials in Washington").
        int previous = draft.SourceFirst - 1;
        if (previous < 1 || !(v.TextIs(previous, "and") || v.TextIs(previous, "or") || v.TextIs(previous, "in") || v.TextIs(previous, "across")))
        {
            return FilterVerdict.Keep;
        }

        int sentence = v.SentenceOf[draft.SourceFirst];
        int t = draft.SourceFirst - 1;
        bool listed = false;
        while (t >= 0 && draft.SourceFirst - t <= MaxWalk && v.SentenceOf[t] == sentence && !v.InQuote(t))
        {
            if (v.TextIs(t, "and") || v.TextIs(t, "or") || v.Shapes[t] == TokenShape.Comma)
            {
                listed = true;
            }
            else if (!v.IsNameToken(t))
            {
                break;
            }

            t--;
        }

        // "in Germany and Belgium", "across Spain, Italy and Greece"; a single name only after "in" or "across"
        // ("officials in Washington said").
        bool inside = v.TextIs(t, "in") || v.TextIs(t, "across");
        // The noun before the preposition is a plural common noun ("freight companies", "officials").
        if (!(listed || inside) || t < 1 || !IsListPreposition(v, t) || v.SentenceOf[t - 1] != sentence || v.Shapes[t - 1] != TokenShape.Lower
            || v.Is(t - 1, WordClass.Boundary | WordClass.Auxiliary | WordClass.CueVerb) || !v.Chars(t - 1).EndsWith("s", StringComparison.Ordinal))
        {
            return FilterVerdict.Keep;
        }

        // The noun phrase ending right before the preposition: lower-case words back to a determiner or a boundary.
        int end = t, first = t - 1;
        while (first - 1 >= 0 && end - first < 6 && v.SentenceOf[first - 1] == sentence && !v.InQuote(first - 1)
            && (v.Shapes[first - 1] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number)
            && !v.Is(first - 1, WordClass.Boundary | WordClass.CueVerb | WordClass.Auxiliary))
        {
            first--;
            if (v.Is(first, WordClass.Determiner))
            {
                break;
            }
        }

        draft.SetSource(first, end);
        return FilterVerdict.Keep;
    }

    private static bool IsListPreposition(DocumentView v, int t) =>
        v.TextIs(t, "in") || v.TextIs(t, "from") || v.TextIs(t, "of") || v.TextIs(t, "across") || v.TextIs(t, "at");
}
