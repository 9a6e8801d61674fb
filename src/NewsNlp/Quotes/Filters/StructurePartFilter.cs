using NewsNlp.Documents;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Slugs, captions, credits, bylines, datelines and standfirsts are never reported speech: a quotation in one of them,
/// or running from one part of the article into another (the slug, caption and video-timestamp lines read as one
/// quote), is dropped. An attribution inside the headline (<c>MINISTER SAYS TALKS WILL RESUME</c>) summarises the
/// body, where it is reported: it is marked <see cref="QuoteDraft.InHeadline"/> and reported only to callers asking
/// for every act. A source mention in such a part never names the speaker of a quotation elsewhere: it is
/// dropped (a dateline opening a source, <c>LONDON (Reuters) - The bank said</c>, is cut off).
/// </summary>
internal sealed class StructurePartFilter : IAttributionFilter
{
    private const byte Headline = (byte)(DocumentPartKind.Headline + 1);

    /// <inheritdoc />
    public string Name => "structure-part";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, context.View.Count);
        if (first < 0 || first >= end)
        {
            return FilterVerdict.Keep;
        }

        byte part = context.PartCode(first);
        if (part is not (FilterContext.Body or Headline))
        {
            return FilterVerdict.Reject;
        }

        for (int t = first + 1; t < end; t++)
        {
            if (context.PartCode(t) != part)
            {
                return FilterVerdict.Reject;
            }
        }

        if (draft.HasCue && (context.PartCode(draft.CueFirst) != part || context.PartCode(draft.CueEnd - 1) != part))
        {
            return FilterVerdict.Reject;
        }

        if (draft.HasSource)
        {
            int s = draft.SourceFirst;
            while (s < draft.SourceEnd && context.PartOf(s) == DocumentPartKind.Dateline && part == FilterContext.Body)
            {
                s++;
            }

            bool sameSide = s < draft.SourceEnd;
            for (int t = s; t < draft.SourceEnd && sameSide; t++)
            {
                sameSide = context.PartCode(t) == part;
            }

            if (!sameSide)
            {
                draft.SetSource(-1, -1);
            }
            else if (s != draft.SourceFirst)
            {
                draft.SetSource(s, draft.SourceEnd);
            }
        }

        draft.InHeadline = part == Headline;
        return FilterVerdict.Keep;
    }
}
