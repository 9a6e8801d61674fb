using NewsNlp.Documents;
using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Session 24 (lead, seed <c>kansas-phone-veto</c>): speaker patterns of US web news — a statement that "read" a few
/// sentences after "In a statement, he said" is its author's (<c>StatementAuthorRule</c>); an appositive name after
/// lower-case office words and a title (<c>The bill's sponsor, state Sen. Mark Delaney, called</c>); a verb after such
/// an appositive is the subject's verb, not a naming participle (<c>NamingAfterNounFilter</c>); "House Speaker" is a
/// title, not part of the name; and (seed <c>harbour-city-manager</c>) a position under a name (<c>the Ghana forward</c>) is
/// the person named before it, not the last person who spoke.
/// </summary>
public class WebStory24SpeakerTests
{
    [Fact]
    public void StatementThatReadIsItsAuthors()
    {
        const string text = "Vote set\n\nLawmakers met on Friday. Sen. Mark Delaney was unmoved. In a statement late Friday, he said the vote would "
            + "be held on Wednesday. \"The governor had her say,\" the statement read. \"Now the legislature will have ours.\"\n";
        Assert.Equal("Mark Delaney", SpeakerOf(text, "The governor had her say"));
    }

    [Fact]
    public void StatementOfTwoSpeakersIsNobodysInParticular()
    {
        const string text = "Vote set\n\nIn a statement, Mark Delaney and Ana Ruiz said the vote would be held on Wednesday, "
            + "Delaney said. \"The governor had her say,\" the statement read.\n";
        Assert.NotEqual("Mark Delaney", SpeakerOf(text, "The governor had her say"));
    }

    [Fact]
    public void ReportIsNoMessageOfTheSpeaker()
    {
        const string text = "Crime figures\n\nPolice chief Ann Fry said in a report on Monday that crime had fallen. "
            + "\"Burglaries fell by a fifth,\" the report said.\n";
        Assert.NotEqual("Ann Fry", SpeakerOf(text, "Burglaries fell"));
    }

    [Theory]
    [InlineData("state Sen. Mark Delaney")]
    [InlineData("former Gov. Mark Delaney")]
    public void AppositiveNameAfterOfficeWordsAndTitle(string appositive)
    {
        string text = "Veto row\n\nThe bill's sponsor, " + appositive + ", called the veto \"a gift to the tech companies\" and vowed to fight on.\n";
        Assert.Equal("Mark Delaney", SpeakerOf(text, "a gift to the tech companies"));
    }

    [Fact]
    public void CalledAfterAnAppositiveIsTheSubjectsSpeech()
    {
        const string text = "Veto row\n\nThe sponsor, Mark Delaney, called the veto \"a gift to the tech companies\".\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        int at = text.IndexOf("a gift", StringComparison.Ordinal);
        Quote quote = Assert.Single(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.Equal(AttributionAct.Speech, quote.Act);
    }

    [Fact]
    public void HouseSpeakerIsATitle()
    {
        const string text = "Phones\n\nRepublican House Speaker Dale Whitcomb said the governor had \"ignored the evidence.\" "
            + "\"She knows that,\" Whitcomb said.\n";
        Assert.Equal("Dale Whitcomb", SpeakerOf(text, "ignored the evidence"));
    }

    [Theory]
    [InlineData("the Ghana forward")]
    [InlineData("the Arsenal striker")]
    public void PositionUnderANameIsThePersonNamedBefore(string role)
    {
        string text = "Manager sacked\n\nCaptain Danny Walsh said the players had let the manager down.\n\nHis team-mate Kofi Mensah went "
            + "further. Writing on Instagram, " + role + " thanked the manager for \"believing in me\".\n";
        Assert.Equal("Kofi Mensah", SpeakerOf(text, "believing in me"));
    }

    [Fact]
    public void DemonymTheRecogniserCallsAPersonIsStillTheNationality()
    {
        const string text = "Caretaker named\n\nFirst-team coach Aaron Pryce will take charge on Saturday. The Welshman has never managed a "
            + "senior side.\n\nPryce said he was \"honoured\" to step in. \"We owe him a performance on Saturday,\" the Welshman said.\n";
        Assert.Equal("Aaron Pryce", SpeakerOf(text, "We owe him"));
    }

    [Fact]
    public void PositionAfterTwoPersonsIsNotTheObjectNamedLast()
    {
        const string text = "Court halts album\n\nFootballer and record company boss Kevin Campbell has gained a court injunction stopping singer "
            + "Mark Morrison from releasing an album.\n\nThe Everton striker signed Morrison to his label and claims he spent thousands "
            + "of pounds producing the album.\n";
        Assert.NotEqual("Mark Morrison", SpeakerOf(text, "he spent thousands"));
    }

    [Fact]
    public void DataFromADescribedIssuerAreTheIssuers()
    {
        const string text = "Chipmaker shares slide\n\nShares of chipmaker Veltrix Corp fell 18% on Tuesday after the company cut its revenue "
            + "forecast.\n\nVeltrix has lost market share to rival Tessary Inc over the past two years, according to data from research firm Gartner.\n";
        Assert.Equal("Gartner", SpeakerOf(text, "has lost market share"));
    }
}
