using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Serialization.Model;

namespace NewsNlp.Serialization;

/// <summary>
/// Writes a processed <see cref="NewsDocument"/> as JSON (System.Text.Json, source-generated) in the stable shape
/// documented in <c>docs/json-format.md</c>, and reads it back as a <see cref="DocumentJson"/>.
/// </summary>
/// <example>
/// <code>
/// NewsDocument doc = pipeline.Process(text);
/// string json = NewsDocumentJson.Serialize(doc, new NewsDocumentJsonOptions { Indented = true });
/// </code>
/// </example>
public static class NewsDocumentJson
{
    /// <summary>The schema identifier written in every document (<c>schema</c> field). The number changes only on breaking changes.</summary>
    public const string SchemaId = "newsnlp.document/2";

    /// <summary>Converts <paramref name="document"/> to the JSON model without writing it.</summary>
    public static DocumentJson ToModel(NewsDocument document, NewsDocumentJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return DocumentJsonMapper.Map(document, options ?? NewsDocumentJsonOptions.Default);
    }

    /// <summary>Serializes <paramref name="document"/> to a JSON string.</summary>
    public static string Serialize(NewsDocument document, NewsDocumentJsonOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Serialize(document, buffer, options);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Serializes <paramref name="document"/> to UTF-8 bytes.</summary>
    public static byte[] SerializeToUtf8Bytes(NewsDocument document, NewsDocumentJsonOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Serialize(document, buffer, options);
        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="document"/> as UTF-8 JSON to <paramref name="utf8Json"/> (no trailing newline; the stream stays open).</summary>
    public static void Serialize(NewsDocument document, Stream utf8Json, NewsDocumentJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= NewsDocumentJsonOptions.Default;
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions(options));
        Write(document, writer, options);
    }

    /// <summary>
    /// Writes <paramref name="document"/> to <paramref name="writer"/> (indentation follows the writer's options). The
    /// JSON is written element by element from the document and the writer is flushed every 64 KiB, so memory does not
    /// grow with the output: the same bytes as serializing <see cref="ToModel"/>.
    /// </summary>
    public static void Write(NewsDocument document, Utf8JsonWriter writer, NewsDocumentJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        DocumentJsonStreamWriter.Write(document, writer, options ?? NewsDocumentJsonOptions.Default);
    }

    /// <summary>Reads a document written by this class.</summary>
    /// <exception cref="JsonException">The JSON is malformed or not a NewsNlp document.</exception>
    public static DocumentJson Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Check(JsonSerializer.Deserialize(json, NewsNlpJsonContext.Default.DocumentJson));
    }

    /// <summary>Reads a document written by this class from a UTF-8 stream.</summary>
    /// <exception cref="JsonException">The JSON is malformed or not a NewsNlp document.</exception>
    public static DocumentJson Deserialize(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Check(JsonSerializer.Deserialize(utf8Json, NewsNlpJsonContext.Default.DocumentJson));
    }

    private static DocumentJson Check(DocumentJson? model)
    {
        // "schema": null (or a JSON null document) is not a NewsNlp document either: found by fuzzing (fuzz/run.sh json).
        if (model?.Schema is not { } schema || !schema.StartsWith("newsnlp.document/", StringComparison.Ordinal))
        {
            throw new JsonException($"Not a NewsNlp document: expected \"schema\": \"{SchemaId}\".");
        }

        return model;
    }

    private static JsonWriterOptions WriterOptions(NewsDocumentJsonOptions options) => new()
    {
        Indented = options.Indented,
        // Keeps curly quotes and accented letters readable; the output is JSON, never embedded in HTML or script.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
