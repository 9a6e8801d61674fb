using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using NewsNlp.DependencyInjection;
using NewsNlp.Documents;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Stance.MiniLM;
using NewsNlp.Stance.Pipeline;
using NewsNlp.Stance.ShortText;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.MiniLM;

/// <summary>The optional encoder path: all-MiniLM-L6-v2 through ONNX Runtime, its embedded model and its registration.</summary>
public sealed class MiniLmStanceTests
{
    private static float Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();

    [Fact]
    public void The_encoder_gives_unit_vectors_that_do_not_depend_on_the_batch_or_the_session_count()
    {
        string[] texts = ["The strike will end this week", "Dockworkers expect to be back at work within days", "Apples are rich in fibre"];
        IReadOnlyList<float[]> batch = MiniLmEmbedder.Shared.Embed(texts);
        using var single = new MiniLmEmbedder(sessions: 1);
        float[] alone = single.Embed([texts[1]])[0];

        Assert.All(batch, v => Assert.Equal(384, v.Length));
        Assert.All(batch, v => Assert.InRange(MathF.Sqrt(v.Sum(x => x * x)), 0.999f, 1.001f));
        for (int k = 0; k < 384; k++)
        {
            Assert.Equal(batch[1][k], alone[k], 4);
        }

        Assert.True(Cosine(batch[0], batch[1]) > Cosine(batch[0], batch[2]) + 0.1f, $"{Cosine(batch[0], batch[1])} vs {Cosine(batch[0], batch[2])}");
        Assert.True(MiniLmEmbedder.Shared.LoadTime > TimeSpan.Zero);
    }

    [Fact]
    public void The_embedded_model_needs_the_encoder_and_relates_a_text_that_shares_no_words_with_the_claim()
    {
        ShortTextStanceModel model = MiniLmStance.Model;
        Assert.Equal(MiniLmEmbedder.ModelName, model.EmbedderName);
        Assert.Throws<ArgumentException>(() => new ShortTextStanceClassifier(model));

        const string claim = "The coach should be sacked";
        StancePrediction related = MiniLmStance.Classifier.Classify(claim, "He has to go. Five defeats in a row is not good enough for this club.");
        StancePrediction unrelated = MiniLmStance.Classifier.Classify(claim, "The central bank raised interest rates by a quarter point on Tuesday.");
        Assert.Equal(StanceLabel.Unrelated, unrelated.Label);
        Assert.True(related.Relatedness > unrelated.Relatedness + 0.3, $"{related.Relatedness} vs {unrelated.Relatedness}");
        Assert.Equal(StanceLabel.Disagree, MiniLmStance.Classifier.Classify("Pope Francis has died", "Hoax: Pope Francis is not dead, the Vatican says").Label);
    }

    [Fact]
    public void One_builder_call_puts_the_encoder_classifier_on_quotes_and_speakers()
    {
        var services = new ServiceCollection();
        services.AddNewsNlp(b => b.AddMiniLmStance(o => o.Targets.Add("The second runway will create thousands of jobs")));
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Same(MiniLmStance.Classifier, provider.GetRequiredService<QuoteStanceClassifier>().Classifier);

        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().AddMiniLmStance().Build();
        string text = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "seeds", "stance", "dev", "airport-runway.txt"));
        NewsDocument doc = pipeline.Process(text, new DocumentMetadata { StanceTargets = ["The second runway will create thousands of jobs"] });
        Assert.NotEmpty(doc.Quotes);
        Assert.Equal(doc.Quotes.Count, doc.Stances.Count(s => s.QuoteId is not null));
        Assert.Contains(doc.Stances, s => s.SpeakerId is not null);
    }

    [Fact]
    public void The_embedded_model_has_a_catalog_entry_with_its_licence_and_readme_figures()
    {
        System.Reflection.Assembly assembly = typeof(MiniLmStance).Assembly;
        ModelInfo model = Assert.Single(ModelCatalog.For(assembly));
        using Stream bytes = assembly.GetManifestResourceStream(model.Resource)!;
        Assert.Equal(bytes.Length, model.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), model.Sha256);
        Assert.Equal("NewsNlp.Stance.MiniLM", model.Package);
        string licence = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "packaging", model.LicenseFile));
        Assert.Contains(model.Resource, licence, StringComparison.Ordinal);
        string readme = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "README.md"));
        string notices = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "THIRD-PARTY-NOTICES.md"));
        Assert.Contains(model.Resource, notices, StringComparison.Ordinal);
        foreach (string metric in model.Metrics)
        {
            string figure = metric.Split(' ')[^1];
            Assert.True(readme.Contains(figure, StringComparison.Ordinal), $"'{metric}' ({figure}) is not in README.md");
        }
    }
}
