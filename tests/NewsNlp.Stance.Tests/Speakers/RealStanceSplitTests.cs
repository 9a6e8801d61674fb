using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Speakers;

/// <summary>
/// The real-article stance splits (<c>seeds/stance/real-dev</c>, <c>real-test</c>: manifests of BBC News articles in
/// <c>../shared</c>; session 24's fresh check <c>real-dev3</c>, session 25's <c>real-dev4</c> session 26's <c>real-dev5</c> and session 27's <c>real-dev6</c>) are well formed and stay blind: every gold label is agree / disagree / none, no article is in both splits
/// or in another seed set (by source path or text hash), every gold speaker is named in the article, and no real-test
/// article (nor a real-dev one against the blind quote test set) retells the story of another seed article — the BBC
/// dataset repeats stories under two numbers, sometimes with another title, so a hash alone does not catch it.
/// </summary>
public sealed class RealStanceSplitTests
{
    private static readonly string[] Labels = ["agree", "disagree", "none"];

    private sealed record Article(string Split, string Doc, string From, string Sha256, string Target, IReadOnlyDictionary<string, string> Speakers);

    private static string StanceDir => Path.Combine(SharedData.RepoRoot, "seeds", "stance");

    private static List<Article> Load(string split)
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(StanceDir, split, "manifest.json")));
        return [.. manifest.RootElement.GetProperty("articles").EnumerateArray().Select(a => new Article(
            split,
            a.GetProperty("doc").GetString()!,
            a.GetProperty("from").GetString()!,
            a.GetProperty("sha256").GetString()!,
            a.GetProperty("target").GetString()!,
            a.GetProperty("speakers").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)))];
    }

    private static List<Article> LoadBoth() => [.. Load("real-dev"), .. Load("real-test"), .. Load("real-dev3"), .. Load("real-dev4"), .. Load("real-dev5"), .. Load("real-dev6")];

    /// <summary>Labels, sizes, and no article used twice, here or by another seed set (no <c>../shared</c> needed).</summary>
    [Fact]
    public void Gold_is_well_formed_and_no_article_is_used_twice()
    {
        List<Article> all = LoadBoth();
        Assert.True(all.Count(a => a.Split == "real-test") >= 8, "real-test has fewer than 8 articles");
        foreach (Article a in all)
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Target), $"{a.Split}/{a.Doc}: no target");
            Assert.True(a.Speakers.Count >= 2, $"{a.Split}/{a.Doc}: fewer than two gold speakers");
            Assert.All(a.Speakers, s => Assert.True(Labels.Contains(s.Value), $"{a.Split}/{a.Doc}/{s.Key}: label '{s.Value}' is not agree, disagree or none"));
            Assert.True(a.Speakers.Values.Any(v => v != "none"), $"{a.Split}/{a.Doc}: nobody takes a side");
        }

        Assert.Empty(all.GroupBy(a => a.From, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(all.GroupBy(a => a.Sha256, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(all.GroupBy(a => a.Doc, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));

        string ownDev = Path.Combine(StanceDir, "real-dev") + Path.DirectorySeparatorChar, ownTest = Path.Combine(StanceDir, "real-test") + Path.DirectorySeparatorChar;
        string ownFresh = Path.Combine(StanceDir, "real-dev3") + Path.DirectorySeparatorChar, ownFresh4 = Path.Combine(StanceDir, "real-dev4") + Path.DirectorySeparatorChar;
        string ownFresh5 = Path.Combine(StanceDir, "real-dev5") + Path.DirectorySeparatorChar, ownFresh6 = Path.Combine(StanceDir, "real-dev6") + Path.DirectorySeparatorChar;
        string[] otherSeedFiles = [.. Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "seeds"), "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(ownDev, StringComparison.Ordinal) && !f.StartsWith(ownTest, StringComparison.Ordinal) && !f.StartsWith(ownFresh, StringComparison.Ordinal) && !f.StartsWith(ownFresh4, StringComparison.Ordinal) && !f.StartsWith(ownFresh5, StringComparison.Ordinal) && !f.StartsWith(ownFresh6, StringComparison.Ordinal))
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))];
        Assert.Contains(otherSeedFiles, f => f.EndsWith(Path.Combine("real-bbc-test", "manifest.json"), StringComparison.Ordinal));
        Dictionary<string, string> contents = otherSeedFiles.ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal);
        foreach (Article a in all)
        {
            string? user = contents.FirstOrDefault(c => c.Value.Contains(a.From, StringComparison.Ordinal) || c.Value.Contains(a.Sha256, StringComparison.Ordinal)).Key;
            Assert.True(user is null, $"{a.Split}/{a.Doc}: ../shared/{a.From} (or the same text) is also used by {user}");
        }
    }

    /// <summary>
    /// With <c>../shared</c>: each text matches its hash, each gold speaker's name is in it (the scorer matches names by
    /// containment), and no real-test article tells the story of a real-dev or quote-gold BBC article, nor a real-dev one the
    /// story of the blind quote test set.
    /// </summary>
    [SkippableFact]
    public void Gold_speakers_are_named_in_their_article_and_no_blind_article_retells_another_seed_story()
    {
        SharedData.RequireShared("data/unlabeled/bbc");
        string shared = SharedData.SharedRoot!;
        List<Article> all = LoadBoth();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Article a in all)
        {
            string text = File.ReadAllText(Path.Combine(shared, a.From));
            Assert.Equal(a.Sha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
            Assert.All(a.Speakers.Keys, name => Assert.True(text.Contains(name, StringComparison.Ordinal), $"{a.Split}/{a.Doc}: gold speaker '{name}' is not named in the text"));
            texts[a.From] = text;
        }

        string[] quoteDev = QuoteSetSources("real-bbc"), quoteTest = QuoteSetSources("real-bbc-test");
        var tuned = all.Where(a => a.Split == "real-dev").Select(a => a.From).Concat(quoteDev).ToList();
        foreach (Article a in all)
        {
            // The fresh check of session 24 (real-dev3) must not retell a tuned, a blind quote or a real-test story either.
            IEnumerable<string> others = a.Split switch
            {
                "real-test" => tuned.Concat(quoteTest),
                "real-dev3" => tuned.Concat(quoteTest).Concat(all.Where(b => b.Split == "real-test").Select(b => b.From)),
                // Session 25's fresh check (real-dev4) must not retell any other split's story, real-dev3's included.
                "real-dev4" => tuned.Concat(quoteTest).Concat(all.Where(b => b.Split is "real-test" or "real-dev3").Select(b => b.From)),
                // Session 26's fresh check (real-dev5) must not retell any other split's story, real-dev2's to real-dev4's included.
                "real-dev5" => tuned.Concat(quoteTest).Concat(all.Where(b => b.Split is "real-test" or "real-dev3" or "real-dev4").Select(b => b.From))
                    .Concat(Load("real-dev2").Select(b => b.From)),
                // Session 27's fresh check (real-dev6) must not retell any other split's story, real-dev5's included.
                "real-dev6" => tuned.Concat(quoteTest).Concat(all.Where(b => b.Split is "real-test" or "real-dev3" or "real-dev4" or "real-dev5").Select(b => b.From))
                    .Concat(Load("real-dev2").Select(b => b.From)),
                _ => quoteTest,
            };
            HashSet<string> mine = StoryOverlap.Shingles(texts[a.From]);
            foreach (string other in others)
            {
                HashSet<string> theirs = StoryOverlap.Shingles(File.ReadAllText(Path.Combine(shared, other)));
                double jaccard = StoryOverlap.Jaccard(mine, theirs);
                Assert.True(jaccard < StoryOverlap.SameStoryJaccard, $"{a.Split}/{a.Doc} and ../shared/{other} tell one story (5-gram Jaccard {jaccard:F2})");
            }
        }
    }

    /// <summary>The BBC sources of a quote gold set (<c>seeds/NAME/manifest.json</c>).</summary>
    private static string[] QuoteSetSources(string set)
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "seeds", set, "manifest.json")));
        return [.. manifest.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("from").GetString()!).Distinct(StringComparer.Ordinal)];
    }
}
