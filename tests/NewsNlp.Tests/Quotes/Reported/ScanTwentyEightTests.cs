using NewsNlp.Documents;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 28 (quotes28), from a fresh scan of unlabelled news and the known leftovers of session 27: a closing report
/// whose subject is a role with a name in apposition reports the clause before the role; <c>in remarks …</c> after a
/// closing cue is a tail, not content; a dateline opening a digest paragraph is no content; a quoted name after
/// <c>Originally dubbed</c> is no speech; asking someone to do something is a request, not speech; denying wrongdoing is speech; a quoted term inside a
/// headline phrase, a judged thing followed by a clause of its own and a cue word heading its clause's subject are no
/// speech. Every text is
/// written for the test.
/// </summary>
public sealed class ScanTwentyEightTests
{
    [Theory]
    [InlineData("Harbour Foods will close two plants next year, the chairman, Jane Doe, told reporters.", "Harbour Foods will close two plants next year")]
    [InlineData("The new line will open in the spring, the company's chief executive, Tom Reed, told the council.", "The new line will open in the spring")]
    public void AClosingReportWithANameInAppositionToTheRoleReportsTheClauseBeforeTheRole(string sentence, string content)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Plant news\n\nWorkers gathered outside.\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "told");
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
    }

    [Fact]
    public void AClosingReportWithANameInAppositionAndSaidStillReportsTheClause()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Plant news\n\nWorkers gathered outside.\n\nPrices will rise again next year, the minister, John Smith, said.\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "said");
        Assert.Equal("Prices will rise again next year", QuoteTestHelpers.ContentText(doc, q));
    }

    [Theory]
    [InlineData("Prices will stay low until the summer, Mr Hart said on Tuesday in remarks economists saw as a sign of a rate cut.", "Prices will stay low until the summer")]
    [InlineData("The plant will reopen next month, the manager said on Friday in comments to staff at the main site.", "The plant will reopen next month")]
    public void RemarksAfterAClosingCueAreATailNotTheContent(string sentence, string content)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Rates\n\nMarkets were calm.\n\n" + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "said");
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
    }

    [Fact]
    public void ADatelineOpeningADigestParagraphIsNoContent()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "WORLD NEWS DIGEST\n\nLIMA - Rescue teams reached the flooded villages in the north, regional officials said.\n"
            + "    BELGRADE - Over 300 firms are heading for bankruptcy, a union chief said.\n"
            + "    QUITO, Ecuador - The former minister has been detained on suspicion of fraud, police sources said.\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == "Over 300 firms are heading for bankruptcy");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == "The former minister has been detained on suspicion of fraud");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains(" - ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Originally dubbed \"Project Blue\", the plan was renamed last year.")]
    [InlineData("Initially called \"the Harbour Scheme\", the project was later split in two.")]
    public void AQuotedNameAfterAnAdverbAndANamingParticipleIsNoSpeech(string sentence)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Plan news\n\nThe council met.\n\n" + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => q.Act == AttributionAct.Speech);
    }

    [Theory]
    [InlineData("Its founder asked customers in the region to register for the new service by Friday.")]
    [InlineData("The bank asked them to submit bids by this morning.")]
    public void AskingSomeoneToDoSomethingIsARequestNotSpeech(string sentence)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Service news\n\nThe firm grew fast.\n\n" + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => q.Act == AttributionAct.Speech && QuoteTestHelpers.CueText(doc, q)!.EndsWith("asked", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The union urged members to reject the offer.", "urged")]
    [InlineData("She asked whether the plant would stay open.", "asked")]
    public void AnAppealOrAQuestionIsStillSpeech(string sentence, string cue)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Service news\n\nThe firm grew fast.\n\n" + sentence + "\n");
        Assert.Contains(doc.Quotes, q => q.Act == AttributionAct.Speech && QuoteTestHelpers.CueText(doc, q) == cue);
    }

    [Theory]
    [InlineData("Mr Reyes has denied any wrongdoing.")]
    [InlineData("The minister has denied any wrongdoing over the contract.")]
    public void DenyingWrongdoingIsSpeech(string sentence)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Fraud case\n\nThe inquiry opened in May.\n\n" + sentence + "\n");
        Assert.Contains(doc.Quotes, q => q.Act == AttributionAct.Speech && QuoteTestHelpers.CueText(doc, q)!.Contains("deni", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The mayor denied the claims.")]
    [InlineData("The mayor denied the allegations on Monday.")]
    public void DenyingTheClaimsOrAChargeIsNoSpeech(string sentence)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Fraud case\n\nThe inquiry opened in May.\n\n" + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => q.Act == AttributionAct.Speech);
    }

    [Fact]
    public void AQuotedTermInsideAHeadlinePhraseIsNoSpeech()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "MPs demand 'Budget leak' answers\n\nOpposition MPs have demanded answers over the leak.\n\nThe Treasury said it would look into the matter.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == "Budget leak");
    }

    [Fact]
    public void AJudgedBillFollowedByAClauseOfItsOwnIsNoSpeech()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Bill news\n\nThe chamber met on Monday.\n\nLawmakers unanimously rejected the bill and now it must go through another round of talks.\n");
        Assert.DoesNotContain(doc.Quotes, q => q.Act == AttributionAct.Speech && QuoteTestHelpers.CueText(doc, q)!.Contains("rejected", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The production forecast for wheat has been lowered to between two and 2.2 mln tonnes, against 2.4 mln the week before.")]
    [InlineData("The production forecast for 1986/87 barley has been lowered to between 1.1 and 1.2 mln tonnes, against 1.4 mln tonnes the previous week.")]
    public void ACueWordHeadingTheSubjectOfItsClauseIsANoun(string sentence)
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process("Crop news\n\nRain fell all week.\n\n" + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) is { } cue && cue.StartsWith("forecast", StringComparison.Ordinal));
    }
}
