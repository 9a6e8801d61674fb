using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Output;

/// <summary>
/// Writes analysed documents as one JSON document, a JSON array, or JSONL (one a line, flushed line by line), and a
/// failed document as an error record <c>{"id":…,"error":{"code":…,"message":…}}</c> in its place, so the n-th
/// record always belongs to the n-th input. Write failures (broken pipe, full disk) surface as <see cref="IOException"/>.
/// A document is written as it is serialized, through a 64 KiB buffer (the whole output is never held in memory);
/// JSONL is flushed at the end of each line.
/// </summary>
internal sealed class DocumentSink : IDisposable
{
    private static readonly byte[] NewLine = [(byte)'\n'];
    private readonly Stream _stream;
    private readonly bool _jsonl;
    private readonly NewsDocumentJsonOptions _options;
    private readonly JsonWriterOptions _writerOptions;
    private readonly Utf8JsonWriter? _arrayWriter;

    public DocumentSink(Stream stream, bool jsonl, bool array, bool indented, NewsDocumentJsonOptions options)
    {
        // The document writer hands on 64 KiB at a time; the buffer keeps that to a few writes on an unbuffered stdout.
        _stream = new BufferedStream(stream, 1 << 16);
        _jsonl = jsonl;
        _options = options with { Indented = indented };
        _writerOptions = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        if (array)
        {
            _arrayWriter = new Utf8JsonWriter(stream, _writerOptions);
            _arrayWriter.WriteStartArray();
        }
    }

    /// <summary>Writes one analysed document.</summary>
    public void Write(NewsDocument document)
    {
        if (_arrayWriter is not null)
        {
            NewsDocumentJson.Write(document, _arrayWriter, _options);
            _arrayWriter.Flush();
            return;
        }

        NewsDocumentJson.Serialize(document, _stream, _options);
        EndRecord();
    }

    /// <summary>Writes the error record of a document that could not be read or processed.</summary>
    public void WriteError(string id, string code, string message)
    {
        if (_arrayWriter is not null)
        {
            WriteErrorObject(_arrayWriter, id, code, message);
            _arrayWriter.Flush();
            return;
        }

        using (var json = new Utf8JsonWriter(_stream, _writerOptions))
        {
            WriteErrorObject(json, id, code, message);
        }

        EndRecord();
    }

    /// <summary>Closes the array (if any) and flushes.</summary>
    public void Finish()
    {
        if (_arrayWriter is not null)
        {
            _arrayWriter.WriteEndArray();
            _arrayWriter.Flush();
            _stream.Write(NewLine);
        }

        _stream.Flush();
    }

    /// <summary>Disposes the array writer; the output stream stays open (its owner closes it).</summary>
    public void Dispose() => _arrayWriter?.Dispose();

    private static void WriteErrorObject(Utf8JsonWriter json, string id, string code, string message)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteStartObject("error");
        json.WriteString("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void EndRecord()
    {
        _stream.Write(NewLine);
        if (_jsonl)
        {
            // Line by line, so a closed pipe or a full disk is noticed at the document that hit it.
            _stream.Flush();
        }
    }
}
