using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance.Pipeline;
using NewsNlp.Stance.Tests.Infrastructure;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Tokenization;

namespace NewsNlp.Stance.Tests.Seeds;

public class SeedArticleStanceTests
{
    /// <summary>Puts the seed's gold quotes into the document, standing in for the quote stage.</summary>
    private sealed class GoldQuotes(string goldPath) : IPipelineStage
    {
        public string Name => "gold-quotes";

        public IReadOnlyCollection<string> Requires => [AnnotationNames.Tokens];

        public IReadOnlyCollection<string> Produces => [AnnotationNames.Quotes];

        public void Process(NewsDocument document, CancellationToken cancellationToken)
        {
            using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            int id = 0;
            foreach (JsonElement q in gold.RootElement.GetProperty("quotes").EnumerateArray())
            {
                TextSpan[] content = [.. q.GetProperty("content").EnumerateArray().Select(s => new TextSpan(s[0].GetInt32(), s[1].GetInt32()))];
                document.Quotes.Add(new Quote { Id = id++, Kind = QuoteKind.Direct, Content = content, Producer = Name, DecidedBy = "gold" });
            }

            document.MarkProduced(AnnotationNames.Quotes);
        }
    }

    [Theory]
    [InlineData("rotterdam-port-strike", "The dockworkers' strike will end this week")]
    [InlineData("sindh-floods", "The government response to the floods was adequate")]
    public void Each_quote_of_a_seed_article_gets_a_stance_toward_a_given_target(string seed, string target)
    {
        string text = File.ReadAllText(SharedData.Seed(seed + ".txt"));
        NewsPipeline pipeline = new NewsPipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new GoldQuotes(SharedData.Seed(seed + ".gold.json")))
            .AddStance(o => o.Targets.Add(target))
            .Build();
        NewsDocument doc = pipeline.Process(text);

        Assert.NotEmpty(doc.Quotes);
        Assert.Single(doc.Stances, s => s.QuoteId is null && s.Target == target);
        foreach (Quote quote in doc.Quotes)
        {
            StanceAnnotation stance = Assert.Single(doc.Stances, s => s.QuoteId == quote.Id);
            Assert.Equal(target, stance.Target);
            Assert.Equal(1.0, stance.Probabilities.Sum(), 6);
        }

        // The article is about its own headline: the body must not be unrelated to it.
        string headline = text.Split('\n')[0];
        Assert.NotEqual(StanceLabel.Unrelated, StanceClassifier.Default.Classify(headline, text).Label);
    }
}
