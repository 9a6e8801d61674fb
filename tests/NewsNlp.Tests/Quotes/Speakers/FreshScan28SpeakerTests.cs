using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Session 28 (speakers28), from a fresh scan of BBC, Reuters and AG News texts and the brief's leftovers: "He added"
/// right after a speaker whose first name the table gives the other gender goes on with that speaker; the head of a
/// subject speaks, not a name inside its modifier ("Sources close to the Treasury", "Aides to Governor X", "Those
/// questioned in a survey for X", "A spokesman for X in Berlin", "A senior barrister who has resigned over X's laws"); two
/// nationalities joined by "and" before a plural noun are one group ("U.S. and Japanese officials").
/// </summary>
public class FreshScan28SpeakerTests
{
    [Fact]
    public void PronounRightAfterASpeakerWithAnUnsureFirstNameGoesOnWithThatSpeaker()
    {
        const string text = "Reti ready for Lions\n\nFlankers captain Tama Reti has warned the Lions will be his toughest opponents yet.\n\n"
            + "Reti will meet Brian Carr in Saturday's match at Eastfield. \"It'll be good for us to get an early idea of these guys,\" Reti said. "
            + "He added: \"As players, it's enough for us to be driven by the rarity of it.\"\n";
        Assert.Equal("Tama Reti", SpeakerOf(text, "driven by the rarity"));
    }

    [Fact]
    public void SourcesCloseToAnOrganisationAreTheSources()
    {
        const string text = "Pound slides\n\nThe pound fell sharply on Tuesday. Sources close to the Treasury said the chancellor would not intervene.\n";
        Assert.Equal("Sources close to the Treasury", SpeakerOf(text, "would not intervene"));
    }

    [Fact]
    public void AidesToAPersonAreTheAides()
    {
        const string text = "Budget vote\n\nThe bill passed the assembly on Monday. Aides to Governor Ray Tull said he would sign the bill.\n";
        Assert.Equal("Aides to Governor Ray Tull", SpeakerOf(text, "he would sign the bill"));
    }

    [Fact]
    public void ThoseQuestionedInASurveyForAFirmAreThePeopleAsked()
    {
        const string text = "Shopping habits\n\nOnline sales grew in May. Those questioned in a survey for retailer Kwikmart said they shop online once a week.\n";
        Assert.Equal("Those questioned in a survey for retailer Kwikmart", SpeakerOf(text, "they shop online"));
    }

    [Fact]
    public void PlaceClosingASpokesmansPhraseIsNotTheSpeaker()
    {
        const string text = "Bank claims\n\nThe bank raised rates on Monday. A spokesman for the Federal Shipping Supervisory Office in West Berlin said "
            + "the office was aware of the claims.\n";
        Assert.Equal("spokesman for Federal Shipping Supervisory Office", SpeakerOf(text, "the office was aware"));
    }

    [Fact]
    public void ModifiedHeadBeforeARelativeClauseSpeaks()
    {
        const string text = "Lawyer quits\n\nA senior barrister who has resigned in protest over the government's new laws says the current system is unfair.\n";
        Assert.Equal("A senior barrister", SpeakerOf(text, "the current system is unfair"));
    }

    [Fact]
    public void TwoNationalitiesBeforeAGroupNounAreOneGroup()
    {
        const string text = "Trade talks\n\nTOKYO, April 28 - The talks on rice quotas will be tough, U.S. and Japanese officials said.\n"
            + "    British and French officials said the rules would change.\n";
        Assert.Equal("U.S. and Japanese officials", SpeakerOf(text, "rice quotas will be tough"));
        Assert.Equal("British and French officials", SpeakerOf(text, "the rules would change"));
    }

    [Fact]
    public void ClauseOpeningWithAPrepositionKeepsItsNamedSpeaker()
    {
        const string text = "Sentencing\n\nIn a statement issued on Wednesday Lord Harwell said the guidelines had improved.\n";
        Assert.Equal("Lord Harwell", SpeakerOf(text, "the guidelines had improved"));
    }

    [Fact]
    public void WholeDescriptionWithoutANameStaysWhole()
    {
        const string text = "Talks\n\nThe talks resumed on Monday. Diplomats close to the negotiations said a deal was near.\n";
        Assert.Equal("Diplomats close to the negotiations", SpeakerOf(text, "a deal was near"));
    }
}
