using NewsNlp.Documents;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A person named with the organisation they work for speaks, not the organisation: in <c>Mitchell Held of Smith Barney,
/// Harris Upham and Co said …</c> or <c>“…,” said Ana Ruiz of Dunmore Capital, adding …</c> a source mention that is
/// (part of) the organisation after <c>of</c> / <c>at</c> becomes the person before it. The organisation's name may be
/// a list of names (<c>Smith Barney, Harris Upham and Co</c>) and may follow <c>the</c> (<c>Liv Dahl of the Institute for
/// Fiscal Studies said</c>); the person is one the entity recogniser found.
/// </summary>
internal sealed class AffiliationSourceFilter : IAttributionFilter
{
    /// <summary>Most tokens between the source mention and the <c>of</c> before it.</summary>
    private const int MaxWalk = 12;

    /// <inheritdoc />
    public string Name => "affiliation-source";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasSource || !v.HasEntities || !v.IsNameToken(draft.SourceFirst) || draft.SourceFirst < 2)
        {
            return FilterVerdict.Keep;
        }

        // A person in a list of people ("Ana Ruiz of Dunmore Bank and Tom Reid said") speaks; one right after "of" is
        // the recogniser taking a firm for a person ("Ana Ruiz of Smith Barney": no one is "of" a person).
        if (v.IsPersonToken(draft.SourceFirst) && !(v.TextIs(draft.SourceFirst - 1, "of") || v.TextIs(draft.SourceFirst - 1, "at")))
        {
            return FilterVerdict.Keep;
        }

        int sentence = v.SentenceOf[draft.SourceFirst];
        int t = draft.SourceFirst - 1;
        while (t > 0 && draft.SourceFirst - t <= MaxWalk && v.SentenceOf[t] == sentence && !v.InQuote(t)
            && !v.TextIs(t, "of") && !v.TextIs(t, "at") && (v.IsNameToken(t) || v.Shapes[t] == TokenShape.Comma || v.TextIs(t, "and") || v.TextIs(t, "&")))
        {
            t--;
        }

        // "of the Institute for Social Policy": the organisation's article.
        if (t > 1 && v.TextIs(t, "the") && v.Shapes[t] == TokenShape.Lower && v.SentenceOf[t] == sentence)
        {
            t--;
        }

        if (t < 1 || v.SentenceOf[t] != sentence || v.InQuote(t) || !(v.TextIs(t, "of") || v.TextIs(t, "at")) || !v.IsPersonToken(t - 1))
        {
            return FilterVerdict.Keep;
        }

        // A list of people each with their firm ("Ana Ruiz of Dunmore Bank and Tom Reid of Kral Capital") has a
        // person after "and" or a comma in the walk: the source was one of them, not a firm.
        for (int k = t + 2; k < draft.SourceFirst; k++)
        {
            if (v.IsPersonToken(k) && !v.IsPersonToken(k - 1) && (v.TextIs(k - 1, "and") || v.Shapes[k - 1] == TokenShape.Comma))
            {
                return FilterVerdict.Keep;
            }
        }

        EntityMention person = v.Document.Entities[v.EntityOf[t - 1]];
        if (person.EndToken != t)
        {
            return FilterVerdict.Keep;
        }

        draft.SetSource(person.FirstToken, person.EndToken);
        return FilterVerdict.Keep;
    }
}
