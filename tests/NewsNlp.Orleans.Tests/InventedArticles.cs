using System.Globalization;
using System.Reflection;
using System.Text;
using NewsNlp.Corpus.Inputs;
using NewsNlp.Corpus.Model;
using NewsNlp.Pipeline;

namespace NewsNlp.Orleans.Tests;

/// <summary>
/// A few hundred invented news articles (seeded, so every run is the same) plus the repository's seed articles, analysed
/// once by the default pipeline, with duplicates mixed in (a repeated id, a repeated text under a new id).
/// </summary>
internal static class InventedArticles
{
    private static readonly Lazy<IReadOnlyList<CorpusArticle>> Analysed = new(Build);

    private static readonly (string Name, string Role)[] People =
    [
        ("Amara Okonkwo", "the city's transport director"),
        ("Lars Henriksen", "a port union spokesman"),
        ("Priya Raman", "the finance minister"),
        ("Tomasz Wielgus", "an economist at Norland Bank"),
        ("Helena Vasquez", "the mayor"),
        ("Kenji Morimoto", "the chief executive of Tessel Motors"),
        ("Fatima Haddad", "a flood relief coordinator"),
        ("Oliver Brandt", "the opposition leader"),
        ("Sofia Lindqvist", "a climate researcher"),
        ("Daniel Mbeki", "the health commissioner"),
        ("Grace Whitfield", "a school board member"),
        ("Marco Bellini", "the harbour master"),
    ];

    private static readonly string[] Topics =
    [
        "the light rail extension", "the port strike", "the flood defences", "the new budget", "the hospital merger",
        "the school funding plan", "the carbon levy", "the harbour dredging", "the bus fare rise", "the housing scheme",
    ];

    private static readonly string[] Views =
    [
        "will cost far more than anyone has admitted", "is the best chance we have had in a decade",
        "cannot go ahead without a public vote", "has been badly delayed by the council", "will protect thousands of jobs",
        "puts families at risk this winter", "needs another year of study", "was rushed through without consultation",
    ];

    /// <summary>The analysed articles, in input order (duplicates included).</summary>
    public static IReadOnlyList<CorpusArticle> All => Analysed.Value;

    /// <summary>Number of invented articles before duplicates are mixed in.</summary>
    public const int InventedCount = 300;

    private static List<CorpusArticle> Build()
    {
        NewsPipeline pipeline = NewsPipeline.CreateDefault();
        var inputs = new List<ArticleInput>();
        var random = new Random(20261205);
        var start = new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < InventedCount; i++)
        {
            inputs.Add(new ArticleInput
            {
                Id = $"invented-{i:D4}",
                Headline = $"Debate over {Pick(random, Topics)}",
                Source = "Invented Wire",
                Published = start.AddDays(random.Next(0, 330)).AddHours(random.Next(0, 10)),
                Text = Article(random),
            });
        }

        string seeds = Path.Combine(RepoRoot(), "seeds");
        foreach (string file in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            inputs.Add(new ArticleInput { Id = "seed-" + Path.GetFileNameWithoutExtension(file), Published = start, Text = File.ReadAllText(file) });
        }

        var articles = inputs.Select(input => CorpusArticleBuilder.From(pipeline.Process(input.Text, input.ToMetadata()))).ToList();

        // Duplicates, spread through the run: a repeated id (with other text) and a repeated text (under another id).
        for (int i = 0; i < 20; i++)
        {
            CorpusArticle original = articles[i * 13];
            articles.Insert(i * 15 + 7, original with { TextHash = CorpusArticleBuilder.TextHash("other text " + i) });
            articles.Insert(i * 15 + 11, original with { Id = $"copy-of-{original.Id}" });
        }

        return articles;
    }

    private static string Article(Random random)
    {
        var text = new StringBuilder();
        string topic = Pick(random, Topics);
        text.Append(CultureInfo.InvariantCulture, $"NORLAND CITY - Officials clashed on Tuesday over {topic}, the latest turn in a dispute that has lasted months.\n\n");
        int paragraphs = random.Next(2, 5);
        for (int p = 0; p < paragraphs; p++)
        {
            (string name, string role) = Pick(random, People);
            string surname = name[(name.LastIndexOf(' ') + 1)..];
            string view = Pick(random, Views);
            switch (random.Next(3))
            {
                case 0:
                    text.Append(CultureInfo.InvariantCulture, $"\"The plan {view},\" said {name}, {role}.\n\n");
                    text.Append(CultureInfo.InvariantCulture, $"\"We will keep pressing the council on {topic} until it listens,\" {surname} said.\n\n");
                    break;
                case 1:
                    text.Append(CultureInfo.InvariantCulture, $"{name}, {role}, said {topic} {view}.\n\n");
                    break;
                default:
                    text.Append(CultureInfo.InvariantCulture, $"\"I have said from the start that {topic} {view},\" {name} told reporters.\n\n");
                    break;
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"The council is expected to vote on {topic} next month.\n");
        return text.ToString();
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    public static string RepoRoot() =>
        typeof(InventedArticles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
}
