using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Pipeline;

public class PipelineValidationTests
{
    private sealed class NeedsEntities : IPipelineStage
    {
        public string Name => "needs-entities";

        public IReadOnlyCollection<string> Requires => [AnnotationNames.Entities];

        public IReadOnlyCollection<string> Produces => ["x"];

        public void Process(NewsDocument document, CancellationToken cancellationToken)
        {
        }
    }

    [Fact]
    public void Missing_producer_fails_at_build_with_the_requirement_named()
    {
        var ex = Assert.Throws<PipelineConfigurationException>(() => new NewsPipelineBuilder().Add(new NeedsEntities()).Build());
        Assert.Contains("needs-entities", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'entities'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_stage_names_fail()
    {
        var ex = Assert.Throws<PipelineConfigurationException>(() => new NewsPipelineBuilder().Add(new NeedsEntities()).Add(new NeedsEntities()).Build());
        Assert.Contains("needs-entities", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replace_of_unknown_stage_names_what_exists()
    {
        var ex = Assert.Throws<PipelineConfigurationException>(() => NewsPipelineBuilder.CreateDefault().Replace("nope", new NeedsEntities()).Build());
        Assert.Contains("tokenizer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_longer_than_limit_is_rejected_clearly()
    {
        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().Configure(o => o.MaxDocumentLength = 10).Build();
        var ex = Assert.Throws<ArgumentException>(() => pipeline.Process("This text is longer than ten characters."));
        Assert.Contains("MaxDocumentLength", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelled_token_stops_processing()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => NewsPipeline.CreateDefault().Process("Some text.", null, cts.Token));
    }
}
