using Microsoft.Extensions.DependencyInjection;
using NewsNlp.DependencyInjection;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance.Pipeline;
using NewsNlp.Stance.Tests.Infrastructure;
using NewsNlp.Tokenization;

namespace NewsNlp.Stance.Tests.Pipeline;

public class StanceStageTests
{
    private const string Text = "Officials denied that the bridge collapsed. \"The bridge is fine,\" the mayor said. Engineers reportedly inspected it.";

    /// <summary>A stand-in for the quote stage: marks each double-quoted span as a quote.</summary>
    private sealed class FakeQuotes : IPipelineStage
    {
        public string Name => "fake-quotes";

        public IReadOnlyCollection<string> Requires => [AnnotationNames.Tokens];

        public IReadOnlyCollection<string> Produces => [AnnotationNames.Quotes];

        public void Process(NewsDocument document, CancellationToken cancellationToken)
        {
            int start = document.Text.IndexOf('"', StringComparison.Ordinal);
            int end = start < 0 ? -1 : document.Text.IndexOf('"', start + 1);
            if (end > start)
            {
                document.Quotes.Add(new Quote { Id = 7, Kind = QuoteKind.Direct, Content = [new TextSpan(start + 1, end)], Producer = Name, DecidedBy = "test" });
            }

            document.MarkProduced(AnnotationNames.Quotes);
        }
    }

    private static StanceClassifier Tiny => new(TinyData.Model);

    [Fact]
    public void Annotates_body_and_each_quote_for_each_target()
    {
        NewsPipeline pipeline = new NewsPipelineBuilder().Add(new TokenizerStage()).Add(new FakeQuotes())
            .AddStance(o => o.Targets.Add("The bridge collapsed"), Tiny).Build();
        NewsDocument doc = pipeline.Process(Text, new DocumentMetadata { Headline = "Bridge collapse in town", StanceTargets = ["the mayor"] });

        Assert.True(doc.Has(AnnotationNames.Stances));
        string[] targets = ["The bridge collapsed", "the mayor", "Bridge collapse in town"];
        Assert.Equal(targets, doc.Stances.Where(s => s.QuoteId is null).Select(s => s.Target).ToArray());
        Assert.Equal(targets, doc.Stances.Where(s => s.QuoteId == 7).Select(s => s.Target).ToArray());
        Assert.All(doc.Stances, s =>
        {
            Assert.Equal(StanceStage.StageName, s.Producer);
            Assert.Equal(1.0, s.Probabilities.Sum(), 6);
            Assert.Equal(s.Label, (StanceLabel)s.Probabilities.ToList().IndexOf(s.Probabilities.Max()));
        });
    }

    [Fact]
    public void Works_without_quotes_and_without_targets()
    {
        NewsPipeline pipeline = new NewsPipelineBuilder().Add(new TokenizerStage()).AddStance(classifier: Tiny).Build();
        NewsDocument none = pipeline.Process(Text);
        Assert.Empty(none.Stances);
        Assert.True(none.Has(AnnotationNames.Stances));

        NewsDocument body = pipeline.Process(Text, new DocumentMetadata { Headline = "Bridge collapse" });
        StanceAnnotation only = Assert.Single(body.Stances);
        Assert.Null(only.QuoteId);
    }

    [Fact]
    public void Requires_tokens()
    {
        var ex = Assert.Throws<PipelineConfigurationException>(() => new NewsPipelineBuilder().AddStance(classifier: Tiny).Build());
        Assert.Contains("stance", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registers_through_the_DI_builder_with_a_custom_classifier()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IStanceClassifier>(Tiny);
        services.AddNewsNlp().AddStance(o => o.Targets.Add("bridge collapsed"));
        using ServiceProvider provider = services.BuildServiceProvider();
        NewsPipeline pipeline = provider.GetRequiredService<NewsPipeline>();

        Assert.Contains(pipeline.Stages, s => s.Name == StanceStage.StageName);
        NewsDocument doc = pipeline.Process(Text);
        // The default pipeline also finds quotes, which get their own stances; the body has exactly one.
        Assert.Equal("bridge collapsed", Assert.Single(doc.Stances, s => s.QuoteId is null && s.SpeakerId is null).Target);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        var stage = new StanceStage(Tiny, new StanceStageOptions { Targets = { "a target" } });
        var doc = new NewsDocument(Text);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => stage.Process(doc, cts.Token));
    }
}
