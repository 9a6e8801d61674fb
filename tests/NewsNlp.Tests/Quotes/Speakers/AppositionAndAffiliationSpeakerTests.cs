using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// A person named in apposition to any common noun speaks, not the noun phrase ("said the office's chief demographer, Anja
/// Roth"), and a person "of the" institute speaks, not the institute ("Dr. Liv Dahl of the Institute for Fiscal Studies
/// said"); both stated as rules of English news writing and checked on short texts written for the test (session 15, lead).
/// </summary>
public class AppositionAndAffiliationSpeakerTests
{
    [Fact]
    public void PersonInAppositionToANounOutsideTheRoleLexiconSpeaks()
    {
        const string text = "Births fall again\n\nThe number of births fell for the fifth year in a row.\n\n"
            + "\"We expected a smaller fall,\" said the office's chief demographer, Anja Roth.\n";
        Assert.Equal("Anja Roth", SpeakerOf(text, "We expected a smaller fall"));
    }

    [Fact]
    public void NameThatOnlyStartsTheAppositionIsNoSpeaker()
    {
        // "a new book, Brown's Britain": the book's title holds a name; the book is the source, not the person.
        const string text = "Memoir row\n\nThe party dismissed the claims on Sunday.\n\n"
            + "According to a new book, Brown's Britain by journalist Ann Kerr, the minister broke a pledge made in June.\n";
        Assert.Equal("a new book", SpeakerOf(text, "the minister broke a pledge"));
    }

    [Fact]
    public void PersonOfTheInstituteSpeaksNotTheInstitute()
    {
        const string text = "Pension reform debated\n\nThe government presented its pension plan on Monday.\n\n"
            + "Pensions expert Dr. Liesel Brandt of the Institute for Social Policy said the reform was unavoidable.\n";
        Assert.Equal("Liesel Brandt", SpeakerOf(text, "the reform was unavoidable"));
    }
}
