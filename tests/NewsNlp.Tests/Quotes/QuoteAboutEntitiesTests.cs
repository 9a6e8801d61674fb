using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes.Output;
using NewsNlp.Serialization;

namespace NewsNlp.Tests.Quotes;

public class QuoteAboutEntitiesTests
{
    private static EntityMention Mention(int start, int end, int entityId) => new()
    {
        Span = new TextSpan(start, end),
        FirstToken = 0,
        EndToken = 1,
        Type = EntityType.Person,
        Text = new string('x', end - start),
        Producer = "test",
        EntityId = entityId,
    };

    [Fact]
    public void Lists_linked_mentions_inside_the_content_once_in_order_of_first_mention()
    {
        EntityMention[] entities =
        [
            Mention(0, 5, 9),      // before the quote
            Mention(12, 17, 3),
            Mention(20, 25, -1),   // not linked
            Mention(30, 35, 1),
            Mention(38, 44, 3),    // repeated
            Mention(48, 52, 7),    // straddles the end of the first span
            Mention(60, 65, 5),    // in the second span
            Mention(80, 85, 6),    // after the quote
        ];
        TextSpan[] content = [new(10, 50), new(55, 70)];

        Assert.Equal([3, 1, 5], QuoteAboutEntities.Of(entities, content));
    }

    [Fact]
    public void Nothing_linked_inside_gives_an_empty_list()
    {
        Assert.Empty(QuoteAboutEntities.Of([], [new TextSpan(0, 10)]));
        Assert.Empty(QuoteAboutEntities.Of([Mention(2, 6, -1)], [new TextSpan(0, 10)]));
    }

    [Fact]
    public void The_default_pipeline_says_whom_a_quote_is_about_in_the_api_and_the_json()
    {
        const string text = "Maria Lopez, the mayor of Springfield, spoke on Monday.\n\n"
            + "“Governor Tom Becker has abandoned the people of Springfield,” Lopez said.";
        NewsDocument doc = NewsPipeline.CreateDefault().Process(text);

        Quote quote = Assert.Single(doc.Quotes);
        string[] about = [.. quote.AboutEntityIds.Select(id => doc.EntityClusters.Single(c => c.Id == id).CanonicalName)];
        Assert.Contains("Tom Becker", about);
        Assert.Contains("Springfield", about);
        Assert.DoesNotContain("Maria Lopez", about);

        using JsonDocument json = JsonDocument.Parse(NewsDocumentJson.Serialize(doc));
        Assert.Equal("newsnlp.document/2", json.RootElement.GetProperty("schema").GetString());
        int[] written = [.. json.RootElement.GetProperty("quotes")[0].GetProperty("about").EnumerateArray().Select(e => e.GetInt32())];
        Assert.Equal(quote.AboutEntityIds, written);
    }
}
