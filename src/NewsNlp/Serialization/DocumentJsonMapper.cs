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
            Metadata = MapMetadata(meta),
            TextLength = text.Length,
            Text = options.IncludeText ? text : null,
            Produced = Produced(document),
            Tokens = options.IncludeTokens ? MapTokens(document.Tokens) : null,
            Sentences = MapRanges(document.Sentences),
            Paragraphs = MapRanges(document.Paragraphs),
            Structure = [.. document.Structure.Select(MapPart)],
            Entities = MapEntities(document.Entities),
            EntityClusters = MapClusters(document.EntityClusters),
            Quotes = MapQuotes(document),
            Speakers = MapSpeakers(document.Speakers),
            Stances = MapStances(document.Stances),
        };
    }

    public static MetadataJson MapMetadata(DocumentMetadata meta) => new()
    {
        Headline = meta.Headline,
        HeadlineFromText = meta.HeadlineFromText,
        Source = meta.Source,
        Url = meta.Url,
        Byline = meta.Byline,
        ExtractedFrom = meta.ExtractedFrom,
        Published = meta.Published,
        StanceTargets = meta.StanceTargets,
    };

    public static string[] Produced(NewsDocument document) => [.. document.Produced.Order(StringComparer.Ordinal)];

    public static PartJson MapPart(DocumentPart p) => new() { Kind = WireNames.Of(p.Kind), Start = p.Span.Start, End = p.Span.End };

    public static RangeJson MapRange(TokenRange r) => new() { Start = r.Span.Start, End = r.Span.End, FirstToken = r.FirstToken, EndToken = r.EndToken };

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
            result[i] = MapRange(ranges[i]);
        }

        return result;
    }

    private static EntityJson[] MapEntities(AnnotationLayer<EntityMention> entities)
    {
        var result = new EntityJson[entities.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = MapEntity(entities[i]);
        }

        return result;
    }

    public static EntityJson MapEntity(EntityMention e) => new()
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

    private static EntityClusterJson[] MapClusters(AnnotationLayer<DocumentEntity> clusters)
    {
        var result = new EntityClusterJson[clusters.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = MapCluster(clusters[i]);
        }

        return result;
    }

    public static EntityClusterJson MapCluster(DocumentEntity c) =>
        new() { Id = c.Id, CanonicalName = c.CanonicalName, Type = WireNames.Of(c.Type), Mentions = c.MentionIndexes };

    private static QuoteJson[] MapQuotes(NewsDocument document)
    {
        AnnotationLayer<Quote> quotes = document.Quotes;
        var result = new QuoteJson[quotes.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = MapQuote(document, quotes[i]);
        }

        return result;
    }

    public static QuoteJson MapQuote(NewsDocument document, Quote q)
    {
        var content = new SpanJson[q.Content.Count];
        for (int c = 0; c < content.Length; c++)
        {
            content[c] = Span(document, q.Content[c]);
        }

        return new QuoteJson
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

    private static SpeakerJson[] MapSpeakers(AnnotationLayer<Speaker> speakers)
    {
        var result = new SpeakerJson[speakers.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = MapSpeaker(speakers[i]);
        }

        return result;
    }

    public static SpeakerJson MapSpeaker(Speaker s) => new()
    {
        Id = s.Id,
        Name = s.CanonicalName,
        Type = s.Type is { } type ? WireNames.Of(type) : null,
        EntityId = s.EntityId,
        QuoteIds = s.QuoteIds,
    };

    private static StanceJson[] MapStances(AnnotationLayer<StanceAnnotation> stances)
    {
        var result = new StanceJson[stances.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = MapStance(stances[i]);
        }

        return result;
    }

    public static StanceJson MapStance(StanceAnnotation s)
    {
        IReadOnlyList<double> p = s.Probabilities;
        return new StanceJson
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
