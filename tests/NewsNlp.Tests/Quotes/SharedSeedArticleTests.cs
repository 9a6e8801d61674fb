using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// The product's original seed article (read from <c>../shared/seeds</c> at test time; its text is never copied here):
/// every direct and mixed quotation is found and attributed to the right person, in text order, and the UN envoy's and the analysts'
/// reported speech is found.
/// </summary>
public class SharedSeedArticleTests
{
    private static readonly Lazy<NewsPipeline> Pipeline = new(NewsPipeline.CreateDefault);

    [SkippableFact]
    public void Every_quotation_is_attributed_to_the_right_speaker()
    {
        NewsDocument doc = ProcessSeed();
        string?[] direct = [.. doc.Quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => q.SpeakerName)];
        string[] expected =
        [
            "joint statement",       // the communiqué's key part, introduced by "the joint statement said …:"
            "Syrian opposition",     // mixed: they said they “hope” the pledges …
            "Bashar al-Jaafari",     // mixed: called the opposition “…”
            "Issam al-Reis",
            "Issam al-Reis",          // "… he said."
            "Issam al-Reis",          // continuation paragraph, no cue
            "Aleksandr Lavrentiev",   // quote split around its cue: one quote
            "Issam al-Reis",
            "Staffan de Mistura",     // "… he said."
            "Staffan de Mistura",     // continuation opening with a wrong-way mark
            "Issam al-Reis",          // the two-word answer at the end
        ];
        Assert.Equal(expected, direct);
    }

    [SkippableFact]
    public void Reported_speech_of_the_envoy_and_the_analysts_is_found()
    {
        NewsDocument doc = ProcessSeed();
        Assert.Contains(doc.Quotes, q => q.Kind == QuoteKind.Indirect && q.SpeakerName == "Staffan de Mistura");
        Assert.Contains(doc.Quotes, q => q.Kind == QuoteKind.Indirect && string.Equals(q.SpeakerName, "analysts", StringComparison.OrdinalIgnoreCase));
        Speaker envoy = Assert.Single(doc.Speakers, s => s.CanonicalName == "Staffan de Mistura");
        Assert.True(envoy.QuoteIds.Count >= 3, "the envoy's direct and indirect quotes belong to one speaker");
    }

    private static NewsDocument ProcessSeed()
    {
        string folder = SharedData.RequireShared("seeds");
        string? file = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault();
        Skip.If(file is null, "../shared/seeds holds no article: test skipped.");
        return Pipeline.Value.Process(File.ReadAllText(file!));
    }
}
