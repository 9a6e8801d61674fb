using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Tests.Seeds;

namespace NewsNlp.Stance.Tests.Speakers;

/// <summary>
/// The real-article stance splits (<c>seeds/stance/real-dev</c>, <c>real-test</c>: manifests of BBC News articles in
/// <c>../shared</c>; session 24's fresh check <c>real-dev3</c>, session 25's <c>real-dev4</c> session 26's <c>real-dev5</c>, session 27's <c>real-dev6</c> and session 28's <c>real-dev7</c>, the first with Reuters-21578
/// stories and AG News rows as well as BBC articles) are well formed and stay blind: every gold label is agree / disagree / none, no article is in both splits
/// or in another seed set (by source path or text hash), every gold speaker is named in the article, and no real-test
/// article (nor a real-dev one against the blind quote test set) retells the story of another seed article — the BBC
/// dataset repeats stories under two numbers, sometimes with another title, so a hash alone does not catch it.
/// </summary>
public sealed class RealStanceSplitTests
{
    private static readonly string[] Labels = ["agree", "disagree", "none"];

    private sealed record Article(string Split, string Doc, string From, int? NewId, int? Row, string Sha256, string Target, IReadOnlyDictionary<string, string> Speakers)
    {
        /// <summary>The text's place in <c>../shared</c>: the file, and the Reuters story or AG News row in it.</summary>
        public string Key => From + (NewId is int id ? $"#newid={id}" : "") + (Row is int row ? $"#row={row}" : "");
    }

    private static string StanceDir => Path.Combine(SharedData.RepoRoot, "seeds", "stance");

    private static List<Article> Load(string split)
    {
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(StanceDir, split, "manifest.json")));
        return [.. manifest.RootElement.GetProperty("articles").EnumerateArray().Select(a => new Article(
            split,
            a.GetProperty("doc").GetString()!,
            a.GetProperty("from").GetString()!,
            a.TryGetProperty("newid", out JsonElement newId) ? newId.GetInt32() : null,
            a.TryGetProperty("row", out JsonElement row) ? row.GetInt32() : null,
            a.GetProperty("sha256").GetString()!,
            a.GetProperty("target").GetString()!,
            a.GetProperty("speakers").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)))];
    }

    private static List<Article> LoadBoth() => [.. Load("real-dev"), .. Load("real-test"), .. Load("real-dev3"), .. Load("real-dev4"), .. Load("real-dev5"), .. Load("real-dev6"), .. Load("real-dev7")];

    /// <summary>
    /// The text of <paramref name="a"/>: a BBC file as it is, a Reuters-21578 story by the rule of
    /// <c>seeds/tools/reuters_text.py</c>, an AG News row (0-based line of the CSV) as <c>scripts/score-speaker-stance.py</c>
    /// builds it: the title, a blank line, the description with backslashes as spaces and white space runs as one space, a newline.
    /// </summary>
    private static string TextOf(Article a, string shared)
    {
        string path = Path.Combine(shared, a.From);
        if (a.NewId is int id)
        {
            return RealNewsSet.ReutersStories(File.ReadAllText(path, Encoding.Latin1))[id];
        }

        if (a.Row is int row)
        {
            string[] fields = CsvFields(File.ReadLines(path).ElementAt(row));
            return fields[1].Trim() + "\n\n" + string.Join(' ', fields[2].Replace('\\', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + "\n";
        }

        return File.ReadAllText(path);
    }

    /// <summary>The fields of one CSV line whose every field is quoted (AG News: <c>""</c> is a quote inside a field).</summary>
    private static string[] CsvFields(string line) =>
        [.. Regex.Matches(line, "\"((?:[^\"]|\"\")*)\"").Select(m => m.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal))];

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

        Assert.Empty(all.GroupBy(a => a.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(all.GroupBy(a => a.Sha256, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(all.GroupBy(a => a.Doc, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));

        string ownDev = Path.Combine(StanceDir, "real-dev") + Path.DirectorySeparatorChar, ownTest = Path.Combine(StanceDir, "real-test") + Path.DirectorySeparatorChar;
        string ownFresh = Path.Combine(StanceDir, "real-dev3") + Path.DirectorySeparatorChar, ownFresh4 = Path.Combine(StanceDir, "real-dev4") + Path.DirectorySeparatorChar;
        string ownFresh5 = Path.Combine(StanceDir, "real-dev5") + Path.DirectorySeparatorChar, ownFresh6 = Path.Combine(StanceDir, "real-dev6") + Path.DirectorySeparatorChar;
        string ownFresh7 = Path.Combine(StanceDir, "real-dev7") + Path.DirectorySeparatorChar;
        string[] otherSeedFiles = [.. Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "seeds"), "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(ownDev, StringComparison.Ordinal) && !f.StartsWith(ownTest, StringComparison.Ordinal) && !f.StartsWith(ownFresh, StringComparison.Ordinal) && !f.StartsWith(ownFresh4, StringComparison.Ordinal) && !f.StartsWith(ownFresh5, StringComparison.Ordinal) && !f.StartsWith(ownFresh6, StringComparison.Ordinal) && !f.StartsWith(ownFresh7, StringComparison.Ordinal))
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))];
        Assert.Contains(otherSeedFiles, f => f.EndsWith(Path.Combine("real-bbc-test", "manifest.json"), StringComparison.Ordinal));
        Dictionary<string, string> contents = otherSeedFiles.ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal);
        foreach (Article a in all)
        {
            // A Reuters story or an AG News row shares its file with others: it is used when a seed names the file and its
            // NEWID / row (or the same text by hash).
            string? user = contents.FirstOrDefault(c => c.Value.Contains(a.Sha256, StringComparison.Ordinal) || (c.Value.Contains(a.From, StringComparison.Ordinal)
                && (a.NewId is not int id || Regex.IsMatch(c.Value, $"\"newid\":\\s*{id}\\b")) && (a.Row is not int row || Regex.IsMatch(c.Value, $"\"row\":\\s*{row}\\b")))).Key;
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
            string text = TextOf(a, shared);
            Assert.Equal(a.Sha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
            Assert.All(a.Speakers.Keys, name => Assert.True(text.Contains(name, StringComparison.Ordinal), $"{a.Split}/{a.Doc}: gold speaker '{name}' is not named in the text"));
            texts[a.Key] = text;
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
                // Session 28's fresh check (real-dev7) must not retell any other split's story, real-dev6's included
                // (its Reuters stories are also checked against the Reuters quote dev set below).
                "real-dev7" => tuned.Concat(quoteTest).Concat(all.Where(b => b.Split is "real-test" or "real-dev3" or "real-dev4" or "real-dev5" or "real-dev6").Select(b => b.From))
                    .Concat(Load("real-dev2").Select(b => b.From)),
                _ => quoteTest,
            };
            HashSet<string> mine = StoryOverlap.Shingles(texts[a.Key]);
            IEnumerable<(string Name, string Text)> otherTexts = others.Select(o => (o, File.ReadAllText(Path.Combine(shared, o))));
            if (a.Split == "real-dev7")
            {
                RealManifest reuters = RealNewsSet.LoadManifest(RealNewsSet.Reuters);
                otherTexts = otherTexts.Concat(RealNewsSet.BuildTexts(reuters, shared).Select(t => ("seeds/real/" + t.Key, t.Value)));
            }

            foreach ((string other, string otherText) in otherTexts)
            {
                HashSet<string> theirs = StoryOverlap.Shingles(otherText);
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
