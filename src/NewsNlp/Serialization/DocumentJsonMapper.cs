using NewsNlp.Documents;
using NewsNlp.Serialization.Model;

namespace NewsNlp.Serialization;

/// <summary>Converts a <see cref="NewsDocument"/> to its JSON model.</summary>
internal static class DocumentJsonMapper
{
    public static DocumentJson Map(NewsDocument document, NewsDocumentJsonOptions options)
    {
        string text = document.Text;
        DocumentMetadata meta = document.Metadata;
        return new DocumentJson
        {
            Id = meta.Id,
            Metadata = new MetadataJson
            {
                Headline = meta.Headline,
                HeadlineFromText = meta.HeadlineFromText,
                Source = meta.Source,
                Url = meta.Url,
                Byline = meta.Byline,
                ExtractedFrom = meta.ExtractedFrom,
                Published = meta.Published,
                StanceTargets = meta.StanceTargets,
            },
            TextLength = text.Length,
            Text = options.IncludeText ? text : null,
            Produced = [.. document.Produced.Order(StringComparer.Ordinal)],
            Tokens = options.IncludeTokens ? MapTokens(document.Tokens) : null,
            Sentences = MapRanges(document.Sentences),
            Paragraphs = MapRanges(document.Paragraphs),
            Structure = [.. document.Structure.Select(p => new PartJson { Kind = WireNames.Of(p.Kind), Start = p.Span.Start, End = p.Span.End })],
            Entities = MapEntities(document.Entities),
            EntityClusters = MapClusters(document.EntityClusters),
            Quotes = MapQuotes(document),
            Speakers = MapSpeakers(document.Speakers),
            Stances = MapStances(document.Stances),
        };
    }

    private static TokensJson MapTokens(TokenTable tokens)
    {
        int n = tokens.Count;
        var starts = new int[n];
        var ends = new int[n];
        var kinds = new string[n];
        var traits = new int[n];
        ReadOnlySpan<TokenRow> rows = tokens.Rows;
        for (int i = 0; i < rows.Length; i++)
        {
            starts[i] = rows[i].Start;
            ends[i] = rows[i].End;
            kinds[i] = WireNames.Of(rows[i].Kind);
            traits[i] = (int)rows[i].Traits;
        }

        return new TokensJson { Count = n, Starts = starts, Ends = ends, Kinds = kinds, Traits = traits };
    }

    private static RangeJson[] MapRanges(AnnotationLayer<TokenRange> ranges)
    {
        var result = new RangeJson[ranges.Count];
        for (int i = 0; i < result.Length; i++)
        {
            TokenRange r = ranges[i];
            result[i] = new RangeJson { Start = r.Span.Start, End = r.Span.End, FirstToken = r.FirstToken, EndToken = r.EndToken };
        }

        return result;
    }

    private static EntityJson[] MapEntities(AnnotationLayer<EntityMention> entities)
    {
        var result = new EntityJson[entities.Count];
        for (int i = 0; i < result.Length; i++)
        {
            EntityMention e = entities[i];
            result[i] = new EntityJson
            {
                Start = e.Span.Start,
                End = e.Span.End,
                Text = e.Text,
                Type = WireNames.Of(e.Type),
                Confidence = e.Confidence,
                Producer = e.Producer,
                EntityId = e.EntityId,
                FirstToken = e.FirstToken,
                EndToken = e.EndToken,
            };
        }

        return result;
    }

    private static EntityClusterJson[] MapClusters(AnnotationLayer<DocumentEntity> clusters)
    {
        var result = new EntityClusterJson[clusters.Count];
        for (int i = 0; i < result.Length; i++)
        {
            DocumentEntity c = clusters[i];
            result[i] = new EntityClusterJson { Id = c.Id, CanonicalName = c.CanonicalName, Type = WireNames.Of(c.Type), Mentions = c.MentionIndexes };
        }

        return result;
    }

    private static QuoteJson[] MapQuotes(NewsDocument document)
    {
        AnnotationLayer<Quote> quotes = document.Quotes;
        var result = new QuoteJson[quotes.Count];
        for (int i = 0; i < result.Length; i++)
        {
            Quote q = quotes[i];
            var content = new SpanJson[q.Content.Count];
            for (int c = 0; c < content.Length; c++)
            {
                content[c] = Span(document, q.Content[c]);
            }

            result[i] = new QuoteJson
            {
                Id = q.Id,
                Kind = WireNames.Of(q.Kind),
                Act = WireNames.Of(q.Act),
                Content = content,
                Cue = q.Cue is { } cue ? Span(document, cue) : null,
                Source = q.Source is { } source ? Span(document, source) : null,
                SpeakerId = q.SpeakerId,
                Speaker = q.SpeakerName,
                About = q.AboutEntityIds,
                Confidence = q.Confidence,
                Producer = q.Producer,
                DecidedBy = q.DecidedBy,
            };
        }

        return result;
    }

    private static SpeakerJson[] MapSpeakers(AnnotationLayer<Speaker> speakers)
    {
        var result = new SpeakerJson[speakers.Count];
        for (int i = 0; i < result.Length; i++)
        {
            Speaker s = speakers[i];
            result[i] = new SpeakerJson
            {
                Id = s.Id,
                Name = s.CanonicalName,
                Type = s.Type is { } type ? WireNames.Of(type) : null,
                EntityId = s.EntityId,
                QuoteIds = s.QuoteIds,
            };
        }

        return result;
    }

    private static StanceJson[] MapStances(AnnotationLayer<StanceAnnotation> stances)
    {
        var result = new StanceJson[stances.Count];
        for (int i = 0; i < result.Length; i++)
        {
            StanceAnnotation s = stances[i];
            IReadOnlyList<double> p = s.Probabilities;
            result[i] = new StanceJson
            {
                Target = s.Target,
                QuoteId = s.QuoteId,
                SpeakerId = s.SpeakerId,
                EvidenceQuoteIds = s.EvidenceQuoteIds,
                DrivingWords = s.DrivingWords,
                Label = WireNames.Of(s.Label),
                Probabilities = new StanceProbabilitiesJson
                {
                    Agree = At(p, StanceLabel.Agree),
                    Disagree = At(p, StanceLabel.Disagree),
                    Discuss = At(p, StanceLabel.Discuss),
                    Unrelated = At(p, StanceLabel.Unrelated),
                },
                Producer = s.Producer,
            };
        }

        return result;
    }

    private static double At(IReadOnlyList<double> probabilities, StanceLabel label) =>
        (int)label < probabilities.Count ? probabilities[(int)label] : 0.0;

    private static SpanJson Span(NewsDocument document, TextSpan span)
    {
        if (span.Start < 0 || span.End < span.Start || span.End > document.Text.Length)
        {
            throw new InvalidOperationException(
                $"An annotation span {span} lies outside the document text (length {document.Text.Length}); a stage produced an invalid span.");
        }

        return new SpanJson { Start = span.Start, End = span.End, Text = document.GetText(span) };
    }
}
