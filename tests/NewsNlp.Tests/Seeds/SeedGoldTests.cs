namespace NewsNlp.Tests.Seeds;

/// <summary>The seed articles and their gold files are well-formed, so other tests can trust them.</summary>
public sealed class SeedGoldTests
{
    private static readonly HashSet<string> EntityTypes = ["PERSON", "ORG", "LOC", "MISC"];
    private static readonly HashSet<string> QuoteTypes = ["direct", "mixed", "indirect"];
    private const string QuoteMarks = "\"“”'‘’`";

    [Fact]
    public void There_are_at_least_three_seeds_each_with_a_gold_file()
    {
        Assert.True(SeedArticle.Names.Count >= 3, $"expected at least 3 seed articles, found {SeedArticle.Names.Count}");
        foreach (string name in SeedArticle.Names)
        {
            Assert.True(File.Exists(Infrastructure.SharedData.Seed(name + ".gold.json")), $"seeds/{name}.gold.json is missing");
        }
    }

    [Theory]
    [MemberData(nameof(SeedArticle.NameData), MemberType = typeof(SeedArticle))]
    public void Text_is_utf8_without_bom_with_lf_line_ends(string name)
    {
        byte[] bytes = SeedArticle.ReadBytes(name);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "BOM present");
        Assert.DoesNotContain((byte)'\r', bytes);
        SeedArticle seed = SeedArticle.Load(name); // throws on invalid UTF-8
        Assert.InRange(seed.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length, 400, 1000);
    }

    [Theory]
    [MemberData(nameof(SeedArticle.NameData), MemberType = typeof(SeedArticle))]
    public void Entities_are_in_range_match_their_text_and_do_not_overlap(string name)
    {
        SeedArticle seed = SeedArticle.Load(name);
        Assert.NotEmpty(seed.Gold.Entities);
        int previousEnd = 0;
        foreach (GoldEntity e in seed.Gold.Entities)
        {
            Assert.True(e.Start >= 0 && e.Start < e.End && e.End <= seed.Text.Length, $"{name}: entity {e} out of range");
            Assert.Equal(e.Text, seed.Text[e.Start..e.End]);
            Assert.Contains(e.Type, EntityTypes);
            Assert.True(e.Start >= previousEnd, $"{name}: entity {e} overlaps or precedes the previous one");
            Assert.True(IsBoundary(seed.Text, e.Start) && IsBoundary(seed.Text, e.End), $"{name}: entity {e} cuts a word");
            previousEnd = e.End;
        }

        foreach (string type in EntityTypes)
        {
            Assert.Contains(seed.Gold.Entities, e => e.Type == type);
        }
    }

    [Theory]
    [MemberData(nameof(SeedArticle.NameData), MemberType = typeof(SeedArticle))]
    public void Quotes_are_in_range_and_consistent(string name)
    {
        SeedArticle seed = SeedArticle.Load(name);
        Assert.True(seed.Gold.Quotes.Count >= 10, $"{name}: expected a rich set of quotes");
        int previousStart = -1;
        foreach (GoldQuote q in seed.Gold.Quotes)
        {
            Assert.Contains(q.Type, QuoteTypes);
            Assert.NotEmpty(q.Content);
            int end = -1;
            foreach (int[] span in q.Content)
            {
                AssertSpan(seed.Text, span, name);
                Assert.True(span[0] >= end, $"{name}: content spans out of order");
                end = span[1];
                string content = seed.Text[span[0]..span[1]];
                Assert.Equal(content.Trim(), content);
                if (q.Type == "direct")
                {
                    Assert.Contains(content[0], QuoteMarks);
                }
                else if (q.Type == "mixed")
                {
                    Assert.True(content.Any(c => QuoteMarks.Contains(c, StringComparison.Ordinal)), $"{name}: mixed quote without quoted words: {content}");
                }
            }

            Assert.True(q.Content[0][0] > previousStart, $"{name}: quotes not in text order");
            previousStart = q.Content[0][0];
            foreach (int[]? span in new[] { q.Cue, q.Source })
            {
                if (span is null)
                {
                    continue;
                }

                AssertSpan(seed.Text, span, name);
                Assert.DoesNotContain(q.Content, c => c[0] < span[1] && span[0] < c[1]);
            }

            Assert.True(q.Speaker is null || q.Speaker.Trim().Length > 0, $"{name}: blank speaker");
            Assert.True(q.Source is null || q.Speaker is not null, $"{name}: a quote with a source must name its speaker");
        }

        Assert.Contains(seed.Gold.Quotes, q => q.Type == "direct");
        Assert.Contains(seed.Gold.Quotes, q => q.Type == "indirect");
        Assert.Contains(seed.Gold.Quotes, q => q.Type == "mixed");
    }

    [Fact]
    public void Named_speakers_are_persons_or_organisations_in_the_gold_entities()
    {
        foreach (string name in SeedArticle.Names)
        {
            SeedArticle seed = SeedArticle.Load(name);
            var entityTexts = seed.Gold.Entities.Where(e => e.Type is "PERSON" or "ORG").Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
            foreach (GoldQuote q in seed.Gold.Quotes)
            {
                if (q.Speaker is { } speaker && char.IsUpper(speaker[0]))
                {
                    Assert.True(entityTexts.Contains(speaker), $"{name}: speaker '{speaker}' is not a PERSON/ORG entity text");
                }
            }
        }
    }

    private static void AssertSpan(string text, int[] span, string name)
    {
        Assert.Equal(2, span.Length);
        Assert.True(span[0] >= 0 && span[0] < span[1] && span[1] <= text.Length, $"{name}: span [{span[0]}, {span[1]}) out of range");
    }

    private static bool IsBoundary(string text, int offset) =>
        offset == 0 || offset == text.Length || !char.IsLetterOrDigit(text[offset - 1]) || !char.IsLetterOrDigit(text[offset]);
}
