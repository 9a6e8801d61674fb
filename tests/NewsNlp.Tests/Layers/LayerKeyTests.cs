using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Rendering;
using NewsNlp.Serialization;
using NewsNlp.Serialization.Model;
using NewsNlp.Stance;
using NewsNlp.Tests.Serialization;

namespace NewsNlp.Tests.Layers;

/// <summary>
/// A package adds its own annotation layer under a typed key: the core stores it without knowing its type, writes it to
/// the document JSON after the core's properties (streamed and model bytes identical), reads it back as JSON, and lets
/// it add a column, badges and a section to the HTML page. Stance is such a layer.
/// </summary>
public class LayerKeyTests
{
    private sealed record Claim(string Text, int QuoteId);

    private static readonly LayerKey<Claim> Claims = new("claims")
    {
        Json = static (writer, _, claim) =>
        {
            writer.WriteStartObject();
            writer.WriteString("text", claim.Text);
            writer.WriteNumber("quoteId", claim.QuoteId);
            writer.WriteEndObject();
        },
        Html = static document => new ClaimView(document),
    };

    private static readonly LayerKey<Claim> Unwritten = new("scratch");

    [Fact]
    public void TryGetLayer_never_creates_a_layer()
    {
        var doc = new NewsDocument("Text.");
        Assert.False(doc.TryGetLayer(Claims, out AnnotationLayer<Claim>? layer));
        Assert.Null(layer);
        Assert.Empty(doc.LayerKeys);
        Assert.Empty(doc.Stances);
        Assert.Empty(doc.LayerKeys);
    }

    [Fact]
    public void GetOrAddLayer_returns_one_layer_per_key_in_the_order_added()
    {
        var doc = new NewsDocument("Text.");
        AnnotationLayer<Claim> first = doc.GetOrAddLayer(Claims);
        first.Add(new Claim("a", 0));
        doc.GetOrAddLayer(StanceLayer.Key);
        Assert.Same(first, doc.GetOrAddLayer(Claims));
        Assert.True(doc.TryGetLayer(Claims, out AnnotationLayer<Claim>? again));
        Assert.Same(first, again);
        Assert.Equal(["claims", "stances"], doc.LayerKeys.Select(k => k.Name));
    }

    [Fact]
    public void A_name_the_core_writes_is_refused()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new LayerKey<Claim>("quotes"));
        Assert.Contains("'quotes'", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new LayerKey<Claim>(" "));
    }

    [Fact]
    public void Two_keys_with_one_name_cannot_both_add_a_layer_to_a_document()
    {
        var other = new LayerKey<string>("claims");
        var doc = new NewsDocument("Text.");
        doc.GetOrAddLayer(Claims);
        ArgumentException error = Assert.Throws<ArgumentException>(() => doc.GetOrAddLayer(other));
        Assert.Contains("'claims'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_package_layer_is_written_after_the_core_properties_and_read_back(bool indented)
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        doc.GetOrAddLayer(Claims).Add(new Claim("Aid will \"reach\" Aleppo", 1));
        doc.GetOrAddLayer(Unwritten).Add(new Claim("kept in memory only", 0));
        var options = new NewsDocumentJsonOptions { Indented = indented };

        string json = NewsDocumentJson.Serialize(doc, options);
        Assert.Equal(ViaModel(doc, options), json);
        using JsonDocument parsed = JsonDocument.Parse(json);
        string[] names = [.. parsed.RootElement.EnumerateObject().Select(p => p.Name)];
        Assert.Equal(["speakers", "stances", "claims"], names[^3..]);
        Assert.DoesNotContain("scratch", names);

        DocumentJson back = NewsDocumentJson.Deserialize(json);
        JsonElement claims = back.Layers!["claims"];
        Assert.Equal("Aid will \"reach\" Aleppo", claims[0].GetProperty("text").GetString());
        Assert.Equal(2, back.Stances.Count);
        Assert.Equal(StanceLabel.Agree.ToFncString(), back.Stances[1].Label);
    }

    [Fact]
    public void AlwaysWrittenLayers_are_written_first_and_as_empty_arrays_when_missing()
    {
        var doc = new NewsDocument("Text.");
        doc.GetOrAddLayer(Claims).Add(new Claim("c", 0));
        Assert.DoesNotContain("\"stances\"", NewsDocumentJson.Serialize(doc), StringComparison.Ordinal);

        var options = new NewsDocumentJsonOptions { AlwaysWrittenLayers = [StanceLayer.Key] };
        string json = NewsDocumentJson.Serialize(doc, options);
        Assert.EndsWith("\"speakers\":[],\"stances\":[],\"claims\":[{\"text\":\"c\",\"quoteId\":0}]}", json, StringComparison.Ordinal);
        Assert.Equal(ViaModel(doc, options), json);
        Assert.Equal(["claims"], doc.LayerKeys.Select(k => k.Name)); // writing added no layer
    }

    [Fact]
    public void A_stance_target_with_a_lone_surrogate_round_trips_streamed_and_becomes_U_FFFD_in_the_model()
    {
        var doc = new NewsDocument("Text.");
        string target = "Claim \uD800 here";
        doc.GetOrAddLayer(StanceLayer.Key).Add(new StanceAnnotation { Target = target, Label = StanceLabel.Discuss, Probabilities = [0.1, 0.1, 0.7, 0.1], Producer = "test" });

        string streamed = NewsDocumentJson.Serialize(doc);
        Assert.Contains("Claim \\uD800 here", streamed, StringComparison.Ordinal);
        Assert.Equal(target, NewsDocumentJson.Deserialize(streamed).Stances[0].Target);
        // A JsonElement cannot write a lone surrogate back: the model (ToModel) has U+FFFD there, and nothing else differs.
        Assert.Equal(streamed.Replace("\\uD800", "\uFFFD", StringComparison.Ordinal), ViaModel(doc, NewsDocumentJsonOptions.Default));
        doc.GetOrAddLayer(StanceLayer.Key).Add(new StanceAnnotation { Target = "Paired \uD83D\uDE00 and escaped \\uD800 text", Label = StanceLabel.Agree, Probabilities = [1, 0, 0, 0], Producer = "test" });
        string both = NewsDocumentJson.Serialize(doc);
        Assert.Equal(both.Replace("Claim \\uD800", "Claim \uFFFD", StringComparison.Ordinal), ViaModel(doc, NewsDocumentJsonOptions.Default));
    }

    [Fact]
    public void A_package_layer_adds_its_column_badges_and_section_to_the_html_page()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        doc.GetOrAddLayer(Claims).Add(new Claim("<b>claim</b>", 1));
        string html = HtmlRenderer.Render(doc);
        Assert.Contains("<th>Claims &amp; co</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1 claim</td>", html, StringComparison.Ordinal); // Anna Berg's row
        Assert.Contains("<span class=\"claim\">&lt;b&gt;claim&lt;/b&gt;</span>", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"claims\">2 quotes</section>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>claim</b>", html, StringComparison.Ordinal);
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

    private sealed class ClaimView(NewsDocument document) : HtmlLayerView
    {
        private readonly AnnotationLayer<Claim> _claims = document.GetOrAddLayer(Claims);

        public override string? SpeakerColumnTitle => "Claims & co";

        public override void WriteSpeakerCell(Speaker speaker, TextWriter writer) =>
            writer.Write($"{_claims.Count(c => speaker.QuoteIds.Contains(c.QuoteId))} claim");

        public override void WriteQuoteBadges(Quote quote, TextWriter writer)
        {
            foreach (Claim c in _claims.Where(c => c.QuoteId == quote.Id))
            {
                writer.Write("<span class=\"claim\">");
                WriteText(writer, c.Text);
                writer.Write("</span>");
            }
        }

        public override void WriteSection(TextWriter writer) => writer.Write($"<section id=\"claims\">{document.Quotes.Count} quotes</section>");
    }
}
