using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using NewsNlp.DependencyInjection;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.DependencyInjection;

/// <summary>A user's own stage: marks every all-caps word (a dateline, an acronym) as an annotation of its own.</summary>
public sealed class ShoutingWordsStage : IPipelineStage
{
    public const string StageName = "shouting-words";
    public const string Produced = "shouting-words";

    private readonly ShoutLog _log;

    public ShoutingWordsStage(ShoutLog log) => _log = log;

    public string Name => StageName;

    public IReadOnlyCollection<string> Requires { get; } = [AnnotationNames.Tokens];

    public IReadOnlyCollection<string> Produces { get; } = [Produced];

    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        var words = new List<string>();
        for (int i = 0; i < document.Tokens.Count; i++)
        {
            Token t = document.GetToken(i);
            if (t.Kind == TokenKind.Word && t.Chars.Length > 1 && !t.Chars.ContainsAnyInRange('a', 'z'))
            {
                words.Add(t.Text);
            }
        }

        _log.Record(document, [.. document.Produced], words);
    }
}

/// <summary>A singleton dependency of the custom stage, registered by the test: proves constructor injection.</summary>
public sealed class ShoutLog
{
    private readonly ConcurrentDictionary<NewsDocument, (string[] SeenBefore, List<string> Words)> _entries = new();

    public void Record(NewsDocument document, string[] seenBefore, List<string> words) => _entries[document] = (seenBefore, words);

    public (string[] SeenBefore, List<string> Words) For(NewsDocument document) => _entries[document];
}

public sealed class CustomStageTests
{
    [Fact]
    public void Custom_stage_registered_through_di_runs_right_after_the_tokenizer_and_before_the_other_built_in_stages()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ShoutLog>();
        services.AddNewsNlp(b => b.InsertAfter<ShoutingWordsStage>("tokenizer"));
        using ServiceProvider provider = services.BuildServiceProvider();
        NewsPipeline pipeline = provider.GetRequiredService<NewsPipeline>();

        string[] names = [.. pipeline.Stages.Select(s => s.Name)];
        int tokenizer = Array.IndexOf(names, "tokenizer");
        Assert.Equal(tokenizer + 1, Array.IndexOf(names, ShoutingWordsStage.StageName));
        string[] defaults = [.. NewsPipeline.CreateDefault().Stages.Select(s => s.Name)];
        Assert.Equal(defaults, names.Where(n => n != ShoutingWordsStage.StageName));

        NewsDocument doc = pipeline.Process("ROTTERDAM, Netherlands — The FNV union said the strike would go on.");
        (string[] seenBefore, List<string> words) = provider.GetRequiredService<ShoutLog>().For(doc);
        Assert.Equal(["ROTTERDAM", "FNV"], words);

        // When it ran, everything produced by earlier stages was there, nothing from later stages was.
        IEnumerable<string> before = pipeline.Stages.Take(tokenizer + 1).SelectMany(s => s.Produces);
        IEnumerable<string> after = pipeline.Stages.Skip(tokenizer + 2).SelectMany(s => s.Produces).Except(before);
        Assert.All(before, p => Assert.Contains(p, seenBefore));
        Assert.All(after, p => Assert.DoesNotContain(p, seenBefore));
        Assert.True(doc.Has(ShoutingWordsStage.Produced));
        Assert.All(pipeline.Stages.SelectMany(s => s.Produces), p => Assert.True(doc.Has(p), $"'{p}' missing after the run"));
    }

    [Fact]
    public void Custom_stage_that_needs_a_missing_annotation_fails_when_the_pipeline_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ShoutLog>();
        services.AddNewsNlp(b => b.Clear().Add<ShoutingWordsStage>());
        using ServiceProvider provider = services.BuildServiceProvider();
        var error = Assert.Throws<PipelineConfigurationException>(() => provider.GetRequiredService<NewsPipeline>());
        Assert.Contains("'shouting-words' requires 'tokens'", error.Message, StringComparison.Ordinal);
    }
}
