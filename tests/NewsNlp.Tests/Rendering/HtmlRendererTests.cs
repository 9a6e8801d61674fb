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
        Assert.Equal(doc.Entities.Count, Count(html, "<span class=\"ent ent-") - 4 /* legend */ - doc.Entities.Select(e => e.Type).Distinct().Count() /* entity list */);
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

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    [GeneratedRegex("<article class=\"text\" id=\"text\">(.*?)</article>", RegexOptions.Singleline)]
    private static partial Regex ArticleRegex();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagRegex();
}
