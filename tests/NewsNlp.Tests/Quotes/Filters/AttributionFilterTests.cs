using NewsNlp.Documents;
using NewsNlp.Documents.Parts;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Only real speech is reported by default: captions and slugs never, actions with cue-like verbs as the act "other",
/// sources that cannot speak dropped. Every text here is written for the test.
/// </summary>
public sealed class AttributionFilterTests
{
    private static readonly NewsPipeline Pipeline = new([new TokenizerStage(), new StructureStage(), new QuoteStage()]);
    private static readonly NewsPipeline AllActs = new([new TokenizerStage(), new StructureStage(), new QuoteStage(new QuoteStageOptions { Acts = AttributionActs.All })]);

    [Theory]
    [InlineData("Nordlink declined to comment.", "to comment")]
    [InlineData("The port authority refused to comment on the report.", "to comment")]
    [InlineData("A Nordlink official, who asked not to be identified, said the cranes were idle.", "not to be identified")]
    [InlineData("The Kestrel delegation called the media to a small room in the hotel to give its own view.", "the media")]
    [InlineData("The harbour board called a meeting for Friday.", "a meeting")]
    [InlineData("The prosecution questioned her motives.", "her motives")]
    [InlineData("Giant banners show smiling ministers at every crossing.", "smiling ministers")]
    [InlineData("A port spokesman had no comment on the newspaper report.", "the newspaper report")]
    [InlineData("The broker is recommending a basket of shipping stocks.", "a basket of shipping stocks")]
    [InlineData("The paper quoted a harbour pilot as saying.", "a harbour pilot as saying")]
    [InlineData("On a cold morning you can feel the tension along the quay.", "the tension")]
    [InlineData("Dock workers condemned the closure as well.", "the closure")]
    public void ActionsWithCueLikeVerbsAreNotReportedByDefault(string sentence, string content)
    {
        string text = "Dock workers walk out at Kestrel\n\n" + sentence + "\n\nOla Brandt said the strike would go on.";
        NewsDocument byDefault = Pipeline.Process(text);
        Assert.DoesNotContain(byDefault.Quotes, q => Covers(byDefault, q, content));
        Assert.Contains(byDefault.Quotes, q => Covers(byDefault, q, "the strike would go on"));

        NewsDocument all = AllActs.Process(text);
        Assert.All(all.Quotes.Where(q => Covers(all, q, content)), q => Assert.NotEqual(AttributionAct.Speech, q.Act));
    }

    [Theory]
    [InlineData("The dockers' union has attacked the plan as a tax on every crate.", "the plan as a tax on every crate")]
    [InlineData("Ola Brandt dismissed the report as \"pure fiction\" from the start.", "the report as \"pure fiction\" from the start")]
    [InlineData("Critics condemned the new fees as being unfair to small ferry operators.", "the new fees as being unfair to small ferry operators")]
    public void AnEvaluativeCueWithAnAsPredicateReportsAJudgement(string sentence, string content)
    {
        string text = "Dock workers walk out at Kestrel\n\n" + sentence + "\n\nOla Brandt said the strike would go on.";
        NewsDocument doc = Pipeline.Process(text);
        Quote q = Assert.Single(doc.Quotes, q => Covers(doc, q, content));
        Assert.Equal(AttributionAct.Speech, q.Act);
    }

    [Fact]
    public void AClauseTheSentenceClosesWithASpeechCueIsSpeechWithThatSource()
    {
        const string Text = "Dock workers walk out at Kestrel\n\nOverseas traffic is expected to follow a similar pattern, Brandt said.";
        NewsDocument doc = Pipeline.Process(Text);
        Quote q = Assert.Single(doc.Quotes, q => Covers(doc, q, "to follow a similar pattern"));
        Assert.Equal(AttributionAct.Speech, q.Act);
        Assert.Equal("Brandt", QuoteTestHelpers.SourceText(doc, q));
    }

    [Theory]
    [InlineData("The studio said it was delighted with the film's success.", "studio")]
    [InlineData("The club said the striker would stay until the end of the season.", "club")]
    [InlineData("The embassy said no Norland citizens had been hurt.", "embassy")]
    [InlineData("The archbishop told reporters the church had made mistakes.", "archbishop")]
    public void AnOrganisationOrOfficeThatSpeaksThroughItsStaffKeepsItsSource(string sentence, string source)
    {
        NewsDocument doc = Pipeline.Process("Dock workers walk out at Kestrel\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(AttributionAct.Speech, q.Act);
        Assert.Contains(source, QuoteTestHelpers.SourceText(doc, q), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void APlaceInsideAListOfSubjectsIsNotTheSpeaker()
    {
        NewsDocument doc = Pipeline.Process("Freight companies in Austria and Hungary warned that deliveries would slow.");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("Freight companies", QuoteTestHelpers.SourceText(doc, q));
    }

    [Fact]
    public void ALoneFunctionWordOrAGenericYouIsNeverASource()
    {
        NewsDocument doc = AllActs.Process("The. plan to merge the ports was shelved, you know, and you can see the cranes rust.");
        Assert.All(doc.Quotes, q => Assert.DoesNotContain(QuoteTestHelpers.SourceText(doc, q) ?? "", new[] { "The", "you" }));
    }

    [Fact]
    public void SlugCaptionAndTimestampLinesAreNeverQuotesOrSources()
    {
        const string Text = """
            kestrel port strike update lindqvist kstl_00001234.jpg
            Tensions high at Port Kestrel
            01:15 - Source: CNN

            Kestrel, Norland CNN —

            "We will not load a single ship," said Ola Brandt, the union's chairman.

            A crane operator waits at the gate. (Photo by Ana Ruiz/Getty Images)
            """;
        foreach (NewsDocument doc in new[] { Pipeline.Process(Text), AllActs.Process(Text), QuoteTestHelpers.Annotate(Text) })
        {
            Quote q = Assert.Single(doc.Quotes);
            Assert.Equal("We will not load a single ship,", QuoteTestHelpers.ContentText(doc, q));
            Assert.Equal("Ola Brandt", q.SpeakerName);
        }
    }

    [Fact]
    public void AHeadlineAttributionIsReportedOnlyWithEveryAct()
    {
        const string Text = "MINISTER SAYS PORT TALKS WILL RESUME\n\nKESTREL, March 3 - The transport minister said on Monday that talks with the dock workers would resume next week.";
        NewsDocument byDefault = Pipeline.Process(Text);
        Assert.DoesNotContain(byDefault.Quotes, q => q.Content[0].Start < Text.IndexOf('\n'));
        Assert.Contains(byDefault.Quotes, q => Covers(byDefault, q, "talks with the dock workers would resume"));
        Assert.Equal("MINISTER SAYS PORT TALKS WILL RESUME", byDefault.Metadata.Headline);
    }

    [Fact]
    public void AShortTitleInQuotationMarksIsNotAQuote()
    {
        NewsDocument doc = Pipeline.Process("The bureau printed a pamphlet, \"Cheap Travel in Norland.\" It sold well, the bureau said.");
        Assert.DoesNotContain(doc.Quotes, q => Covers(doc, q, "Cheap Travel"));
    }

    [Fact]
    public void JoinedParagraphsWithStraightQuotesKeepEveryQuoteAndItsSpeaker()
    {
        // A wire feed joins paragraphs and has only straight quotes.
        const string Text = "KESTREL, March 3 - Dock workers walked out on Monday. \"We will not load a single ship,\" said Ola Brandt, the union's chairman. \"The operators know what we want.\" Brandt said the strike could last weeks. \"We are ready,\" he said.";
        NewsDocument doc = Pipeline.Process(Text);
        foreach (string content in new[] { "We will not load a single ship", "The operators know what we want", "We are ready" })
        {
            Quote q = Assert.Single(doc.Quotes, q => Covers(doc, q, content));
            Assert.Equal(QuoteKind.Direct, q.Kind);
            Assert.Equal("Ola Brandt", q.SpeakerName);
        }
    }

    private static bool Covers(NewsDocument doc, Quote q, string words) =>
        q.Content.Any(s => doc.GetText(s).Contains(words, StringComparison.Ordinal));
}
