using NewsNlp.Documents;

namespace NewsNlp.Quotes.Output;

/// <summary>
/// Which document entities a quote is about: the linked entity mentions (<see cref="EntityMention.EntityId"/> ≥ 0) lying
/// wholly inside one of its content spans, as distinct cluster ids in order of first mention.
/// </summary>
internal static class QuoteAboutEntities
{
    /// <summary>The cluster ids mentioned inside <paramref name="content"/>; <paramref name="entities"/> is in text order.</summary>
    public static IReadOnlyList<int> Of(IReadOnlyList<EntityMention> entities, IReadOnlyList<TextSpan> content)
    {
        if (entities.Count == 0)
        {
            return [];
        }

        List<int>? ids = null;
        for (int k = 0; k < content.Count; k++)
        {
            TextSpan span = content[k]; // indexed: an interface enumerator is a boxed object per quote
            for (int i = FirstStartingAtOrAfter(entities, span.Start); i < entities.Count && entities[i].Span.Start < span.End; i++)
            {
                EntityMention mention = entities[i];
                if (mention.EntityId >= 0 && span.Contains(mention.Span) && (ids is null || !ids.Contains(mention.EntityId)))
                {
                    (ids ??= []).Add(mention.EntityId);
                }
            }
        }

        return ids is null ? [] : ids;
    }

    private static int FirstStartingAtOrAfter(IReadOnlyList<EntityMention> entities, int offset)
    {
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entities[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
