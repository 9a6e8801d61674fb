using NewsNlp.Entities;
using NewsNlp.Entities.Training;

namespace NewsNlp.Tests.Entities;

public class WordClustererTests
{
    [Fact]
    public void Words_sharing_contexts_share_a_cluster_and_results_are_deterministic()
    {
        var sentences = new List<string[]>();
        for (int i = 0; i < 20; i++)
        {
            sentences.Add(["the", "cat", "sat", "on", "the", "mat", "."]);
            sentences.Add(["the", "dog", "sat", "on", "the", "rug", "."]);
            sentences.Add(["talks", "in", "Paris", "ended", "."]);
            sentences.Add(["talks", "in", "London", "ended", "."]);
        }

        Dictionary<ulong, int> Run() => WordClusterer.Cluster(
            sentences.Select(s => WordClusterer.Encode(s, i => i == 0)), fineCount: 4, coarseCount: 2, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);

        Dictionary<ulong, int> clusters = Run();
        int Fine(string w) => NerLexicon.Unpack(clusters[NerLexicon.WordKey(w)]).Fine;
        Assert.Equal(Fine("cat"), Fine("dog"));
        Assert.Equal(Fine("paris"), Fine("london"));
        Assert.NotEqual(Fine("cat"), Fine("paris"));
        Assert.Equal(clusters.OrderBy(kv => kv.Key), Run().OrderBy(kv => kv.Key));

        // Case profile: "Paris" is always capitalised mid-sentence, "cat" never.
        Assert.Equal(5, NerLexicon.Unpack(clusters[NerLexicon.WordKey("Paris")]).CaseProfile);
        Assert.Equal(1, NerLexicon.Unpack(clusters[NerLexicon.WordKey("cat")]).CaseProfile);
    }
}
