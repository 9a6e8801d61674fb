using NewsNlp.Documents;

namespace NewsNlp.Quotes.Output;

/// <summary>Writes the kept drafts as <see cref="NewsDocument.Quotes"/> and their speakers as <see cref="NewsDocument.Speakers"/>.</summary>
internal static class QuoteEmitter
{
    /// <summary>The <see cref="Quote.Producer"/> of every quote.</summary>
    public const string Producer = "quotes";

    /// <summary>Appends one <see cref="Quote"/> per kept draft (ids in text order) and one <see cref="Speaker"/> per distinct speaker, in order of first quote.</summary>
    public static void Emit(NewsDocument document, DocumentView v, List<QuoteDraft> kept)
    {
        var speakers = new Dictionary<string, (int Id, SpeakerCandidate Candidate, List<int> Quotes)>(StringComparer.Ordinal);
        var order = new List<string>();
        var byEntity = new Dictionary<int, string>();
        var joinedRules = new Dictionary<(string DecidedBy, string ResolvedBy), string>();

        // Last line of defence for the span invariant the serializers check: an empty or inverted content part is
        // dropped, and a draft left with no content is not emitted (a rule that misplaces a cut loses its quote, not the document).
        foreach (QuoteDraft d in kept)
        {
            d.Content.RemoveAll(c => c.End <= c.Start);
        }

        kept.RemoveAll(d => d.Content.Count == 0);
        for (int i = 0; i < kept.Count; i++)
        {
            QuoteDraft d = kept[i];
            int? speakerId = null;
            if (d.Speaker is { } sc)
            {
                // One speaker per name key and per entity: two names of one linked entity ("Mayor Cortez", "Linda
                // Cortez") are one speaker, under the name it was first quoted by.
                if (!speakers.TryGetValue(sc.Key, out var entry)
                    && !(sc.EntityId >= 0 && byEntity.TryGetValue(sc.EntityId, out string? first) && speakers.TryGetValue(first, out entry)))
                {
                    entry = (order.Count, sc, []);
                    order.Add(sc.Key);
                }

                speakers[sc.Key] = entry;
                if (sc.EntityId >= 0)
                {
                    byEntity.TryAdd(sc.EntityId, order[entry.Id]);
                }

                entry.Quotes.Add(i);
                speakerId = entry.Id;
            }

            string decided = d.ResolvedBy is null ? d.DecidedBy : JoinRules(joinedRules, d.DecidedBy, d.ResolvedBy);
            document.Quotes.Add(new Quote
            {
                Id = i,
                Kind = d.Kind,
                Act = d.Act,
                Content = [.. d.Content],
                Cue = d.HasCue ? v.Span(d.CueFirst, d.CueEnd) : null,
                Source = d.HasSource ? v.Span(d.SourceFirst, d.SourceEnd) : d.ContinuesFrom is { HasSource: true } from ? v.Span(from.SourceFirst, from.SourceEnd) : null,
                SpeakerId = speakerId,
                SpeakerName = d.Speaker?.Name,
                AboutEntityIds = QuoteAboutEntities.Of(document.Entities, d.Content),
                Confidence = d.Speaker is null ? d.Confidence * 0.6 : d.Confidence,
                Producer = Producer,
                DecidedBy = decided,
            });
        }

        foreach (string key in order)
        {
            var (id, candidate, quotes) = speakers[key];
            document.Speakers.Add(new Speaker
            {
                Id = id,
                CanonicalName = candidate.Name,
                Type = candidate.Type,
                EntityId = candidate.EntityId,
                QuoteIds = quotes,
            });
        }
    }

    /// <summary>"rule+resolution", one string per distinct pair in a document (a long article repeats a few dozen pairs).</summary>
    private static string JoinRules(Dictionary<(string DecidedBy, string ResolvedBy), string> joined, string decidedBy, string resolvedBy)
    {
        if (!joined.TryGetValue((decidedBy, resolvedBy), out string? both))
        {
            joined[(decidedBy, resolvedBy)] = both = decidedBy + RuleNames.SpeakerSeparator + resolvedBy;
        }

        return both;
    }
}
