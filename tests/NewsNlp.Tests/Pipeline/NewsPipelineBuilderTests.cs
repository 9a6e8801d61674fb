using Microsoft.Extensions.DependencyInjection;
using NewsNlp.DependencyInjection;
using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Rules;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Pipeline;

/// <summary>One builder, one vocabulary: the same verbs with and without DI give the same pipeline.</summary>
public sealed class NewsPipelineBuilderTests
{
    private sealed class Marker(string name) : IPipelineStage
    {
        public string Name => name;

        public IReadOnlyCollection<string> Requires => [AnnotationNames.Tokens];

        public IReadOnlyCollection<string> Produces => [];

        public void Process(NewsDocument document, CancellationToken cancellationToken)
        {
        }
    }

    private static void Edit(NewsPipelineBuilder b) => b
        .InsertAfter("tokenizer", new Marker("after-tokenizer"))
        .InsertBefore("quotes", _ => new Marker("before-quotes"))
        .Add(new Marker("last"))
        .Remove("entity-linker")
        .AddEntityRules(r => r.AddPhrase("Hayat Tahrir al-Sham", EntityType.Organization));

    [Fact]
    public void The_same_edits_give_the_same_stages_with_and_without_di()
    {
        var services = new ServiceCollection();
        services.AddNewsNlp(Edit);
        using ServiceProvider provider = services.BuildServiceProvider();
        string[] withDi = [.. provider.GetRequiredService<NewsPipeline>().Stages.Select(s => s.Name)];

        NewsPipelineBuilder builder = NewsPipelineBuilder.CreateDefault();
        Edit(builder);
        string[] withoutDi = [.. builder.Build().Stages.Select(s => s.Name)];

        Assert.Equal(["tokenizer", "after-tokenizer", "structure", "ner", "entity-rules", "before-quotes", "quotes", "last"], withDi);
        Assert.Equal(withDi, withoutDi);
    }

    [Fact]
    public void Default_builder_holds_the_default_stages_in_order_in_both_routes()
    {
        string[] expected = [TokenizerStage.StageName, NewsNlp.Documents.Parts.StructureStage.StageName, EntityRecognizerStage.StageName, "entity-linker", QuoteStage.StageName];
        Assert.Equal(expected, NewsPipeline.CreateDefault().Stages.Select(s => s.Name));
        var services = new ServiceCollection();
        services.AddNewsNlp();
        services.AddNewsNlp();
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Equal(expected, provider.GetRequiredService<NewsPipeline>().Stages.Select(s => s.Name));
    }

    [Fact]
    public void Adding_a_stage_that_is_there_only_configures_it()
    {
        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().AddQuotes().AddQuotes(o => o.FindIndirectSpeech = false).AddTokenizer().Build();
        Assert.Single(pipeline.Stages, s => s.Name == QuoteStage.StageName);
        Assert.Single(pipeline.Stages, s => s.Name == TokenizerStage.StageName);
        Assert.Empty(pipeline.Process("The minister said that the border would reopen next week.").Quotes);
    }

    [Fact]
    public void Edits_are_replayed_at_build_so_an_unknown_name_fails_there_with_the_names_that_exist()
    {
        NewsPipelineBuilder builder = NewsPipelineBuilder.CreateDefault().InsertAfter("nope", new Marker("x"));
        var ex = Assert.Throws<PipelineConfigurationException>(builder.Build);
        Assert.Contains("'nope'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tokenizer, structure, ner, entity-linker, quotes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_rules_go_after_ner_and_a_second_rule_set_is_refused()
    {
        NewsPipelineBuilder builder = new NewsPipelineBuilder().AddTokenizer().AddEntityRules(r => r.AddPhrase("NASA", EntityType.Organization));
        Assert.Equal(["tokenizer", "entity-rules"], builder.Build().Stages.Select(s => s.Name));
        Assert.Throws<InvalidOperationException>(() => builder.AddEntityRules(r => r.AddPhrase("ESA", EntityType.Organization)));
    }

    [Fact]
    public void The_di_builder_is_resolved_not_built()
    {
        var services = new ServiceCollection();
        NewsPipelineBuilder builder = services.AddNewsNlp();
        Assert.Same(services, builder.Services);
        Assert.Throws<InvalidOperationException>(builder.Build);
    }
}
