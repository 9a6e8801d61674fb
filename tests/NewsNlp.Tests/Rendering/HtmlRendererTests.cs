using System.Text.RegularExpressions;
using NewsNlp.Documents;
using NewsNlp.Rendering;
using NewsNlp.Tests.Serialization;

namespace NewsNlp.Tests.Rendering;

public sealed partial class HtmlRendererTests
{
    internal const string Hostile = "<script>alert('x')</script> & \"quoted\" </span><b>bold</b>\n\n";

    [Fact]
    public void Article_text_is_escaped_everywhere()
    {
        NewsDocument doc = DocumentFixtures.Annotated(Hostile + DocumentFixtures.Text, new DocumentMetadata { Id = "<id>", Headline = "<h1>Head</h1>" });
        string html = HtmlRenderer.Render(doc);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>Head", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quoted&quot; &lt;/span&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;id&gt;", html, StringComparison.Ordinal);
        Assert.Equal(Count(html, "<span"), Count(html, "</span>"));
    }

    [Fact]
    public void Entities_quotes_cues_sources_and_the_speaker_table_are_marked()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        string html = HtmlRenderer.Render(doc);
        Assert.Matches("<span class=\"ent ent-person\" data-type=\"PERSON\"[^>]*>Anna Berg</span>", html);
        Assert.Matches("<span class=\"ent ent-loc\" data-type=\"LOC\"[^>]*>Geneva</span>", html);
        Assert.Matches("<span class=\"ent ent-org\" data-type=\"ORG\"[^>]*>Red Cross</span>", html);
        Assert.Matches("<span class=\"quote q-direct spk-0\" data-quote=\"0\"[^>]*>“We are not leaving,”</span>", html);
        Assert.Matches("<span class=\"cue spk-0\" data-quote=\"0\"[^>]*>said</span>", html);
        Assert.Matches("<span class=\"src spk-0\" data-quote=\"0\"[^>]*><span class=\"ent ent-person\"[^>]*>Anna Berg</span></span>", html);
        Assert.Contains("<tr class=\"speaker spk-0\" data-speaker=\"0\">", html, StringComparison.Ordinal);
        Assert.Contains("stance-agree", html, StringComparison.Ordinal);
        Assert.Contains("id=\"stance\"", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(Count(html, "<span"), Count(html, "</span>"));
    }

    [Fact]
    public void Text_outside_marks_is_kept_exactly_once()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        string html = HtmlRenderer.Render(doc, new HtmlRenderOptions { IncludeSpeakerTable = false, IncludeEntityList = false });
        Match article = ArticleRegex().Match(html);
        Assert.True(article.Success);
        string visible = System.Net.WebUtility.HtmlDecode(TagRegex().Replace(article.Groups[1].Value, ""));
        Assert.Equal(doc.Text, visible);
    }

    [Fact]
    public void Crossing_and_out_of_range_spans_still_give_balanced_markup()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        // A quote whose content crosses an entity boundary, and a span beyond the text.
        doc.Quotes.Add(doc.Quotes[0] with { Id = 7, Content = [new TextSpan(5, 20), new TextSpan(doc.Text.Length - 3, doc.Text.Length + 50)], SpeakerId = null, SpeakerName = null });
        string html = HtmlRenderer.Render(doc);
        Assert.Equal(Count(html, "<span"), Count(html, "</span>"));
        Assert.Contains("(unattributed)", html, StringComparison.Ordinal);
        Match article = ArticleRegex().Match(html);
        Assert.Equal(doc.Text, System.Net.WebUtility.HtmlDecode(TagRegex().Replace(article.Groups[1].Value, "")));
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_become_replacement_characters()
    {
        NewsDocument doc = NewsNlp.Pipeline.NewsPipeline.CreateDefault().Process("a\u0000b \ud800 c \U0001F600 d\u0007");
        string html = HtmlRenderer.Render(doc);
        Assert.DoesNotContain('\u0000', html);
        Assert.DoesNotContain('\u0007', html);
        Assert.Contains("&#x1F600;", html, StringComparison.Ordinal);   // astral characters as numeric references (HtmlEncoder)
        Assert.Contains("a\uFFFDb", html, StringComparison.Ordinal);
        for (int i = 0; i < html.Length; i++)
        {
            if (char.IsHighSurrogate(html[i]))
            {
                Assert.True(i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]), "lone high surrogate in output");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(html[i]), "lone low surrogate in output");
            }
        }
    }

    [Fact]
    public void Seed_article_renders_with_the_default_pipeline()
    {
        Seeds.SeedArticle seed = Seeds.SeedArticle.Load("rotterdam-port-strike");
        NewsDocument doc = NewsNlp.Pipeline.NewsPipeline.CreateDefault().Process(seed.Text);
        string html = HtmlRenderer.Render(doc);
        Assert.Contains("<title>Dockworkers walk out at Rotterdam as automation talks collapse</title>", html, StringComparison.Ordinal);
        Assert.Equal(Count(html, "<span"), Count(html, "</span>"));
        Assert.Equal(doc.Entities.Count, Count(html, "<span class=\"ent ent-") - doc.Entities.Select(e => e.Type).Distinct().Count() /* entity list */);
        Assert.Equal(doc.Entities.Count, Count(html, " data-label=\""));   // one badge per entity, even where marks cross
    }

    [Fact]
    public void Entity_list_counts_linked_mentions_under_the_canonical_name()
    {
        NewsDocument doc = DocumentFixtures.Annotated(DocumentFixtures.Text + " Later Berg left.");
        int berg = doc.Entities.Count;
        TextSpan span = DocumentFixtures.Find(doc.Text, "Berg", fromEnd: true);
        doc.Entities.Add(new EntityMention
        {
            Span = span, FirstToken = doc.Tokens.IndexAtOrAfter(span.Start), EndToken = doc.Tokens.IndexAtOrAfter(span.Start) + 1,
            Type = EntityType.Person, Text = "Berg", Producer = "test", EntityId = 0,
        });
        doc.EntityClusters.Set(0, doc.EntityClusters[0] with { MentionIndexes = [1, berg] });
        string html = HtmlRenderer.Render(doc);
        Assert.Contains("Anna Berg <span class=\"count\">(2)</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_carry_one_label_badge_and_every_type_and_speaker_has_a_toggle()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        string html = HtmlRenderer.Render(doc);
        Assert.Matches("<span class=\"ent ent-person\" data-type=\"PERSON\" data-label=\"PER\"[^>]*>Anna Berg</span>", html);
        Assert.Matches("<span class=\"ent ent-org\" data-type=\"ORG\" data-label=\"ORG\"[^>]*>Red Cross</span>", html);
        Assert.Contains(".ent[data-label]::after{content:attr(data-label)", html, StringComparison.Ordinal);
        foreach (string id in (string[])["show-ent-person", "show-ent-org", "show-ent-loc", "show-ent-misc", "show-spk-0", "show-spk-none"])
        {
            Assert.Contains($"<input type=\"checkbox\" class=\"toggle\" id=\"{id}\" checked>", html, StringComparison.Ordinal);
            Assert.Contains($"for=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("#show-spk-0:not(:checked)~main .quote.spk-0{background:none;box-shadow:none}", html, StringComparison.Ordinal);
        Assert.Contains("#show-ent-person:not(:checked)~main .ent-person", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"show-ent-person\"", StringComparison.Ordinal) < html.IndexOf("<main>", StringComparison.Ordinal), "toggles must precede <main> for the sibling selectors");
    }

    [Fact]
    public void An_entity_split_by_a_crossing_quote_gets_its_badge_once_on_its_last_piece()
    {
        NewsDocument doc = DocumentFixtures.Annotated();
        EntityMention berg = doc.Entities.First(e => e.Text == "Anna Berg");
        // A quote ending inside "Anna Berg" splits the entity's mark in two.
        doc.Quotes.Add(doc.Quotes[0] with { Id = 9, Content = [new TextSpan(berg.Span.Start - 3, berg.Span.Start + 2)], SpeakerId = null, SpeakerName = null, Source = null, Cue = null });
        string html = HtmlRenderer.Render(doc, new HtmlRenderOptions { IncludeSpeakerTable = false, IncludeEntityList = false });
        Assert.Equal(doc.Entities.Count, Count(html, " data-label=\""));
        Assert.Matches("<span class=\"ent ent-person\" data-type=\"PERSON\" title=[^>]*>An</span>", html);
        Assert.Matches("<span class=\"ent ent-person\" data-type=\"PERSON\" data-label=\"PER\" title=[^>]*>na Berg</span>", html);
    }

    [Fact]
    public void Twenty_speakers_get_distinct_colours_clear_of_the_entity_tints()
    {
        var colours = Enumerable.Range(0, 20).Select(SpeakerColours.ColourOf).ToArray();
        for (int i = 0; i < colours.Length; i++)
        {
            Assert.False(SpeakerColours.NearEntityHue(colours[i].Hue), $"speaker {i} hue {colours[i].Hue} is an entity tint");
            for (int j = 0; j < i; j++)
            {
                double d = Math.Abs(colours[i].Hue - colours[j].Hue);
                double hueGap = Math.Min(d, 360 - d);
                Assert.True(hueGap >= 12 || Math.Abs(colours[i].Lightness - colours[j].Lightness) >= 10,
                    $"speakers {j} and {i} look alike: {colours[j]} vs {colours[i]}");
            }
        }

        Assert.Equal(20, Enumerable.Range(0, 20).Select(SpeakerColours.ClassOfIndex).Distinct().Count());
    }

    [Fact]
    public void Index_page_links_every_article_escapes_titles_and_lists_failures()
    {
        NewsDocument doc = DocumentFixtures.Annotated(DocumentFixtures.Text, new DocumentMetadata { Headline = "Talks <b>resume</b>" });
        RenderedArticle ok = HtmlIndexRenderer.Summarize(doc, "talks & more.html");
        var failed = new RenderedArticle("bad.html", "bad.txt", 0, 0, [], "binary <input>");
        string html;
        using (var writer = new StringWriter())
        {
            HtmlIndexRenderer.Render([ok, failed], writer, "Feed <x>");
            html = writer.ToString();
        }

        Assert.Contains("<a href=\"talks%20%26%20more.html\">Talks &lt;b&gt;resume&lt;/b&gt;</a>", html, StringComparison.Ordinal);
        Assert.Contains("Anna Berg", html, StringComparison.Ordinal);
        Assert.Contains("(failed: binary &lt;input&gt;)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"bad.html\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Feed &lt;x&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("1 articles rendered, 1 failed", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    [GeneratedRegex("<article class=\"text\" id=\"text\">(.*?)</article>", RegexOptions.Singleline)]
    private static partial Regex ArticleRegex();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagRegex();
}
