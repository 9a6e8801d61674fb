using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Session 24 (speakers24): a person named only as a possessor in a role noun's quote is that role ("Ricky Gervais' new
/// sitcom …, the comedian has told"), and a bare "The party says" is the party named last, not the one quoted most.
/// </summary>
public class FreshScan24SpeakerTests
{
    [Fact]
    public void PossessorInTheQuoteIsTheRoleNoun()
    {
        const string text = "New sitcom\n\nRicky Gervais is to write a new sitcom for the BBC.\n\n"
            + "Ricky Gervais' new sitcom will be filmed in London, the comedian has told fans.\n";
        Assert.Equal("Ricky Gervais", SpeakerOf(text, "will be filmed in London"));
    }

    [Fact]
    public void BarePartyIsThePartyNamedLast()
    {
        const string text = "Heating plans\n\nLabour says pensioners already get help with fuel bills. Labour also says its scheme is working.\n\n"
            + "Pensioners are being promised cheaper heating by the Liberal Democrats, as cold weather continues.\n\n"
            + "The party says the plans could save the average pensioner 100 pounds a year.\n";
        Assert.Equal("Liberal Democrats", SpeakerOf(text, "the plans could save"));
    }

    [Fact]
    public void BarePartyWithNoPartyNamedIsNotALaterName()
    {
        const string text = "Heating plans\n\nThe Heating Trust says pensioners already get help with fuel bills.\n\n"
            + "The party says the plans could save the average pensioner 100 pounds a year. Labour disagreed.\n";
        Assert.NotEqual("Labour", SpeakerOf(text, "the plans could save"));
    }

    [Fact]
    public void PronounAfterAnUnnamedSpokespersonIsTheSpokesperson()
    {
        const string text = "Film awards\n\nDirector Mike Leigh was nominated for best director for his film about an abortionist.\n\n"
            + "Leigh had previously received three Oscar nominations. Cinematographer John Mathieson, who was nominated in 2001, was also up "
            + "for the prize but lost. Gemma Jackson was shortlisted for the art direction prize. She lost in that category to The Aviator. "
            + "A spokesman for the UK Film Council said: \"It is disappointing not to have more British winners.\" He added: \"It was "
            + "extraordinary to have 24 British nominees.\"\n";
        Assert.Equal("spokesman for UK Film Council", SpeakerOf(text, "It was extraordinary"));
    }

    [Fact]
    public void PronounAfterASpokespersonNamedNextIsThePerson()
    {
        const string text = "Piracy raid\n\nDirector Mike Leigh was not involved.\n\n"
            + "A spokesman for the customs agency, Dean Boyd, said the group was not motivated by money. He added: \"It was all about notoriety.\"\n";
        Assert.Equal("Dean Boyd", SpeakerOf(text, "It was all about notoriety"));
    }

    [Fact]
    public void SpokespersonForAPortfolioIsThePersonNamed()
    {
        const string text = "Maternity pay\n\nTheresa May said the plans were welcome.\n\n"
            + "Lib Dem spokeswoman for women Sandra Gidley said: \"This money is being misdirected.\" She said her party would boost maternity pay.\n";
        Assert.Equal("Sandra Gidley", SpeakerOf(text, "This money is being misdirected"));
        Assert.Equal("Sandra Gidley", SpeakerOf(text, "her party would boost"));
    }

    [Fact]
    public void SpokespersonForAFirmNamedInOneWordIsTheFirmsSpokesperson()
    {
        const string text = "Film release\n\nThe film opens in Japan this week.\n\n"
            + "A spokesman for distributor Toho said the film \"has received strong interest from domestic audiences\".\n";
        Assert.StartsWith("spokesman for", SpeakerOf(text, "has received strong interest") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void OneAfterAQuoteIsTheGroupQuotedBefore()
    {
        const string text = "Corn acreage\n\nWASHINGTON, March 24 - Corn acreage will plummet, Department feedgrain analysts said.\n"
            + "    \"There is no question that there will be a sharp decrease,\" one said. \"It is difficult for any farmer.\"\n";
        Assert.Equal("Department feedgrain analysts", SpeakerOf(text, "There is no question"));
    }
}
