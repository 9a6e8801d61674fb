using System.Text.RegularExpressions;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Tests.Seeds;
using Xunit.Abstractions;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// The real-news dev sets (<c>seeds/real</c>: Reuters-21578 wire stories and the shared seed article; <c>seeds/real-bbc</c>:
/// modern BBC News articles; gold as offsets and labels only): the texts rebuilt from <c>../shared</c> still match the
/// annotated ones, and the default pipeline is scored with the protocol of <c>quotes_score.py real</c> (found / right
/// speaker / precision). The blind test set <c>seeds/real-bbc-test</c> has its gold and texts checked the same way but is
/// deliberately not scored here: a ratchet on it would print its misses on every test run and invite tuning on a test
/// split (it is scored by <c>scripts/score-real-bbc-test.sh</c> before landing).
/// </summary>
public partial class RealNewsGoldTests(ITestOutputHelper output)
{
    // Lower bounds per set: the figures measured (see docs/quotes.md), minus about two points (more for the smaller BBC
    // set, where one quote is 0.5 points) so that unrelated changes can move a quote or two; a real regression fails.
    // Raise them when the figures improve.
    private static readonly Dictionary<string, Ratchet> Ratchets = new(StringComparer.Ordinal)
    {
        // real: 97.4 / 90.9 / 98.7 measured with nested reports and the title-holder rule; every direct quote found (172/172)
        // grown to 30 stories + the seed / 567 speech spans (session 7, 7 fresh stories annotated before the system was
        // run on them): 97.4 / 92.8 / 99.0 on the first 24 articles -> 96.8 / 90.8 / 98.7 on all (fresh ones alone
        // 95.4 / 85.4 / 97.9), so the speaker bound moves from 92.5 to 90.5 (one quote is 0.18 points)
        // session 8: 96.8 / 91.4 / 98.7 with the topic / role / lead speaker rules, speaker bound 91.0
        [RealNewsSet.Reuters] = new(MinRecall: 95.5, MinSpeaker: 91.0, MinPrecision: 96.5, MinDirectFound: 98.0, MinArticles: 28),
        // real-bbc: 96.7 / 75.7 / 94.6 when annotated (main 3c90973; direct found 75/76); 96.7 / 85.0 / 94.6 with the
        // modern-news speaker rules (continuations, lead-ins, hyphenated surnames, talked-about persons, nested cues);
        // precision 95.0 -> 97.4 (false 10 -> 5) with the session-6 non-speech filters (things denied, 'reports of');
        // grown to 20 articles / 409 speech spans (session 7, 10 fresh articles annotated before the system was run on
        // them): 96.7 / 93.0 / 97.4 on the first 10 -> 97.8 / 91.9 / 97.6 on all 20 (fresh ones alone 99.0 / 90.8 / 97.7),
        // so the speaker bound moves from 92.5 to 91.5 (one quote is 0.24 points); 92.9 after the session-7 speaker rules
        // (continuation chains, talked-about persons, spokespeople, role phrases), bound 92.5
        // session 8: 98.0 / 93.4 / 97.6 (unchanged by the session's speaker rules), speaker bound 93.0
        [RealNewsSet.Bbc] = new(MinRecall: 94.5, MinSpeaker: 93.0, MinPrecision: 96.0, MinDirectFound: 97.0, MinArticles: 18),
    };

    // Least number of articles per set whose gold is checked (the scored sets above, and the blind test set).
    private static readonly Dictionary<string, int> MinArticles = new(StringComparer.Ordinal)
    {
        [RealNewsSet.Reuters] = Ratchets[RealNewsSet.Reuters].MinArticles,
        [RealNewsSet.Bbc] = Ratchets[RealNewsSet.Bbc].MinArticles,
        [RealNewsSet.BbcTest] = 8,
    };

    [Theory]
    [InlineData(RealNewsSet.Reuters)]
    [InlineData(RealNewsSet.Bbc)]
    [InlineData(RealNewsSet.BbcTest)]
    public void Gold_is_well_formed(string set)
    {
        RealManifest manifest = RealNewsSet.LoadManifest(set);
        Dictionary<string, RealArticle> articles = manifest.Articles.ToDictionary(a => a.Doc, StringComparer.Ordinal);
        IReadOnlyList<RealGoldSpan> gold = RealNewsSet.LoadGold(manifest, set);
        Assert.True(articles.Count >= MinArticles[set], $"{set} has {articles.Count} articles (at least {MinArticles[set]} wanted)");
        if (set == RealNewsSet.Reuters)
        {
            int reuters = articles.Values.Count(a => a.NewId is not null);
            Assert.True(reuters >= 15, $"the set has {reuters} Reuters articles (at least 15 wanted)");
        }

        foreach (RealGoldSpan g in gold)
        {
            Assert.True(articles.TryGetValue(g.Doc, out RealArticle? a), $"{g.Doc} is not in the manifest");
            Assert.InRange(g.Start, 0, g.End - 1);
            Assert.InRange(g.End, 1, a!.Chars);
            Assert.Contains(g.Type, new[] { "direct", "mixed", "indirect", "optional", "none" });
            Assert.True(!g.IsSpeech || g.Speakers.Length > 0, $"{g.Doc} {g.Start}-{g.End}: speech without an accepted speaker");
            Assert.Matches("^[0-9a-f]{16}$", g.Sha);
        }

        foreach (IGrouping<string, RealGoldSpan> doc in gold.Where(g => g.IsSpeech).GroupBy(g => g.Doc))
        {
            RealGoldSpan[] spans = [.. doc.OrderBy(g => g.Start)];
            for (int i = 1; i < spans.Length; i++)
            {
                Assert.True(spans[i - 1].End <= spans[i].Start, $"{doc.Key}: speech spans {spans[i - 1].Start}-{spans[i - 1].End} and {spans[i].Start}-{spans[i].End} overlap");
            }
        }
    }

    [Fact]
    public void Bbc_test_set_shares_no_article_with_the_dev_set_or_other_seeds()
    {
        RealManifest test = RealNewsSet.LoadManifest(RealNewsSet.BbcTest);
        RealManifest dev = RealNewsSet.LoadManifest(RealNewsSet.Bbc);
        var devHashes = dev.Articles.Select(a => a.Sha256).ToHashSet(StringComparer.Ordinal);
        string testFolder = RealNewsSet.Folder(RealNewsSet.BbcTest);
        string[] otherSeedFiles = [.. Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "seeds"), "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(testFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))];
        Assert.Contains(otherSeedFiles, f => f.EndsWith(Path.Combine("real-bbc", "manifest.json"), StringComparison.Ordinal));
        foreach (RealArticle a in test.Articles)
        {
            Assert.False(devHashes.Contains(a.Sha256), $"{a.Doc}: the same text is in seeds/real-bbc (the dataset repeats stories)");
            string? user = otherSeedFiles.FirstOrDefault(f => File.ReadAllText(f).Contains(a.From, StringComparison.Ordinal));
            Assert.True(user is null, $"{a.Doc}: ../shared/{a.From} is also used by {user}");
        }
    }

    /// <summary>
    /// With <c>../shared</c>: no blind-test article retells the story of a dev article (<c>seeds/real-bbc</c>,
    /// <c>seeds/real</c>) under another number or title, which the hash check above cannot see.
    /// </summary>
    [SkippableFact]
    public void Bbc_test_set_retells_no_story_of_the_dev_sets()
    {
        SharedData.RequireData("unlabeled/bbc");
        SharedData.RequireData("unlabeled/reuters21578");
        string shared = SharedData.SharedRoot!;
        Dictionary<string, string> test = RealNewsSet.BuildTexts(RealNewsSet.LoadManifest(RealNewsSet.BbcTest), shared);
        var dev = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string set in (string[])[RealNewsSet.Bbc, RealNewsSet.Reuters])
        {
            foreach (KeyValuePair<string, string> text in RealNewsSet.BuildTexts(RealNewsSet.LoadManifest(set), shared))
            {
                dev[$"{set}/{text.Key}"] = text.Value;
            }
        }

        var devShingles = dev.ToDictionary(d => d.Key, d => StoryOverlap.Shingles(d.Value), StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> article in test)
        {
            HashSet<string> mine = StoryOverlap.Shingles(article.Value);
            foreach (KeyValuePair<string, HashSet<string>> other in devShingles)
            {
                double jaccard = StoryOverlap.Jaccard(mine, other.Value);
                Assert.True(jaccard < StoryOverlap.SameStoryJaccard, $"real-bbc-test/{article.Key} and {other.Key} tell one story (5-gram Jaccard {jaccard:F2})");
            }
        }
    }

    [SkippableTheory]
    [InlineData(RealNewsSet.Reuters)]
    [InlineData(RealNewsSet.Bbc)]
    [InlineData(RealNewsSet.BbcTest)]
    public void Texts_rebuilt_from_shared_match_the_annotated_ones(string set)
    {
        RealManifest manifest = RealNewsSet.LoadManifest(set);
        Dictionary<string, string> texts = RealNewsSet.BuildTexts(manifest, RequireShared(manifest));
        foreach (RealArticle a in manifest.Articles)
        {
            Assert.True(RealNewsSet.Sha256(texts[a.Doc]) == a.Sha256, $"{a.Doc}: the text rebuilt from ../shared/{a.From} differs from the annotated one");
            Assert.Equal(a.Chars, texts[a.Doc].Length);
        }

        foreach (RealGoldSpan g in RealNewsSet.LoadGold(manifest, set))
        {
            Assert.True(RealNewsSet.SpanHash(texts[g.Doc][g.Start..g.End]) == g.Sha, $"{g.Doc} {g.Start}-{g.End} ({g.Type}): the span no longer covers the annotated text");
        }
    }

    [SkippableTheory]
    [InlineData(RealNewsSet.Reuters)]
    [InlineData(RealNewsSet.Bbc)]
    public void Default_pipeline_keeps_its_found_speaker_and_precision_figures(string set)
    {
        Ratchet min = Ratchets[set];
        RealManifest manifest = RealNewsSet.LoadManifest(set);
        Dictionary<string, string> texts = RealNewsSet.BuildTexts(manifest, RequireShared(manifest));
        ILookup<string, RealGoldSpan> gold = RealNewsSet.LoadGold(manifest, set).ToLookup(g => g.Doc, StringComparer.Ordinal);
        NewsPipeline pipeline = NewsPipeline.CreateDefault();
        int pos = 0, found = 0, right = 0, predicted = 0, good = 0, ignored = 0;
        var byType = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // type -> [gold, found, right]
        foreach (RealArticle a in manifest.Articles.OrderBy(a => a.Doc, StringComparer.Ordinal))
        {
            string text = texts[a.Doc];
            NewsDocument doc = pipeline.Process(text);
            RealGoldSpan[] speech = [.. gold[a.Doc].Where(g => g.IsSpeech)];
            RealGoldSpan[] optional = [.. gold[a.Doc].Where(g => g.Type == "optional")];
            foreach (RealGoldSpan g in speech)
            {
                Quote? hit = doc.Quotes.FirstOrDefault(q => Overlaps(q, g));
                pos++;
                int[] counts = byType.TryGetValue(g.Type, out int[]? c) ? c : byType[g.Type] = new int[3];
                counts[0]++;
                if (hit is null)
                {
                    output.WriteLine($"  MISSED  {a.Doc} [{g.Type}] {Shown(text, g.Start, g.End)}");
                    continue;
                }

                found++;
                counts[1]++;
                string said = hit.SpeakerName is { Length: > 0 } name ? name : hit.Source is { } src ? text[src.Start..src.End] : "";
                if (said.Length > 0 && g.Speakers.Any(s => NameMatches(said, s)))
                {
                    right++;
                    counts[2]++;
                }
                else
                {
                    output.WriteLine($"  SPEAKER {a.Doc} [{g.Type}] {Shown(text, g.Start, g.End)}: got '{said}', want {g.Speakers[0]}");
                }
            }

            foreach (Quote q in doc.Quotes)
            {
                predicted++;
                if (speech.Any(g => Overlaps(q, g)))
                {
                    good++;
                }
                else if (optional.Any(g => Overlaps(q, g)))
                {
                    ignored++;
                }
                else
                {
                    output.WriteLine($"  FALSE   {a.Doc} {Shown(text, q.Content[0].Start, q.Content[0].End)}");
                }
            }
        }

        double recall = 100.0 * found / Math.Max(1, pos);
        double speaker = 100.0 * right / Math.Max(1, pos);
        double precision = 100.0 * good / Math.Max(1, predicted - ignored);
        foreach ((string type, int[] c) in byType)
        {
            output.WriteLine($"{type}: found {c[1]}/{c[0]} right speaker {c[2]}/{c[0]}");
        }

        output.WriteLine($"{set}: real articles: recall {recall:F1} speaker {speaker:F1} precision {precision:F1} (found {found}/{pos}, right {right}, false {predicted - ignored - good} of {predicted} predicted)");
        Assert.True(recall >= min.MinRecall, $"{set}: recall {recall:F1} < {min.MinRecall}");
        Assert.True(speaker >= min.MinSpeaker, $"{set}: right speaker {speaker:F1} < {min.MinSpeaker}");
        Assert.True(precision >= min.MinPrecision, $"{set}: precision {precision:F1} < {min.MinPrecision}");
        int[] direct = byType["direct"];
        Assert.True(direct[1] >= min.MinDirectFound / 100.0 * direct[0], $"{set}: direct quotes found {direct[1]}/{direct[0]}");
    }

    /// <summary>The <c>../shared</c> root, skipping the test with a clear reason when a source file of the set is absent.</summary>
    private static string RequireShared(RealManifest manifest)
    {
        foreach (string from in manifest.Articles.Select(a => a.From).Distinct(StringComparer.Ordinal))
        {
            SharedData.RequireShared(from);
        }

        return SharedData.SharedRoot!;
    }

    private static bool Overlaps(Quote q, RealGoldSpan g) => q.Content.Any(c => c.Start < g.End && g.Start < c.End);

    private static string Shown(string text, int start, int end)
    {
        string s = text[start..Math.Min(end, start + 60)].Replace('\n', ' ');
        return "'" + s + "'";
    }

    // quotes_score.py name_matches: the accepted name's words, in order, among the predicted speaker's words (case ignored).
    private static bool NameMatches(string predicted, string accepted)
    {
        string p = " " + string.Join(' ', Words().Matches(predicted.ToLowerInvariant()).Select(m => m.Value)) + " ";
        string a = string.Join(' ', Words().Matches(accepted.ToLowerInvariant()).Select(m => m.Value));
        return a.Length > 0 && p.Contains(" " + a + " ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();

    /// <summary>The lower bounds one set must keep (percentages), and its least number of articles.</summary>
    private sealed record Ratchet(double MinRecall, double MinSpeaker, double MinPrecision, double MinDirectFound, int MinArticles);
}
