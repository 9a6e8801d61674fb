using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
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
            Sentences = MapAll(document.Sentences, MapRange),
            Paragraphs = MapAll(document.Paragraphs, MapRange),
            Structure = [.. document.Structure.Select(MapPart)],
            Entities = MapAll(document.Entities, MapEntity),
            EntityClusters = MapAll(document.EntityClusters, MapCluster),
            Quotes = MapAll(document.Quotes, q => MapQuote(document, q)),
            Speakers = MapAll(document.Speakers, MapSpeaker),
            Layers = MapLayers(document, options),
        };
    }

    /// <summary>
    /// The package layers to write, in order: <see cref="NewsDocumentJsonOptions.AlwaysWrittenLayers"/> (null layer
    /// when the document lacks one: written as an empty array), then the document's other layers that have a JSON writer.
    /// </summary>
    public static IEnumerable<(LayerKey Key, object? Layer)> WrittenLayers(NewsDocument document, NewsDocumentJsonOptions options)
    {
        foreach (LayerKey key in options.AlwaysWrittenLayers)
        {
            yield return (key, document.LayerOf(key));
        }

        foreach (LayerKey key in document.LayerKeys)
        {
            if (key.WritesJson && !options.AlwaysWrittenLayers.Contains(key))
            {
                yield return (key, document.LayerOf(key));
            }
        }
    }

    private static Dictionary<string, JsonElement>? MapLayers(NewsDocument document, NewsDocumentJsonOptions options)
    {
        Dictionary<string, JsonElement>? layers = null;
        foreach ((LayerKey key, object? layer) in WrittenLayers(document, options))
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartArray();
                if (layer is not null)
                {
                    key.WriteJsonItems(writer, document, layer, static _ => { });
                }

                writer.WriteEndArray();
            }

            using JsonDocument parsed = JsonDocument.Parse(WithoutLoneSurrogateEscapes(buffer.WrittenMemory));
            (layers ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[key.Name] = parsed.RootElement.Clone();
        }

        return layers;
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

    public static EntityClusterJson MapCluster(DocumentEntity c) =>
        new() { Id = c.Id, CanonicalName = c.CanonicalName, Type = WireNames.Of(c.Type), Mentions = c.MentionIndexes };

    public static QuoteJson MapQuote(NewsDocument document, Quote q)
    {
        return new QuoteJson
        {
            Id = q.Id,
            Kind = WireNames.Of(q.Kind),
            Act = WireNames.Of(q.Act),
            Content = MapAll(q.Content, c => Span(document, c)),
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

    public static SpeakerJson MapSpeaker(Speaker s) => new()
    {
        Id = s.Id,
        Name = s.CanonicalName,
        Type = s.Type is { } type ? WireNames.Of(type) : null,
        EntityId = s.EntityId,
        QuoteIds = s.QuoteIds,
    };

    /// <summary>
    /// The JSON with each escaped lone surrogate (<c>\uD800</c> not part of a pair) replaced by <c>\uFFFD</c>: a
    /// <see cref="JsonElement"/> cannot write one back. Only the model (<see cref="NewsDocumentJson.ToModel"/>) loses it;
    /// the streamed writer keeps every code unit.
    /// </summary>
    internal static ReadOnlyMemory<byte> WithoutLoneSurrogateEscapes(ReadOnlyMemory<byte> json)
    {
        ReadOnlySpan<byte> span = json.Span;
        if (span.IndexOf("\\u"u8) < 0)
        {
            return json;
        }

        byte[]? copy = null;
        for (int i = 0; i + 5 < span.Length; i++)
        {
            if (span[i] != (byte)'\\')
            {
                continue;
            }

            if (span[i + 1] != (byte)'u')
            {
                i++; // an escaped character such as \\ or \": skip it whole
                continue;
            }

            int unit = Hex4(span.Slice(i + 2, 4));
            bool high = unit is >= 0xD800 and <= 0xDBFF, low = unit is >= 0xDC00 and <= 0xDFFF;
            bool paired = high && i + 11 < span.Length && span[i + 6] == (byte)'\\' && span[i + 7] == (byte)'u'
                && Hex4(span.Slice(i + 8, 4)) is >= 0xDC00 and <= 0xDFFF;
            if (paired)
            {
                i += 11;
            }
            else if (high || low)
            {
                copy ??= span.ToArray();
                "FFFD"u8.CopyTo(copy.AsSpan(i + 2, 4));
                i += 5;
            }
            else
            {
                i += 5;
            }
        }

        return copy ?? json;
    }

    private static int Hex4(ReadOnlySpan<byte> hex) =>
        int.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : -1;

    /// <summary>Maps every item of a layer or list to its JSON model, in order.</summary>
    private static TJson[] MapAll<T, TJson>(IReadOnlyList<T> items, Func<T, TJson> map)
    {
        var result = new TJson[items.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = map(items[i]);
        }

        return result;
    }

    private static SpanJson Span(NewsDocument document, TextSpan span)
    {
        if (!span.LiesWithin(document.Text.Length))
        {
            throw new InvalidOperationException(
                $"An annotation span {span} lies outside the document text (length {document.Text.Length}); a stage produced an invalid span.");
        }

        return new SpanJson { Start = span.Start, End = span.End, Text = document.GetText(span) };
    }
}
