using System.Text;
using NewsNlp.Documents;
using NewsNlp.Entities.Linking;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// Thousands of people sharing a surname or a first + last name: the linker used to compare each mention with every form of
/// every cluster with that surname. The links must be those of the rules: tails and first + last names join the most
/// recent matching cluster, different full names stay apart.
/// </summary>
public class EntityLinkerBadInputTests
{
    private const int People = 3_000;

    private static string FirstName(int i)
    {
        var sb = new StringBuilder();
        sb.Append((char)('A' + (i % 26)));
        i /= 26;
        do
        {
            sb.Append((char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);

        return sb.Append("ov").ToString();
    }

    /// <summary>Builds a document of one sentence per name and tags each name as a person mention.</summary>
    private static NewsDocument Link(IEnumerable<string> names)
    {
        var text = new StringBuilder();
        var spans = new List<(int Start, int Length)>();
        foreach (string name in names)
        {
            spans.Add((text.Length, name.Length));
            text.Append(name).Append(" met officials. ");
        }

        var doc = new NewsDocument(text.ToString());
        new TokenizerStage().Process(doc, CancellationToken.None);
        foreach ((int start, int length) in spans)
        {
            int first = doc.Tokens.IndexAtOrAfter(start);
            int end = doc.Tokens.IndexAtOrAfter(start + length - 1) + 1;
            var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
            doc.Entities.Add(new EntityMention { Span = span, FirstToken = first, EndToken = end, Type = EntityType.Person, Text = doc.GetText(span), Producer = "test" });
        }

        doc.MarkProduced(AnnotationNames.Entities);
        new EntityLinkerStage().Process(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void A_surname_first_joins_the_first_full_name_and_other_full_names_stay_apart()
    {
        // Linear however many people share the surname: each full name looks at the one full form of the first cluster.
        NewsDocument doc = Link(new[] { "Smith" }.Concat(Enumerable.Range(0, People).Select(i => FirstName(i) + " Smith")));
        Assert.Equal(People, doc.EntityClusters.Count);
        Assert.Equal(doc.Entities[0].EntityId, doc.Entities[1].EntityId);
        Assert.Equal(People, doc.Entities.Select(m => m.EntityId).Distinct().Count());
    }

    [Fact]
    public void Different_full_names_stay_apart_and_a_later_surname_joins_the_most_recent()
    {
        NewsDocument doc = Link(Enumerable.Range(0, People).Select(i => FirstName(i) + " Smith").Append("Smith"));
        Assert.Equal(People, doc.EntityClusters.Count);
        Assert.Equal(doc.Entities[People - 1].EntityId, doc.Entities[People].EntityId);
        Assert.Equal(People, doc.Entities.Select(m => m.EntityId).Distinct().Count());
    }

    [Fact]
    public void First_and_last_name_join_the_most_recent_full_name_with_a_middle_name()
    {
        NewsDocument doc = Link(Enumerable.Range(0, People).Select(i => "Anna " + FirstName(i) + " Berg").Append("Anna Berg").Append("Boris Berg"));
        Assert.Equal(People + 1, doc.EntityClusters.Count);
        Assert.Equal(doc.Entities[People - 1].EntityId, doc.Entities[People].EntityId);
        Assert.NotEqual(doc.Entities[People].EntityId, doc.Entities[People + 1].EntityId);
    }
}
