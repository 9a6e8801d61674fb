using NewsNlp.Documents;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Slugs, captions, credits, bylines, datelines and standfirsts are never reported speech: a quotation in one of them,
/// or running from one part of the article into another (the slug, caption and video-timestamp lines read as one
/// quote), is dropped. An attribution inside the headline (<c>MINISTER SAYS TALKS WILL RESUME</c>) summarises the
/// body, where it is reported: it is marked <see cref="QuoteDraft.InHeadline"/> and reported only to callers asking
/// for every act. A source mention in such a part never names the speaker of a quotation elsewhere: it is
/// dropped (a dateline opening a source, <c>LONDON (Reuters) - The bank said</c>, is cut off). A reported clause
/// opening the story after its dateline (<c>HONG KONG, March 19 - The banking sector has regained …, X said.</c>, the
/// usual wire lede) loses the dateline from its content and is kept.
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

        if (context.PartOf(first) == DocumentPartKind.Dateline && draft.Kind != QuoteKind.Direct)
        {
            first = SkipDateline(context, draft, first, end);
            if (first >= end)
            {
                return FilterVerdict.Reject;
            }
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
                bool datelineOnly = s == draft.SourceEnd && s > draft.SourceFirst;
                draft.SetSource(-1, -1);
                if (datelineOnly && draft.Kind != QuoteKind.Direct)
                {
                    SubjectAfterDateline(context, draft, s);
                }
            }
            else if (s != draft.SourceFirst)
            {
                draft.SetSource(s, draft.SourceEnd);
            }
        }

        draft.InHeadline = draft.InHeadline || part == Headline; // a headline rule may know a line the structure did not
        return FilterVerdict.Keep;
    }

    /// <summary>
    /// A source that was only the dateline (<c>BRUSSELS - European leaders gathered to discuss …</c>: the ranker chose
    /// <c>BRUSSELS</c>) gives way to the subject opening the body after it, when the cue follows that subject in its
    /// sentence.
    /// </summary>
    private static void SubjectAfterDateline(FilterContext context, QuoteDraft draft, int after)
    {
        DocumentView v = context.View;
        int t = after;
        while (t < v.Count && (v.Shapes[t] is TokenShape.Dash or TokenShape.Comma || context.PartOf(t) == DocumentPartKind.Dateline))
        {
            t++; // the rest of the dateline after a source read in it ("MANILA | , April 14 (AFP) -")
        }

        if (!draft.HasCue || t >= draft.CueFirst || context.PartCode(t) != FilterContext.Body || v.SentenceOf[t] != v.SentenceOf[draft.CueFirst])
        {
            return;
        }

        (int f, int e) = Sources.SourceFinder.SentenceSubject(v, t, draft.CueFirst);
        if (f == t && e <= draft.CueFirst && SpeakingSourceFilter.CanSpeak(v, f, e))
        {
            draft.SetSource(f, e);
            return;
        }

        // "MANILA (AFP) - The bank has cut its forecast, saying …": a participle's subject opens the clause it hangs on.
        Sources.ParticipleSubject.Apply(v, draft);
    }

    /// <summary>
    /// Cuts the dateline tokens opening <paramref name="draft"/>'s content off (when body text follows them in its first
    /// content span) and returns its new first token, or <paramref name="end"/> when nothing would be left.
    /// </summary>
    private static int SkipDateline(FilterContext context, QuoteDraft draft, int first, int end)
    {
        DocumentView v = context.View;
        int t = first;
        while (t < end && (context.PartOf(t) == DocumentPartKind.Dateline || v.Shapes[t] is TokenShape.Dash or TokenShape.Comma))
        {
            t++;
        }

        if (t >= end || context.PartCode(t) != FilterContext.Body || draft.Content.Count == 0 || v.Starts[t] >= draft.Content[0].End)
        {
            return end;
        }

        draft.Content[0] = new TextSpan(v.Starts[t], draft.Content[0].End);
        draft.FirstToken = t;
        return t;
    }
}
