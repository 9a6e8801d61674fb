using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Sources;

/// <summary>
/// Source mentions: a name modifying the noun of speakers after it is not the whole phrase, and a sentence adverb
/// opening the sentence is no subject of a participle cue. Every text is written for the test (invented firms and towns).
/// </summary>
public sealed class SourcePhraseTests
{
    private static readonly NewsPipeline Pipeline = NewsPipelineBuilder.CreateDefault().Build();

    [Theory]
    [InlineData("Steel prices will rise by a fifth next year, according to some Norlandic firms.", "steel prices will rise", "some Norlandic firms")]
    [InlineData("Steel prices will rise by a fifth next year, said Norlandic officials.", "steel prices will rise", "Norlandic officials")]
    public void ANameModifyingTheNounOfSpeakersKeepsTheNoun(string sentence, string content, string source)
    {
        Quote q = QuoteHolding(Pipeline.Process("Steel outlook\n\n" + sentence + "\n"), content, out NewsDocument doc);
        Assert.Equal(source, QuoteTestHelpers.SourceText(doc, q));
    }

    [Fact]
    public void ASentenceAdverbIsNotTheSubjectOfAParticipleCue()
    {
        const string text = "Port row\n\nThe harbour board met on Monday.\n\nMeanwhile, it attacked the minister, saying he \"has failed the town.\"\n";
        Quote q = QuoteHolding(Pipeline.Process(text), "has failed", out NewsDocument doc);
        Assert.Equal("saying", QuoteTestHelpers.CueText(doc, q));
        Assert.Equal("it", QuoteTestHelpers.SourceText(doc, q));
    }

    [Fact]
    public void APassiveCueTakesItsAgentAfterByAsTheSource()
    {
        const string text = "Tax plan\n\nHer views were echoed by several harbour economists on Friday.\n";
        NewsDocument annotated = QuoteTestHelpers.Annotate(text, new QuoteStageOptions { Acts = AttributionActs.All }); // an echo is typed "other"
        Quote q = QuoteHolding(annotated, "Her views", out NewsDocument doc);
        Assert.Equal("several harbour economists", QuoteTestHelpers.SourceText(doc, q));
    }

    [Fact]
    public void APassiveCueWithATimeAfterByHasNoSource()
    {
        const string text = "Tax plan\n\nThe new rules were expected by 2020, the ministry said.\n";
        NewsDocument doc = Pipeline.Process(text);
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) is { } s && s.Contains("2020", StringComparison.Ordinal));
    }

    [Fact]
    public void ADatelineAfterASentenceCaseHeadlineIsNotTheSource()
    {
        const string text = "Harbour leaders weigh new plans for the port.\n\nAfter the strike, the region aims to rely less on road freight.\n\n"
            + "DUNMORE - Harbour leaders gathered Friday to discuss the torrent of problems facing the port after the strike.\n";
        NewsDocument doc = Pipeline.Process(text);
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.SourceText(doc, q) == "DUNMORE");
        Assert.Contains(doc.Structure, p => p.Kind == DocumentPartKind.Dateline && doc.GetText(p.Span).StartsWith("DUNMORE", StringComparison.Ordinal));
    }

    [Fact]
    public void ACueWordBetweenANameAndWhichIsANoun()
    {
        const string text = "Harbour law\n\nThe minister cited a Harbour Commission report which branded the current rules as \"a mess\".\n";
        NewsDocument doc = Pipeline.Process(text);
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "report");
    }

    [Fact]
    public void AProgrammesHostNamedInAnAppositionIsTheSpeaker()
    {
        const string text = "Debate night\n\nThe programme's host, Ana Ruiz, later told the audience that the vote would be close.\n";
        Quote q = QuoteHolding(Pipeline.Process(text), "the vote would be close", out NewsDocument doc);
        Assert.Equal("Ana Ruiz", q.SpeakerName);
    }

    private static Quote QuoteHolding(NewsDocument doc, string content, out NewsDocument document)
    {
        document = doc;
        int at = doc.Text.IndexOf(content, StringComparison.OrdinalIgnoreCase);
        Assert.True(at >= 0);
        Quote? q = doc.Quotes.FirstOrDefault(q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.True(q is not null, "a quote holds '" + content + "'; found: " + string.Join(" / ", doc.Quotes.Select(x => QuoteTestHelpers.ContentText(doc, x))));
        return q;
    }
}
