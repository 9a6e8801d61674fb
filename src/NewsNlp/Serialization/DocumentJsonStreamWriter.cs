using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsNlp.Documents;
using NewsNlp.Serialization.Model;

namespace NewsNlp.Serialization;

/// <summary>
/// Writes a document's JSON straight from the <see cref="NewsDocument"/>, element by element, and hands the writer's
/// bytes to its output every <see cref="FlushBytes"/> bytes: the same bytes as serializing the whole
/// <see cref="DocumentJson"/> model (each element is that model's record, written by the same source-generated
/// serializer), without holding the model or the whole output in memory. The text is written in segments.
/// </summary>
internal static class DocumentJsonStreamWriter
{
    /// <summary>Bytes the writer may hold before they go to its output.</summary>
    internal const int FlushBytes = 1 << 16;

    /// <summary>Characters of the text written per segment.</summary>
    private const int TextSegment = 1 << 14;

    public static void Write(NewsDocument document, Utf8JsonWriter writer, NewsDocumentJsonOptions options)
    {
        NewsNlpJsonContext context = NewsNlpJsonContext.Default;
        string text = document.Text;
        writer.WriteStartObject();
        writer.WritePropertyName("schema");
        LosslessStringConverter.WriteValue(writer, NewsDocumentJson.SchemaId);
        writer.WritePropertyName("id");
        WriteNullable(writer, document.Metadata.Id);
        writer.WritePropertyName("metadata");
        JsonSerializer.Serialize(writer, DocumentJsonMapper.MapMetadata(document.Metadata), context.MetadataJson);
        writer.WriteNumber("textLength", text.Length);
        if (options.IncludeText)
        {
            writer.WritePropertyName("text");
            WriteText(writer, text);
        }

        writer.WritePropertyName("produced");
        writer.WriteStartArray();
        foreach (string name in DocumentJsonMapper.Produced(document))
        {
            LosslessStringConverter.WriteValue(writer, name);
        }

        writer.WriteEndArray();
        if (options.IncludeTokens)
        {
            writer.WritePropertyName("tokens");
            WriteTokens(writer, document.Tokens);
        }

        WriteArray(writer, "sentences", document.Sentences, DocumentJsonMapper.MapRange, context.RangeJson);
        WriteArray(writer, "paragraphs", document.Paragraphs, DocumentJsonMapper.MapRange, context.RangeJson);
        WriteArray(writer, "structure", document.Structure, DocumentJsonMapper.MapPart, context.PartJson);
        WriteArray(writer, "entities", document.Entities, DocumentJsonMapper.MapEntity, context.EntityJson);
        WriteArray(writer, "entityClusters", document.EntityClusters, DocumentJsonMapper.MapCluster, context.EntityClusterJson);
        WriteArray(writer, "quotes", document.Quotes, q => DocumentJsonMapper.MapQuote(document, q), context.QuoteJson);
        WriteArray(writer, "speakers", document.Speakers, DocumentJsonMapper.MapSpeaker, context.SpeakerJson);
        foreach ((LayerKey key, object? layer) in DocumentJsonMapper.WrittenLayers(document, options))
        {
            writer.WritePropertyName(key.Name);
            writer.WriteStartArray();
            if (layer is not null)
            {
                key.WriteJsonItems(writer, document, layer, FlushIfFull);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteArray<TItem, TJson>(Utf8JsonWriter writer, string name, AnnotationLayer<TItem> items, Func<TItem, TJson> map, JsonTypeInfo<TJson> typeInfo)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        for (int i = 0; i < items.Count; i++)
        {
            JsonSerializer.Serialize(writer, map(items[i]), typeInfo);
            FlushIfFull(writer);
        }

        writer.WriteEndArray();
    }

    private static void WriteTokens(Utf8JsonWriter writer, TokenTable tokens)
    {
        ReadOnlySpan<TokenRow> rows = tokens.Rows;
        writer.WriteStartObject();
        writer.WriteNumber("count", rows.Length);
        writer.WriteStartArray("starts");
        for (int i = 0; i < rows.Length; i++)
        {
            writer.WriteNumberValue(rows[i].Start);
            FlushIfFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("ends");
        for (int i = 0; i < rows.Length; i++)
        {
            writer.WriteNumberValue(rows[i].End);
            FlushIfFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("kinds");
        for (int i = 0; i < rows.Length; i++)
        {
            LosslessStringConverter.WriteValue(writer, WireNames.Of(rows[i].Kind));
            FlushIfFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("traits");
        for (int i = 0; i < rows.Length; i++)
        {
            writer.WriteNumberValue((int)rows[i].Traits);
            FlushIfFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The text as one JSON string, in segments (a lone surrogate makes it take the lossless escaping path whole).</summary>
    private static void WriteText(Utf8JsonWriter writer, string text)
    {
        if (text.Length <= TextSegment || LosslessStringConverter.FirstLoneSurrogate(text) >= 0)
        {
            LosslessStringConverter.WriteValue(writer, text);
            return;
        }

        for (int start = 0; start < text.Length;)
        {
            int end = Math.Min(text.Length, start + TextSegment);
            if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
            {
                end--; // never split a surrogate pair between segments
            }

            writer.WriteStringValueSegment(text.AsSpan(start, end - start), isFinalSegment: end == text.Length);
            FlushIfFull(writer);
            start = end;
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            LosslessStringConverter.WriteValue(writer, value);
        }
    }

    private static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushBytes)
        {
            writer.Flush();
        }
    }
}
