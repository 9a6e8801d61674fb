using NewsNlp.Documents;

namespace NewsNlp.Stance.Sides;

/// <summary>Where a speaker is named in a document: every mention of their entity and the source span of each of their quotes.</summary>
internal static class SpeakerNameSpans
{
    /// <summary>
    /// The spans that name <paramref name="speaker"/> in <paramref name="document"/>: the mentions of their entity (when the
    /// speaker was resolved to one) followed by the non-empty sources of their quotes, in document order within each group.
    /// </summary>
    public static List<TextSpan> Of(NewsDocument document, Speaker speaker)
    {
        var spans = new List<TextSpan>();
        if (speaker.EntityId >= 0)
        {
            spans.AddRange(document.Entities.Where(m => m.EntityId == speaker.EntityId).Select(m => m.Span));
        }

        var quoteIds = new HashSet<int>(speaker.QuoteIds);
        foreach (Quote quote in document.Quotes)
        {
            if (quoteIds.Contains(quote.Id) && quote.Source is TextSpan source && !source.IsEmpty)
            {
                spans.Add(source);
            }
        }

        return spans;
    }
}
