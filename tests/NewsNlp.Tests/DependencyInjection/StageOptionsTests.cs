using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsNlp.DependencyInjection;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.DependencyInjection;

/// <summary>Stage options are ordinary IOptions: Configure, configuration binding, validation at start.</summary>
public sealed class StageOptionsTests
{
    private const string Reported = "The minister said that the border would reopen next week.";

    private static NewsPipeline Resolve(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        ServiceProvider provider = services.BuildServiceProvider();
        return provider.GetRequiredService<NewsPipeline>();
    }

    private static string[] QuoteTexts(NewsDocument doc) =>
        [.. doc.Quotes.Select(q => string.Join(" | ", q.Content.Select(doc.GetText)))];

    [Fact]
    public void Services_Configure_of_QuoteStageOptions_changes_the_quotes_found()
    {
        NewsPipeline defaults = Resolve(s => s.AddNewsNlp());
        NewsPipeline configured = Resolve(s =>
        {
            s.AddNewsNlp();
            s.Configure<QuoteStageOptions>(o => o.FindIndirectSpeech = false);
        });

        Assert.Single(defaults.Process(Reported).Quotes);
        Assert.Empty(configured.Process(Reported).Quotes);
    }

    [Fact]
    public void UseLearnedTagger_false_through_services_Configure_gives_the_rules_only_output()
    {
        string text = File.ReadAllText(SharedData.Seed("sindh-floods.txt"));
        NewsPipeline viaConfigure = Resolve(s =>
        {
            s.Configure<QuoteStageOptions>(o => o.UseLearnedTagger = false);
            s.AddNewsNlp();
        });
        NewsPipeline rulesOnly = NewsPipelineBuilder.CreateDefault()
            .Replace(QuoteStage.StageName, new QuoteStage(new QuoteStageOptions { UseLearnedTagger = false })).Build();

        string[] expected = QuoteTexts(rulesOnly.Process(text));
        Assert.Equal(expected, QuoteTexts(viaConfigure.Process(text)));
        Assert.NotEqual(expected, QuoteTexts(NewsPipeline.CreateDefault().Process(text)));
    }

    [Fact]
    public void Configuration_binding_sets_pipeline_and_stage_options()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NewsNlp:MaxDegreeOfParallelism"] = "3",
            ["NewsNlp:MaxDocumentLength"] = "500",
            ["NewsNlp:Quotes:FindIndirectSpeech"] = "false",
            ["NewsNlp:Tokenizer:SplitHyphens"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddNewsNlp(b => b.Bind(configuration.GetSection("NewsNlp")));
        using ServiceProvider provider = services.BuildServiceProvider();
        NewsPipeline pipeline = provider.GetRequiredService<NewsPipeline>();

        Assert.Equal(3, pipeline.Options.MaxDegreeOfParallelism);
        Assert.Equal(500, pipeline.Options.MaxDocumentLength);
        Assert.False(provider.GetRequiredService<IOptions<QuoteStageOptions>>().Value.FindIndirectSpeech);
        NewsDocument doc = pipeline.Process("A well-known minister said that the border would reopen next week.");
        Assert.Empty(doc.Quotes);
        Assert.Equal("well-known", doc.GetToken(1).Text);
    }

    [Fact]
    public void Code_configured_after_binding_wins_over_configuration()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Quotes:FindIndirectSpeech"] = "false",
        }).Build();
        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().Bind(configuration).AddQuotes(o => o.FindIndirectSpeech = true).Build();
        Assert.Single(pipeline.Process(Reported).Quotes);
    }

    [Fact]
    public void Invalid_pipeline_options_fail_at_start_naming_the_option()
    {
        var services = new ServiceCollection();
        services.AddNewsNlp(b => b.Configure(o => o.MaxDegreeOfParallelism = 0));
        using ServiceProvider provider = services.BuildServiceProvider();

        var atStart = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("MaxDegreeOfParallelism", atStart.Message, StringComparison.Ordinal);
        var atResolve = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<NewsPipeline>);
        Assert.Contains("MaxDegreeOfParallelism", atResolve.Message, StringComparison.Ordinal);

        var withoutDi = Assert.Throws<OptionsValidationException>(() => NewsPipelineBuilder.CreateDefault().Configure(o => o.MaxDegreeOfParallelism = 0).Build());
        Assert.Contains("MaxDegreeOfParallelism", withoutDi.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_stage_options_from_configuration_fail_at_start_naming_the_option()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tokenizer:ParagraphMode"] = "7",
        }).Build();
        var ex = Assert.Throws<OptionsValidationException>(() => NewsPipelineBuilder.CreateDefault().Bind(configuration).Build());
        Assert.Contains("ParagraphMode", ex.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(TokenizerStageOptions), ex.OptionsType);
    }
}
