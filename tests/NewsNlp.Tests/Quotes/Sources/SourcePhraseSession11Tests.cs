using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Quotes.Sources;

/// <summary>
/// Source mentions: a name modifying the noun of speakers after it is not the whole phrase, and a sentence adverb
/// opening the sentence is no subject of a participle cue. Every text is written for the test (invented firms and towns).
/// </summary>
public sealed class SourcePhraseSession11Tests
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
