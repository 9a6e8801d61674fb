using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Serialization;

/// <summary>
/// The document JSON is written element by element from the document (<c>NewsDocumentJson.Write</c>) instead of
/// serializing a whole <c>DocumentJson</c> model: the bytes must be exactly those of the model, in every option, on
/// annotated documents, on the seeds through the default pipeline, on text long enough to be written in segments, and
/// with lone surrogates; and the writer must hand its bytes on while it writes instead of holding the whole output.
/// </summary>
public class StreamingJsonTests
{
    // The text is written as given (a backslash between two words stays one): these tests check JSON escaping, not feed markup.
    private static readonly Lazy<NewsPipeline> Pipeline = new(() => NewsPipelineBuilder.CreateDefault().Configure(o => o.NeutralizeFeedMarkup = false).Build());

    public static TheoryData<bool, bool, bool> Options()
    {
        var data = new TheoryData<bool, bool, bool>();
        foreach (bool text in (bool[])[true, false])
        {
            foreach (bool tokens in (bool[])[true, false])
            {
                foreach (bool indented in (bool[])[true, false])
                {
                    data.Add(text, tokens, indented);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void The_annotated_fixture_is_written_as_its_model(bool text, bool tokens, bool indented)
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        var options = new NewsDocumentJsonOptions { IncludeText = text, IncludeTokens = tokens, Indented = indented };
        Assert.Equal(ViaModel(doc, options), Streamed(doc, options));
    }

    [Theory]
    [MemberData(nameof(Options))]
    public void Seed_articles_through_the_pipeline_are_written_as_their_model(bool text, bool tokens, bool indented)
    {
        var options = new NewsDocumentJsonOptions { IncludeText = text, IncludeTokens = tokens, Indented = indented };
        string[] seeds = SeedFiles();
        Assert.NotEmpty(seeds);
        foreach (string file in seeds)
        {
            NewsDocument doc = Pipeline.Value.Process(File.ReadAllText(file), new DocumentMetadata { Id = Path.GetFileName(file), StanceTargets = ["The strike will end"] });
            Assert.Equal(ViaModel(doc, options), Streamed(doc, options));
        }
    }

    [Fact]
    public void A_long_text_written_in_segments_is_the_same_string()
    {
        // Longer than a segment (16 Ki characters), with escapes, an astral pair on a segment edge and non-ASCII letters.
        var text = new StringBuilder();
        while (text.Length < 16_383)
        {
            text.Append("“Tab\there,” said Zoë \"Z\" Smith\\Jones.\n\n");
        }

        text.Length = 16_383;
        text.Append("😀 and more text after the edge. ");
        while (text.Length < 100_000)
        {
            text.Append("Ünïcode, \u2028 line separators, control \u0001 characters. ");
        }

        NewsDocument doc = Pipeline.Value.Process(text.ToString());
        var options = new NewsDocumentJsonOptions { IncludeTokens = true };
        string streamed = Streamed(doc, options);
        Assert.Equal(ViaModel(doc, options), streamed);
        Assert.Equal(text.ToString(), NewsDocumentJson.Deserialize(streamed).Text);
    }

    [Fact]
    public void A_long_text_with_a_lone_surrogate_keeps_it()
    {
        string text = string.Concat(Enumerable.Repeat("The minister said the talks would resume. ", 1000)) + "\uD800 end.";
        NewsDocument doc = Pipeline.Value.Process(text);
        string streamed = Streamed(doc, NewsDocumentJsonOptions.Default);
        Assert.Equal(ViaModel(doc, NewsDocumentJsonOptions.Default), streamed);
        Assert.Equal(text, NewsDocumentJson.Deserialize(streamed).Text);
    }

    [Fact]
    public void The_writer_hands_on_its_bytes_while_writing()
    {
        // 200 KB of text and thousands of annotations: the stream must see many writes, none much larger than the
        // flush threshold (the whole document in one buffer would be one write of the whole output).
        string text = string.Concat(Enumerable.Repeat("“We will win the vote,” said John Smith of the Labour Party in London. ", 3000));
        NewsDocument doc = Pipeline.Value.Process(text);
        using var stream = new RecordingStream();
        NewsDocumentJson.Serialize(doc, stream, new NewsDocumentJsonOptions { IncludeTokens = true });
        Assert.True(stream.Length > 1_000_000, $"output {stream.Length} bytes");
        Assert.True(stream.Writes > 10, $"{stream.Writes} writes");
        Assert.True(stream.LargestWrite < 4 * 65_536, $"largest write {stream.LargestWrite} bytes");
    }

    private static string ViaModel(NewsDocument doc, NewsDocumentJsonOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = options.Indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(writer, NewsDocumentJson.ToModel(doc, options), NewsNlpJsonContext.Default.DocumentJson);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Streamed(NewsDocument doc, NewsDocumentJsonOptions options) => NewsDocumentJson.Serialize(doc, options);

    private static string[] SeedFiles()
    {
        string root = typeof(StreamingJsonTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
        return [.. Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal)];
    }

    private sealed class RecordingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Record(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Record(buffer.Length);
            base.Write(buffer);
        }

        private void Record(int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
        }
    }
}
