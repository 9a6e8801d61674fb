using NewsNlp.Documents;
using NewsNlp.Documents.Parts;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Reported speech as news writes it: what the content of each attribution is, where it ends, and what is not speech.
/// Every text here is written for the test (invented people, places and firms).
/// </summary>
public sealed class ReportedSpeechPatternTests
{
    private static readonly NewsPipeline Pipeline = new([new TokenizerStage(), new StructureStage(), new QuoteStage()]);

    [Theory]
    [InlineData("DUNMORE, May 3 - Shipments through the port of Dunmore rose sharply in April after a long strike ended, port director Anna Kral said.")]
    [InlineData("DUNMORE, Norland (Reuters) - Shipments through the port of Dunmore rose sharply in April after a long strike ended, port director Anna Kral said.")]
    public void AWireLedeAfterItsDatelineIsReportedWithoutTheDateline(string lede)
    {
        string text = "PORT SAYS SHIPMENTS UP\n\n" + lede + "\n    \"We are back to normal,\" she said.\n";
        NewsDocument doc = Pipeline.Process(text);
        Quote q = Assert.Single(doc.Quotes, q => Covers(doc, q, "rose sharply in April"));
        Assert.Equal("Shipments through the port of Dunmore rose sharply in April after a long strike ended", QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("Anna Kral", q.SpeakerName);
    }

    [Theory]
    [InlineData("The minister told reporters the talks had collapsed.", "the talks had collapsed", "minister")]
    [InlineData("Anna Kral said last week the crane was already on its way.", "the crane was already on its way", "Anna Kral")]
    [InlineData("Prices will rise again next month, the central bank said in a statement.", "Prices will rise again next month", "central bank")]
    [InlineData("DUNMORE, May 3 - Norland\"s exports would recover by June, the trade minister said.", "Norland\"s exports would recover by June", "trade minister")]
    public void AReportedClauseIsItsContentAndItsSpeaker(string sentence, string content, string speaker)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Contains(speaker, q.SpeakerName, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("The harbour was \"crowded, noisy and unsafe\", Mr Okafor said.", "The harbour was \"crowded, noisy and unsafe\"", QuoteKind.Mixed, "Okafor")]
    [InlineData("Mending the rift with the harbour towns was the port's single most \"pressing challenge\" of the decade, Anna Kral warned.", "Mending the rift with the harbour towns was the port's single most \"pressing challenge\" of the decade", QuoteKind.Mixed, "Anna Kral")]
    [InlineData("The board's first task was to \"rebuild a sense of purpose\" within the company, Anna Kral said.", "The board's first task was to \"rebuild a sense of purpose\" within the company", QuoteKind.Mixed, "Anna Kral")]
    [InlineData("The heavy tariffs the council imposed on foreign cranes are not only a warning to Dunmore but also a sign the council will act against dumping everywhere, port officials said.", "The heavy tariffs the council imposed on foreign cranes are not only a warning to Dunmore but also a sign the council will act against dumping everywhere", QuoteKind.Indirect, "port officials")]
    public void ASentenceClosingWithItsReportReportsEverythingBeforeTheComma(string sentence, string content, QuoteKind kind, string speaker)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(kind, q.Kind);
        Assert.Contains(speaker, q.SpeakerName, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("The harbour master told Radio Dunmore's Morning programme that the quay would reopen in May.", "the quay would reopen in May")]
    [InlineData("Anna Kral told the Dunmore Herald website she had received no warning from the board.", "she had received no warning from the board")]
    [InlineData("Port spokesman Tom Becker told reporters the new tariffs should be seen as a warning to shippers.", "the new tariffs should be seen as a warning to shippers")]
    [InlineData("Port spokesman Tom Becker told reporters the strike was \"a disgrace\" and would end soon.", "the strike was \"a disgrace\" and would end soon")]
    public void TheHearerOfToldIsNotPartOfWhatWasSaid(string sentence, string content)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("told", QuoteTestHelpers.CueText(doc, q));
    }

    [Theory]
    [InlineData("Anna Kral told Reuters Harbour Master Jon Lund had decided not to reopen the northern quay.", "Harbour Master Jon Lund had decided not to reopen the northern quay")]
    [InlineData("Anna Kral told AFP Dunmore Port Authority was ready to sell the cranes.", "Dunmore Port Authority was ready to sell the cranes")]
    [InlineData("Tom Becker told Radio Dunmore's breakfast show with Jo Hart he wanted the harbour master's job.", "he wanted the harbour master's job")]
    public void TheHearerOfToldEndsBeforeTheReportedClausesSubject(string sentence, string content)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "told");
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(AttributionAct.Speech, q.Act);
    }

    [Theory]
    [InlineData("The port faces an appeal by the harbour pilots to delay the closure of the quay.", "to delay the closure of the quay", "harbour pilots")]
    [InlineData("The harbour master faced a call by union leader Ola Brandt to publish the \"safety review\" of the quay.", "\"safety review\" of the quay", "Ola Brandt")]
    public void ARequestMadeBySomeoneReportsWhatWasAskedFor(string sentence, string content, string speaker)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => Covers(doc, q, content));
        Assert.Contains(speaker, q.SpeakerName, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(AttributionAct.Speech, q.Act);
    }

    [Theory]
    [InlineData("Tom Becker appeared to suggest that the cranes were idle.", "the cranes were idle", "Tom Becker")]
    [InlineData("During a visit to the northern quay on Monday, Ola Brandt attacked the board for its handling of the strike, saying, \"The quay has been neglected for years.\"", "The quay has been neglected for years.", "Ola Brandt")]
    public void AHedgedReportOrAParticipleAfterAnOpeningPhraseKeepsTheSubjectAsSource(string sentence, string content, string source)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == content);
        Assert.Equal(source, QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal(AttributionAct.Speech, q.Act);
    }

    [Fact]
    public void AQuotedFragmentInARelativeClauseBelongsToThatClausesReport()
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\nThe port faces two legal challenges - one from the dockers' union and the other from Nordlink Shipping, which has attacked the plan as a \"bad piece of law\".\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("the plan as a \"bad piece of law\"", QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("which", QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal("Nordlink Shipping", q.SpeakerName);
        Assert.Equal(QuoteKind.Mixed, q.Kind);
    }

    [Fact]
    public void ANegatedVerbOfTheReportedClauseDoesNotEndIt()
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\nThe union said Brandt had \"wisely\" not asked about the pay deal.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("Brandt had \"wisely\" not asked about the pay deal", QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(QuoteKind.Mixed, q.Kind);
    }

    [Theory]
    [InlineData("The new harbour fees, port officials said, would double the cost of a call at Dunmore next year.", "The new harbour fees | would double the cost of a call at Dunmore next year", "port officials")]
    [InlineData("But, says port historian Dr Anna Kral, some things at the harbour have stayed the same for a century.", "some things at the harbour have stayed the same for a century", "Anna Kral")]
    public void AReportInsertedBetweenCommasReportsTheClauseAroundIt(string sentence, string content, string speaker)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Contains(speaker, q.SpeakerName, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Anna Kral conceded the win over Dunmore, which included goals from two young strikers, was not pretty to watch.", "the win over Dunmore, which included goals from two young strikers, was not pretty to watch")]
    [InlineData("Dealers said they expected Nordlink stock, which closed Friday at 31, to slip to about 25 when the exchange opened on Monday.", "they expected Nordlink stock, which closed Friday at 31, to slip to about 25 when the exchange opened on Monday")]
    public void ARelativeClauseBetweenCommasDoesNotEndTheReportedClause(string sentence, string content)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
    }

    [Theory]
    [InlineData("The port authority dismissed the latest reports, saying the new quay was \"on schedule\" and within budget.", "the new quay was \"on schedule\" and within budget", "saying")]
    [InlineData("Anna Kral said the strike would end soon, adding that the talks had been \"very constructive\".", "the talks had been \"very constructive\"", "adding")]
    public void AQuotedClauseAfterATrailingParticipleIsThatParticiplesReport(string sentence, string content, string cue)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Mixed);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(cue, QuoteTestHelpers.CueText(doc, q));
    }

    [Theory]
    [InlineData("The Greens say the new fees will hurt fishermen and the Liberals claim they will cost jobs at the port.", "the new fees will hurt fishermen", "they will cost jobs at the port", "Liberals")]
    [InlineData("Anna Kral said the quay would reopen in May but the harbour master insisted that repairs would take a year.", "the quay would reopen in May", "repairs would take a year", "harbour master")]
    [InlineData("The Greens say the two leaders are behaving like schoolboys and the Liberals claim personal ambition is blocking the port deal.", "the two leaders are behaving like schoolboys", "personal ambition is blocking the port deal", "Liberals")]
    public void TwoReportsJoinedByAConjunctionAreTwoQuotes(string sentence, string first, string second, string secondSpeaker)
    {
        // Session 24 (lead): the third row's second clause opens with a bare noun phrase ("personal ambition is …"), an auxiliary after it.
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal(first, QuoteTestHelpers.ContentText(doc, doc.Quotes[0]));
        Assert.Equal(second, QuoteTestHelpers.ContentText(doc, doc.Quotes[1]));
        Assert.Contains(secondSpeaker, doc.Quotes[1].SpeakerName, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("A day ahead of the port board's budget report, Ms Kral used a speech to say the harbour was facing up to \"painful realities\".", "the harbour was facing up to \"painful realities\"", "used a speech to say", "Kral")]
    [InlineData("Tom Becker took to the radio on Monday to warn that the quay was \"falling apart\".", "the quay was \"falling apart\"", "took to the radio on Monday to warn", "Becker")]
    public void AnInfinitiveCueSpeaksForTheSubjectOfTheVerbItHangsOn(string sentence, string content, string cue, string speaker)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(cue, QuoteTestHelpers.CueText(doc, q));
        Assert.Contains(speaker, q.SpeakerName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Anna Kral said the board was \"asleep at the wheel\" and urged the dockers to return to work.", "the board was \"asleep at the wheel\"")]
    [InlineData("Tom Becker took to the radio to accuse the board of being \"asleep\" and urge Norland's dockers to strike.", "the board of being \"asleep\"")]
    public void ASecondVerbOfTheSubjectEndsTheMixedClause(string sentence, string content)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Mixed);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
    }

    [Theory]
    [InlineData("Presenting the port budget to the council, Anna Kral said the harbour fees would rise next year.", "the harbour fees would rise next year")]
    [InlineData("Speaking at the quay on Monday, the harbour master said the cranes would be replaced.", "the cranes would be replaced")]
    public void AParticiplePhraseOpeningTheSentenceIsNotWhatWasSaid(string sentence, string content)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("said", QuoteTestHelpers.CueText(doc, q));
    }

    [Fact]
    public void AQuotationOpeningTheSentenceBeforeItsReportStaysDirect()
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n\"We will not sign this deal,\" Mr Okafor said.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("We will not sign this deal,", QuoteTestHelpers.ContentText(doc, q));
    }

    [Theory]
    [InlineData("The regulator told a dispatcher before police arrived.")]
    [InlineData("Opposition leaders criticised Norland\"s newly unveiled budget and its large projected deficit of 57 billion crowns.")]
    [InlineData("Brokers welcomed the minister's proposal to set up a regulatory board for the exchange.")]
    [InlineData("Few politicians criticised a sharp rise in defence spending in a country where fear of its neighbour wins votes.")]
    public void AnActionWithACueLikeVerbIsNotReportedSpeech(string sentence)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Assert.Empty(doc.Quotes);
    }

    [Theory]
    [InlineData("Overseas traffic is expected to follow a similar pattern, Anna Kral said.", "Overseas traffic is expected to follow a similar pattern", "Anna Kral")]
    [InlineData("The average number of ships calling in 1988 is projected at 978, according to Tom Becker, the harbour master.", "The average number of ships calling in 1988 is projected at 978", "Tom Becker")]
    [InlineData("Over the period, the crown has risen against the dollar twice as fast as against the euro, Anna Kral said.", "Over the period, the crown has risen against the dollar twice as fast as against the euro", "Anna Kral")]
    public void ASpeechCueAroundAnotherAttributionReportsTheWholeClause(string sentence, string content, string speaker)
    {
        NewsDocument doc = Pipeline.Process("Port talks stall\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(speaker, q.SpeakerName);
        Assert.Equal(AttributionAct.Speech, q.Act);
    }

    [Fact]
    public void AClauseWithItsOwnSaidIsNeverInsideAnotherSpeakersClause()
    {
        // The relative clause's "said" is Norland's report: the minister's trailing cue must not report a clause holding it.
        NewsDocument doc = Pipeline.Process("Port talks stall\n\nNorland, which said it would not cut its quota, had shipped less than expected, the minister said.\n");
        Assert.Contains(doc.Quotes, q => Covers(doc, q, "it would not cut its quota"));
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).StartsWith("Norland", StringComparison.Ordinal));
    }

    private static bool Covers(NewsDocument doc, Quote q, string words) =>
        q.Content.Any(s => doc.GetText(s).Contains(words, StringComparison.Ordinal));
}
