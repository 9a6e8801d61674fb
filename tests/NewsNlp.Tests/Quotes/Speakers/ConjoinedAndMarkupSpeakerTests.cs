using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Speaker patterns of session 18, each a rule of English news writing checked on short texts written for the test:
/// noun phrases joined by "and" speak together (not only the last conjunct), a ticker's link after a company's name is
/// markup, and a role phrase after a name's comma (the closing comma left out, as wire copy does) describes the name.
/// </summary>
public class ConjoinedAndMarkupSpeakerTests
{
    [Fact]
    public void ConjoinedNamesBeforeTheCueSpeakTogether()
    {
        // "France and Germany vowed", "Labour and the Tories claim": both parties speak, not only the one next to the verb.
        const string vow = "Trade row\n\nEuropean ministers met in Brussels on Monday.\n\nFrance and Germany vowed to press ahead with the tariff plan.\n";
        Assert.Equal("France and Germany", SpeakerOf(vow, "to press ahead"));
        const string claim = "Tax plans\n\nThe Liberal Democrats set out their tax plans on Sunday.\n\n"
            + "Labour and the Tories claim the sums do not add up.\n";
        Assert.Equal("Labour and the Tories", SpeakerOf(claim, "the sums do not add up"));
    }

    [Fact]
    public void ConjoinedNamesAfterAQuotationSpeakTogether()
    {
        // '"…," Mr Hale and Mr Rowe said': the comma closing the quotation opens the subject's clause.
        const string text = "Deal collapses\n\nThe takeover talks ended on Friday.\n\n\"We will not raise our offer,\" Mr Hale and Mr Rowe said in a statement.\n";
        Assert.Equal("Mr Hale and Mr Rowe", SpeakerOf(text, "We will not raise our offer"));
    }

    [Fact]
    public void CoordinatedModifiersOfOneNounAreOneSource()
    {
        // "Diplomatic and banking sources said": the sources of both kinds, not "banking sources" alone.
        const string text = "Loan talks\n\nThe talks resumed in the capital on Monday.\n\nDiplomatic and banking sources said the deal was close.\n";
        Assert.Equal("Diplomatic and banking sources", SpeakerOf(text, "the deal was close"));
    }

    [Fact]
    public void TwoRolesOfOnePersonAreNoGroup()
    {
        // Guards: "The writer and broadcaster said" is one person; "Chairman and Chief Executive Jim Jones" too.
        const string writer = "Show row\n\nViewers complained about the show on Friday.\n\nThe writer and broadcaster said the show had behaved badly.\n";
        Assert.DoesNotContain(" and ", SpeakerOf(writer, "the show had behaved badly") ?? string.Empty, StringComparison.Ordinal);
        const string chairman = "Results\n\nHarwell Foods reported a loss on Monday.\n\nChairman and Chief Executive Jim Jones said the loss was a one-off.\n";
        Assert.Equal("Jim Jones", SpeakerOf(chairman, "the loss was a one-off"));
    }

    [Fact]
    public void TickerLinkAfterACompanysNameIsMarkup()
    {
        // Wire copy links a ticker after the company's name: 'Brightway Corp. <A HREF="…">BRWY.O</A> on Monday said'.
        const string text = "Chip plans\n\nSEATTLE (Reuters) - Brightway Corp. &lt;A HREF=\"http://www.example.com/FullQuote.aspx?ticker=BRWY.O target=/stocks/quote\"&gt;BRWY.O&lt;/A&gt; "
            + "on Monday  said it has scrapped its plan to enter the chip business.\n";
        Assert.Equal("Brightway Corp.", SpeakerOf(text, "it has scrapped its plan"));
    }

    [Fact]
    public void RoleAfterANamesCommaDescribesTheName()
    {
        // "A Leeds firm has signed a contract …, Anna Berger, president of Berger-Lowe Co said": Anna Berger speaks.
        const string text = "Export deal\n\nLEEDS, March 11 - A Leeds-based furniture company has signed a 5 mln dlr contract with the city to supply chairs,\n"
            + "Anna Berger, president of Berger-Lowe Co said yesterday.\n";
        Assert.Equal("Anna Berger", SpeakerOf(text, "furniture company has signed"));
    }

    [Fact]
    public void DocumentNounBeforeARoleModifiesIt()
    {
        // '"…," said report author Tom Gale': the author speaks; "report" is no verb here.
        const string text = "Housing survey\n\nHouse prices fell for a third month in March.\n\n\"Most buyers will wait for the summer,\" said report author Tom Gale.\n";
        Assert.Equal("Tom Gale", SpeakerOf(text, "Most buyers will wait"));
    }

    [Fact]
    public void PronounOpeningAParagraphContinuesTheRoleSubjectBefore()
    {
        // "The Tory leader was asked to respond to people who said …" ¶ "He replies: …": the leader, not the film maker
        // named before, and not the people who said something inside the role phrase's sentence.
        const string text = "Hadley interview\n\nTory leader Tom Hadley has gone on the offensive over asylum quotas.\n\n"
            + "Film maker Ian Crewe was given access to Mr Hadley for his film. The Tory leader was asked to respond to people who said his parents might not have been let in.\n\n"
            + "He replies: \"That seems to me an extraordinary proposition.\"\n";
        Assert.Equal("Tom Hadley", SpeakerOf(text, "an extraordinary proposition"));
    }

    [Fact]
    public void MediumReportingTheStoryIsNotItsFirm()
    {
        // "…, the BBC News website has learned. … It has said … The airline also said": the airline, not the website.
        const string text = "Airline cuts\n\nKestrel Airways is to close a hub in the north, the BBC News website has learned.\n\n"
            + "The carrier has been losing money for four years. It has said it needs to cut 6,000 jobs. The airline also said it would sell planes.\n";
        Assert.Equal("Kestrel Airways", SpeakerOf(text, "it would sell planes"));
        Assert.Equal("Kestrel Airways", SpeakerOf(text, "it needs to cut"));
    }
}
