using Microsoft.Extensions.DependencyInjection;
using NewsNlp.DependencyInjection;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Pipeline;

/// <summary>
/// A stage that leaves a span outside the text (or ending before it starts) fails that document at the stage, named,
/// instead of the JSON writer meeting the span later: in `newsnlp analyze` that used to end the whole batch's output
/// (Reuters-21578 NEWID 16214, session 19). The batch goes on with the other documents.
/// </summary>
public sealed class StageOutputCheckTests
{
    /// <summary>Adds one quote or entity with the given span to documents holding "BAD".</summary>
    private sealed class BrokenStage(bool entity, int start, int end) : IPipelineStage
    {
        public string Name => "broken";

        public IReadOnlyCollection<string> Requires { get; } = [AnnotationNames.Tokens];

        public IReadOnlyCollection<string> Produces { get; } = [];

        public void Process(NewsDocument document, CancellationToken cancellationToken)
        {
            if (!document.Text.Contains("BAD", StringComparison.Ordinal))
            {
                return;
            }

            if (entity)
            {
                document.Entities.Add(new EntityMention
                {
                    Span = new TextSpan(start, end), FirstToken = 0, EndToken = 1, Type = EntityType.Person, Text = "x", Producer = Name,
                });
            }
            else
            {
                document.Quotes.Add(new Quote
                {
                    Id = 7, Kind = QuoteKind.Direct, Content = [new TextSpan(0, 3), new TextSpan(start, end)], Producer = Name, DecidedBy = Name,
                });
            }
        }
    }

    private static NewsPipeline Pipeline(IPipelineStage stage)
    {
        var services = new ServiceCollection();
        services.AddNewsNlp(b => b.Add(stage));
        return services.BuildServiceProvider().GetRequiredService<NewsPipeline>();
    }

    [Fact]
    public void An_inverted_quote_content_span_fails_the_document_naming_the_stage_and_the_quote()
    {
        NewsPipeline pipeline = Pipeline(new BrokenStage(entity: false, start: 12, end: 9));
        var ex = Assert.Throws<InvalidOperationException>(() => pipeline.Process("BAD news: the port is shut.", new DocumentMetadata { Id = "d1" }));
        Assert.Contains("Stage 'broken'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("content of quote 7", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[12, 9)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ends before it starts", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'d1'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_span_past_the_end_of_the_text_fails_the_document()
    {
        NewsPipeline pipeline = Pipeline(new BrokenStage(entity: true, start: 4, end: 400));
        var ex = Assert.Throws<InvalidOperationException>(() => pipeline.Process("BAD news."));
        Assert.Contains("entity mention 0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("lies outside the document text (length 9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_batch_only_the_broken_document_fails_and_the_others_keep_their_place()
    {
        NewsPipeline pipeline = Pipeline(new BrokenStage(entity: false, start: 5, end: 2));
        string[] texts = ["\"We will strike,\" the union said.", "BAD input here.", "\"Talks go on,\" she said."];
        var results = new List<BatchResult>();
        await foreach (BatchResult r in pipeline.ProcessManyAsync(texts.Select((t, i) => new DocumentInput(t, new DocumentMetadata { Id = $"n{i}" }))))
        {
            results.Add(r);
        }

        Assert.Equal([true, false, true], results.Select(r => r.Succeeded));
        Assert.IsType<InvalidOperationException>(results[1].Error);
        Assert.Contains("Stage 'broken'", results[1].Error!.Message, StringComparison.Ordinal);
        Assert.All(new[] { results[0], results[2] }, r => Assert.NotEmpty(r.Document!.Quotes));
    }

    [Fact]
    public void Valid_spans_at_the_very_end_of_the_text_pass()
    {
        const string text = "BAD news: the port is shut.";
        NewsPipeline pipeline = Pipeline(new BrokenStage(entity: false, start: text.Length - 5, end: text.Length));
        NewsDocument doc = pipeline.Process(text);
        Assert.Contains(doc.Quotes, q => q.Id == 7);
    }
}
