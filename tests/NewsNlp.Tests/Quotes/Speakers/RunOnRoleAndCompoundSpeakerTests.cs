using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Speaker patterns of session 16 (session 15's open requests and a scan of 40 unlabelled texts), each stated as a rule
/// of English news writing and checked on short texts written for the test: a role run on after a name without a comma,
/// a connective adverb between commas after the subject, a role noun with a hyphenated prefix, a verb's object beside the sentence's subject, a firm called by its industry, a place
/// naming a document, a headline line, a stray character of a misread pound sign.
/// </summary>
public class RunOnRoleAndCompoundSpeakerTests
{
    [Fact]
    public void NameWithARoleRunOnWithoutACommaIsThePerson()
    {
        // Wire copy drops the appositive comma: "Dr Ian Hale head of research said" is Ian Hale.
        const string text = "Mine to expand\n\nKestrel Mining will expand its mine.\n\n\"We expect higher output,\" Dr Ian Hale head of research said.\n";
        Assert.Equal("Ian Hale", SpeakerOf(text, "We expect higher output"));
    }

    [Fact]
    public void OrganisationBeforeARoleAndItsHolderStaysTheHolder()
    {
        // Guard: "Stein spokeswoman Ana Ruiz said" is the spokeswoman, not the candidate before the role.
        const string text = "Campaign stop\n\nCandidate Jill Stein visited Ohio on Friday.\n\n"
            + "Stein spokeswoman Ana Ruiz said the candidate was headed to the venue.\n";
        Assert.Equal("Ana Ruiz", SpeakerOf(text, "the candidate was headed"));
    }

    [Fact]
    public void ConnectiveAdverbBetweenCommasIsNoSource()
    {
        // "Others, however, who …, said": the subject before the commas speaks, not "however".
        const string text = "Mixed views\n\nMany traders expect rates to rise. Others, however, who follow the bond market closely, said rates would fall.\n";
        Assert.Equal("Others", SpeakerOf(text, "rates would fall"));
    }

    [Fact]
    public void RoleNounWithAHyphenatedPrefixIsNoNationality()
    {
        // "the Tory co-chairman" is a person with a role, not the party word "Tory".
        const string text = "Tory row\n\nLiam Fox defended the party on Sunday. \"We are ready,\" the Tory co-chairman said.\n";
        Assert.Equal("Tory co-chairman", SpeakerOf(text, "We are ready"));
    }

    [Fact]
    public void VerbObjectBesideTheSubjectIsNoAntecedent()
    {
        // "Tom Vale has now beaten Joe Marsh …. '…,' he said": the winner the sentence is about speaks.
        const string text = "Vale wins\n\nTom Vale has now beaten Joe Marsh in two of their three meetings. \"I had a good game plan,\" he said.\n";
        Assert.Equal("Tom Vale", SpeakerOf(text, "I had a good game plan"));
    }

    [Fact]
    public void FirmCalledByItsIndustryIsTheFirmOfTheStory()
    {
        // "The oil giant said", "said the carmaker": business copy names the firm of the story by its industry.
        const string text = "Oil deal\n\nShell has bought a small field in Norway. The oil giant said the deal would help it grow.\n";
        Assert.Equal("Shell", SpeakerOf(text, "the deal would help it grow"));
    }

    [Fact]
    public void PlaceBeforeADocumentNounNamesTheDocument()
    {
        // "The Paris accord said …": the accord is the source, not the city.
        const string text = "Currency pact\n\nFinance ministers met again on Monday. The Paris accord said currencies were within ranges consistent with fundamentals.\n";
        Assert.Equal("Paris accord", SpeakerOf(text, "currencies were within ranges"));
    }

    [Fact]
    public void HeadlineIsNoAntecedentOfAGroupPronoun()
    {
        // "Trial opens" (the headline line) ends in an -s but is no group the body's "they" means.
        const string text = "Trial opens\n\nThose accused of the fraud appeared in court on Monday. They asked the judge to drop the case. "
            + "\"We are innocent,\" they said.\n";
        Assert.NotEqual("Trial opens", SpeakerOf(text, "We are innocent"));
    }

    [Fact]
    public void StrayCharacterOfAPoundSignIsNoOrganisation()
    {
        // "$6m (\u00C2\u00A33m)": the residue of a pound sign read in the wrong encoding is no firm "the company" means.
        const string text = "Kestrel loss\n\nKestrel posted a $6m (\u00C2\u00A33m) loss. The firm, which mines copper, had a bad year.\n\n"
            + "The company said it was halving its dividend.\n";
        Assert.Equal("Kestrel", SpeakerOf(text, "it was halving its dividend"));
    }
}
