using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>
/// The attribution core: quotation finding on characters, then the sieves quote → cue → source mention → speaker,
/// writing <see cref="NewsDocument.Quotes"/> and <see cref="NewsDocument.Speakers"/>. Stateless and thread-safe.
/// </summary>
internal static class QuoteAnnotator
{
    public const string Producer = "quotes";

    public static void Annotate(NewsDocument document, QuoteStageOptions options, CancellationToken cancellationToken)
    {
        document.Quotes.Clear();
        document.Speakers.Clear();
        if (document.Tokens.Count == 0)
        {
            return;
        }

        var paragraphs = new TextSpan[document.Paragraphs.Count];
        for (int p = 0; p < paragraphs.Length; p++)
        {
            paragraphs[p] = document.Paragraphs[p].Span;
        }

        var spans = new List<QuotedSpan>();
        QuoteMarkPairer.Find(document.Text, paragraphs, spans, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        var view = new DocumentView(document, options.UseEntities);
        List<QuoteDraft> drafts = DirectQuoteSieves.Build(view, spans);
        foreach (QuoteDraft d in drafts)
        {
            IndirectSpeechRules.Cover(view, d);
        }

        if (options.FindIndirectSpeech)
        {
            IndirectSpeechRules.Find(view, drafts, cancellationToken);
            Learning.AttributionTagger? tagger = options.UseLearnedTagger ? options.Tagger ?? Learning.AttributionTagger.Embedded : null;
            if (tagger is not null)
            {
                int[] tags = new int[view.Count];
                tagger.Tag(view, tags, cancellationToken);
                Learning.LearnedAttribution.AddDrafts(view, tags, drafts);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        List<QuoteDraft> kept = drafts.FindAll(d => !d.Dropped);
        kept.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        new SpeakerResolver(view).Resolve(kept);
        Emit(document, view, kept);
    }

    private static void Emit(NewsDocument document, DocumentView v, List<QuoteDraft> kept)
    {
        var speakers = new Dictionary<string, (int Id, SpeakerCandidate Candidate, List<int> Quotes)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int i = 0; i < kept.Count; i++)
        {
            QuoteDraft d = kept[i];
            int? speakerId = null;
            if (d.Speaker is { } sc)
            {
                if (!speakers.TryGetValue(sc.Key, out var entry))
                {
                    entry = (speakers.Count, sc, []);
                    speakers[sc.Key] = entry;
                    order.Add(sc.Key);
                }

                entry.Quotes.Add(i);
                speakerId = entry.Id;
            }

            string decided = d.ResolvedBy is null ? d.DecidedBy : d.DecidedBy + "+" + d.ResolvedBy;
            document.Quotes.Add(new Quote
            {
                Id = i,
                Kind = d.Kind,
                Content = [.. d.Content],
                Cue = d.HasCue ? v.Span(d.CueFirst, d.CueEnd) : null,
                Source = d.HasSource ? v.Span(d.SourceFirst, d.SourceEnd) : null,
                SpeakerId = speakerId,
                SpeakerName = d.Speaker?.Name,
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
}
