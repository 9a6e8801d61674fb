using System.Text;
using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance;
using NewsNlp.Serialization;
using NewsNlp.Serialization.Model;
using NewsNlp.Tests.Seeds;

namespace NewsNlp.Tests.Serialization;

public sealed class NewsDocumentJsonTests
{
    [Fact]
    public void Writes_every_layer_with_offsets_that_slice_the_text()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        using JsonDocument json = JsonDocument.Parse(NewsDocumentJson.Serialize(doc));
        JsonElement root = json.RootElement;

        Assert.Equal(NewsDocumentJson.SchemaId, root.GetProperty("schema").GetString());
        Assert.Equal("fixture", root.GetProperty("id").GetString());
        Assert.Equal(doc.Text.Length, root.GetProperty("textLength").GetInt32());
        string text = root.GetProperty("text").GetString()!;
        Assert.Equal(doc.Text, text);
        Assert.Equal("Talks", root.GetProperty("metadata").GetProperty("headline").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("metadata").GetProperty("source").ValueKind);
        Assert.Equal("Aid will reach Aleppo", root.GetProperty("metadata").GetProperty("stanceTargets")[0].GetString());
        Assert.Contains("quotes", root.GetProperty("produced").EnumerateArray().Select(e => e.GetString()));
        Assert.False(root.TryGetProperty("tokens", out _), "tokens are omitted by default");

        JsonElement sentences = root.GetProperty("sentences");
        Assert.Equal(doc.Sentences.Count, sentences.GetArrayLength());
        Assert.Equal(doc.Paragraphs.Count, root.GetProperty("paragraphs").GetArrayLength());
        foreach (JsonElement s in sentences.EnumerateArray())
        {
            int start = s.GetProperty("start").GetInt32(), end = s.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, end);
            Assert.Equal(doc.Tokens[s.GetProperty("firstToken").GetInt32()].Start, start);
            Assert.Equal(doc.Tokens[s.GetProperty("endToken").GetInt32() - 1].End, end);
        }

        JsonElement entities = root.GetProperty("entities");
        Assert.Equal(4, entities.GetArrayLength());
        JsonElement anna = entities[1];
        Assert.Equal("PERSON", anna.GetProperty("type").GetString());
        Assert.Equal("Anna Berg", Slice(text, anna));
        Assert.Equal("Anna Berg", anna.GetProperty("text").GetString());
        Assert.Equal(0, anna.GetProperty("entityId").GetInt32());
        Assert.Equal(-1, entities[0].GetProperty("entityId").GetInt32());
        Assert.Equal(0.8, anna.GetProperty("confidence").GetDouble());
        Assert.Equal("test", anna.GetProperty("producer").GetString());
        Assert.Equal(["LOC", "PERSON", "ORG", "LOC"], entities.EnumerateArray().Select(e => e.GetProperty("type").GetString()));

        JsonElement cluster = root.GetProperty("entityClusters")[0];
        Assert.Equal("Anna Berg", cluster.GetProperty("canonicalName").GetString());
        Assert.Equal(1, cluster.GetProperty("mentions")[0].GetInt32());

        JsonElement quotes = root.GetProperty("quotes");
        Assert.Equal(2, quotes.GetArrayLength());
        JsonElement direct = quotes[0];
        Assert.Equal("direct", direct.GetProperty("kind").GetString());
        JsonElement content = direct.GetProperty("content")[0];
        Assert.Equal("“We are not leaving,”", Slice(text, content));
        Assert.Equal(Slice(text, content), content.GetProperty("text").GetString());
        Assert.Equal("said", Slice(text, direct.GetProperty("cue")));
        Assert.Equal("Anna Berg", Slice(text, direct.GetProperty("source")));
        Assert.Equal("Anna Berg", direct.GetProperty("speaker").GetString());
        Assert.Equal(0, direct.GetProperty("speakerId").GetInt32());
        Assert.Equal("cue-after-quote", direct.GetProperty("decidedBy").GetString());
        Assert.Equal("indirect", quotes[1].GetProperty("kind").GetString());
        Assert.Equal("She", Slice(text, quotes[1].GetProperty("source")));

        JsonElement speaker = root.GetProperty("speakers")[0];
        Assert.Equal("Anna Berg", speaker.GetProperty("name").GetString());
        Assert.Equal("PERSON", speaker.GetProperty("type").GetString());
        Assert.Equal([0, 1], speaker.GetProperty("quoteIds").EnumerateArray().Select(e => e.GetInt32()));

        JsonElement stances = root.GetProperty("stances");
        Assert.Equal(JsonValueKind.Null, stances[0].GetProperty("quoteId").ValueKind);
        Assert.Equal("discuss", stances[0].GetProperty("label").GetString());
        Assert.Equal(1, stances[1].GetProperty("quoteId").GetInt32());
        Assert.Equal(0.7, stances[1].GetProperty("probabilities").GetProperty("agree").GetDouble());
    }

    [Fact]
    public void Quote_without_cue_or_speaker_writes_nulls_so_the_shape_stays_stable()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        doc.Quotes.Set(0, doc.Quotes[0] with { Cue = null, Source = null, SpeakerId = null, SpeakerName = null });
        using JsonDocument json = JsonDocument.Parse(NewsDocumentJson.Serialize(doc));
        JsonElement q = json.RootElement.GetProperty("quotes")[0];
        foreach (string name in (string[])["cue", "source", "speakerId", "speaker"])
        {
            Assert.Equal(JsonValueKind.Null, q.GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public void Tokens_are_written_in_columns_when_asked_and_rebuild_the_text()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        using JsonDocument json = JsonDocument.Parse(NewsDocumentJson.Serialize(doc, new NewsDocumentJsonOptions { IncludeTokens = true, IncludeText = false }));
        JsonElement root = json.RootElement;
        Assert.False(root.TryGetProperty("text", out _));
        JsonElement tokens = root.GetProperty("tokens");
        int count = tokens.GetProperty("count").GetInt32();
        Assert.Equal(doc.Tokens.Count, count);
        int[] starts = [.. tokens.GetProperty("starts").EnumerateArray().Select(e => e.GetInt32())];
        int[] ends = [.. tokens.GetProperty("ends").EnumerateArray().Select(e => e.GetInt32())];
        string[] kinds = [.. tokens.GetProperty("kinds").EnumerateArray().Select(e => e.GetString()!)];
        Assert.Equal(count, starts.Length);
        Assert.Equal(count, ends.Length);
        Assert.Equal(count, kinds.Length);
        Assert.Equal(count, tokens.GetProperty("traits").GetArrayLength());
        var rebuilt = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < count; i++)
        {
            Assert.True(string.IsNullOrWhiteSpace(doc.Text[previous..starts[i]]), "only whitespace between tokens");
            rebuilt.Append(doc.Text, previous, ends[i] - previous);
            previous = ends[i];
        }

        rebuilt.Append(doc.Text, previous, doc.Text.Length - previous);
        Assert.Equal(doc.Text, rebuilt.ToString());
        Assert.Contains("quote", kinds);
        Assert.Contains("word", kinds);
    }

    [Fact]
    public void Indented_output_is_the_same_document()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        string compact = NewsDocumentJson.Serialize(doc);
        string indented = NewsDocumentJson.Serialize(doc, new NewsDocumentJsonOptions { Indented = true });
        Assert.DoesNotContain('\n', compact);
        Assert.Contains('\n', indented);
        Assert.Equal(Normalize(compact), Normalize(indented));
    }

    [Fact]
    public void Deserialize_reads_back_what_serialize_wrote()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        DocumentJson back = NewsDocumentJson.Deserialize(NewsDocumentJson.Serialize(doc, new NewsDocumentJsonOptions { IncludeTokens = true }));
        Assert.Equal(doc.Text, back.Text);
        Assert.Equal(doc.Tokens.Count, back.Tokens!.Count);
        Assert.Equal(doc.Entities.Count, back.Entities.Count);
        Assert.Equal(doc.Quotes[1].Content[0].Start, back.Quotes[1].Content[0].Start);
        Assert.Equal("Anna Berg", back.Speakers[0].Name);
        Assert.Equal(0.6, back.Stances[0].Probabilities.Discuss);

        using var stream = new MemoryStream(NewsDocumentJson.SerializeToUtf8Bytes(doc));
        Assert.Equal(doc.Quotes.Count, NewsDocumentJson.Deserialize(stream).Quotes.Count);
    }

    [Fact]
    public void Deserialize_rejects_json_that_is_not_a_document()
    {
        Assert.Throws<JsonException>(() => NewsDocumentJson.Deserialize("""{"schema":"something/else"}"""));
        Assert.Throws<JsonException>(() => NewsDocumentJson.Deserialize("[1,2]"));
        Assert.Throws<JsonException>(() => NewsDocumentJson.Deserialize("null"));
    }

    [Fact]
    public void Writes_to_a_utf8_json_writer_and_a_stream()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            NewsDocumentJson.Write(doc, writer);
            NewsDocumentJson.Write(doc, writer);
            writer.WriteEndArray();
        }

        using JsonDocument json = JsonDocument.Parse(buffer.ToArray());
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal("fixture", json.RootElement[1].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("bad \\ud800 surrogate and \\udc00 low one, “quoted” \u0000 nul")]
    public void Odd_text_serializes_to_valid_json(string text)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);   // lone surrogates cannot live in attribute data
        NewsDocument doc = NewsPipeline.CreateDefault().Process(text);
        string output = NewsDocumentJson.Serialize(doc, new NewsDocumentJsonOptions { IncludeTokens = true });
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(text.Length, json.RootElement.GetProperty("textLength").GetInt32());
        Assert.Equal(doc.Tokens.Count, json.RootElement.GetProperty("tokens").GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("{\"schema\": null, \"text\": \"x\"}")]
    [InlineData("null")]
    [InlineData("{\"schema\": \"other/1\"}")]
    public void Json_that_is_not_a_newsnlp_document_is_refused_with_a_json_exception(string json)
    {
        Assert.Throws<JsonException>(() => NewsDocumentJson.Deserialize(json));
    }

    // Attribute arguments are stored as UTF-8, which cannot hold a lone surrogate: these strings are built in code.
    public static TheoryData<string> LoneSurrogateTexts => new()
    {
        "bad \ud800 surrogate and \udc00 low one",
        "\udbff",
        "pair \ud83d\ude00 then lone \ud83d, \"quote\" \\ back\u0001slash \u2028",
        "reversed \udc00\ud800 pair",
    };

    [Theory]
    [MemberData(nameof(LoneSurrogateTexts), DisableDiscoveryEnumeration = true)]
    public void Lone_surrogates_survive_a_json_round_trip(string text)
    {
        Assert.Equal(-1, text.IndexOf('\ufffd', StringComparison.Ordinal));   // the test data itself kept its surrogates
        NewsDocument doc = NewsPipeline.CreateDefault().Process(text);
        string output = NewsDocumentJson.Serialize(doc, new NewsDocumentJsonOptions { IncludeTokens = true });
        using (JsonDocument.Parse(output))
        {
            // valid JSON
        }

        Assert.Equal(text, NewsDocumentJson.Deserialize(output).Text);
        using var utf8 = new MemoryStream(NewsDocumentJson.SerializeToUtf8Bytes(doc));
        Assert.Equal(text, NewsDocumentJson.Deserialize(utf8).Text);
    }

    [Theory]
    [MemberData(nameof(SeedArticle.NameData), MemberType = typeof(SeedArticle))]
    public void Seed_article_through_the_default_pipeline_serializes_with_consistent_offsets(string name)
    {
        SeedArticle seed = SeedArticle.Load(name);
        NewsDocument doc = NewsPipeline.CreateDefault().Process(seed.Text, new DocumentMetadata { Id = name });
        using JsonDocument json = JsonDocument.Parse(NewsDocumentJson.SerializeToUtf8Bytes(doc));
        JsonElement root = json.RootElement;
        Assert.Equal(seed.Text, root.GetProperty("text").GetString());
        Assert.True(root.GetProperty("sentences").GetArrayLength() > 10);
        Assert.True(root.GetProperty("paragraphs").GetArrayLength() > 10);
        foreach (JsonElement e in root.GetProperty("entities").EnumerateArray())
        {
            Assert.Equal(e.GetProperty("text").GetString(), Slice(seed.Text, e));
        }

        foreach (JsonElement q in root.GetProperty("quotes").EnumerateArray())
        {
            foreach (JsonElement c in q.GetProperty("content").EnumerateArray())
            {
                Assert.Equal(c.GetProperty("text").GetString(), Slice(seed.Text, c));
            }
        }
    }

    private static string Slice(string text, JsonElement span) =>
        text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];

    private static string Normalize(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(doc.RootElement);
    }
}
