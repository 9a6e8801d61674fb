using System.Text.RegularExpressions;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Seeds;
using Xunit.Abstractions;

namespace NewsNlp.Tests.Quotes;

/// <summary>The default pipeline's quotes against the hand-made gold of the seed articles (anchors protocol of quotes_score.py).</summary>
public partial class SeedQuoteGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<NewsPipeline> Pipeline = new(NewsPipeline.CreateDefault);

    [Theory]
    [MemberData(nameof(SeedArticle.NameData), MemberType = typeof(SeedArticle))]
    public void EveryDirectQuoteIsFoundAndAttributed(string name)
    {
        SeedArticle seed = SeedArticle.Load(name);
        NewsDocument doc = Pipeline.Value.Process(seed.Text);
        int direct = 0, directFound = 0, directRight = 0, reported = 0, reportedFound = 0, reportedRight = 0;
        foreach (GoldQuote g in seed.Gold.Quotes)
        {
            Quote? hit = doc.Quotes.FirstOrDefault(q => q.Content.Any(c => g.Content.Any(s => c.Start < s[1] && s[0] < c.End)));
            bool right = hit is not null && g.Speaker is not null && NameMatches(hit.SpeakerName ?? (hit.Source is { } src ? doc.GetText(src) : ""), g.Speaker);
            if (g.Type == "direct")
            {
                direct++;
                directFound += hit is null ? 0 : 1;
                directRight += right ? 1 : 0;
            }
            else
            {
                reported++;
                reportedFound += hit is null ? 0 : 1;
                reportedRight += right ? 1 : 0;
            }

            if (!right)
            {
                output.WriteLine($"{g.Type} '{seed.Text[g.Content[0][0]..g.Content[0][1]]}' gold {g.Speaker}, predicted {hit?.SpeakerName ?? "(none)"}");
            }
        }

        output.WriteLine($"{name}: direct found {directFound}/{direct} right {directRight}; reported found {reportedFound}/{reported} right {reportedRight}");
        Assert.Equal(direct, directFound);
        Assert.Equal(direct, directRight);
        Assert.True(reportedFound >= 0.85 * reported, $"reported speech found {reportedFound}/{reported}");
        Assert.True(reportedRight >= 0.6 * reported, $"reported speech attributed {reportedRight}/{reported}");
    }

    private static bool NameMatches(string predicted, string accepted)
    {
        string p = " " + string.Join(' ', Words().Matches(predicted.ToLowerInvariant()).Select(m => m.Value)) + " ";
        string a = string.Join(' ', Words().Matches(accepted.ToLowerInvariant()).Select(m => m.Value));
        return a.Length > 0 && p.Contains(" " + a + " ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();
}
