using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Speaker patterns of session 17 (a scan of 40 unlabelled texts of mixed categories), each stated as a rule of English
/// news writing and checked on short texts written for the test: a place before the nouns of a thing, a second title
/// after an inverted cue, a participle after a preposition's object, the agent of a passive verb of naming, a plural
/// person noun opening a sentence; a station's number, a time adverb before the cue, the possessor of a noun of words;
/// session 16's open requests (an office of a place with its holder in apposition, a titled name of another entity type).
/// </summary>
public class MixedCategoryScanSpeakerTests
{
    [Fact]
    public void PlaceBeforeTheNounsOfAThingIsNoSpeaker()
    {
        // "according to a UK research think-tank": the think-tank speaks, the country only says where it is.
        const string text = "Cycling boom\n\nCycling is growing fast in the north.\n\nAbout 4,000 new riders join clubs every month, according to a UK research think-tank.\n";
        Assert.Equal("a UK research think-tank", SpeakerOf(text, "About 4,000 new riders"));
    }

    [Fact]
    public void NounsInAppositionToANameLetTheNameSpeak()
    {
        // "US trade group Bike Makers Guild": the group named after the nouns, not the country before them.
        const string text = "Cycling boom\n\nCycling is growing fast in the north.\n\nA new bike is sold every three seconds, according to US trade group Bike Makers Guild.\n";
        Assert.Equal("Bike Makers Guild", SpeakerOf(text, "A new bike is sold"));
    }

    [Fact]
    public void SecondTitleAfterAnInvertedCueLeadsToTheName()
    {
        // "said Harbour president and chief executive Tom Baines": both titles are Tom Baines's.
        const string text = "Harbour restates\n\nHarbour Networks restated its accounts on Tuesday.\n\n"
            + "\"We now have a solid base on which to grow,\" said Harbour president and chief executive Tom Baines.\n";
        Assert.Equal("Tom Baines", SpeakerOf(text, "We now have a solid base"));
    }

    [Fact]
    public void ParticipleAfterAPrepositionsObjectHangsOnTheSubject()
    {
        // "… her time in the house saying: '…'": the house does not speak; the clause's subject does.
        const string text = "Marlow leaves\n\nJane Marlow has become the first guest to leave the show.\n\n"
            + "Marlow, 64, appeared not to have enjoyed her time in the house saying: \"I am worn out and I need a long rest.\" She was the favourite to leave.\n";
        Assert.Equal("Jane Marlow", SpeakerOf(text, "I am worn out"));
    }

    [Fact]
    public void AgentOfAPassiveVerbOfNamingSpeaks()
    {
        // "The machine was described by Tanner as '…'": Tanner's words about the machine.
        const string text = "New tablet\n\nHarbour boss Ian Tanner showed the tablet on Monday.\n\nThe machine was described by Tanner as \"a kitchen in your pocket\".\n";
        Assert.Equal("Ian Tanner", SpeakerOf(text, "a kitchen in your pocket"));
    }

    [Fact]
    public void PluralPersonNounOpeningASentenceIsTheirAntecedent()
    {
        // "Bankers said they …. In particular, they said": the bankers, not a place or firm named earlier.
        const string text = "Loan talks\n\nBankers met in London on Monday to discuss the loan.\n\n"
            + "Bankers said they were forced to change the terms because the market had moved. In particular, they said it had become clear that Lisbon was serious about its threat.\n";
        Assert.Equal("Bankers", SpeakerOf(text, "it had become clear"));
    }

    [Fact]
    public void StationsNumberIsPartOfItsName()
    {
        // "Radio 1 confirmed", "Channel 4 said": the number names the station; "Radio" alone is no speaker.
        const string text = "New shows\n\nThree DJs will host the late show from February.\n\n"
            + "Radio 1 confirmed the three had been chosen for their knowledge. Channel 4 said the series would return next year.\n";
        Assert.Equal("Radio 1", SpeakerOf(text, "the three had been chosen"));
        Assert.Equal("Channel 4", SpeakerOf(text, "the series would return"));
    }

    [Fact]
    public void TimeAdverbBeforeTheCueIsNoSource()
    {
        // "X, who …, afterwards said", "X had earlier told": the adverb names no one; the subject before it speaks.
        const string lane = "Lane quits\n\nAmy Lane left the club on Friday.\n\nAmy Lane, who left the club after ten years, afterwards said: \"I am sad to go.\"\n";
        Assert.Equal("Amy Lane", SpeakerOf(lane, "I am sad to go"));
        const string hale = "Hale speaks\n\nThe club signed a new coach.\n\nTom Hale had earlier told the Daily Post: \"She was the best player we had.\"\n";
        Assert.Equal("Tom Hale", SpeakerOf(hale, "She was the best player"));
    }

    [Fact]
    public void PossessorOfANounOfWordsSpeaks()
    {
        // "'…,' was Mr Marr's assessment": the assessment is Marr's.
        const string text = "TV row\n\nAndrew Marr presented the show, which was watched by six million people.\n\n"
            + "\"It was the best show of the year,\" was Mr Marr's assessment.\n";
        Assert.Equal("Andrew Marr", SpeakerOf(text, "It was the best show"));
    }

    [Fact]
    public void HolderInAppositionToAnOfficeOfAPlaceSpeaks()
    {
        // "The Bishop of Kendal, the Rt Rev Dr Tom Rowe, said": the bishop is Tom Rowe, not "of Kendal"; his "he said" follows.
        const string text = "Church row\n\nThe church met in York on Monday.\n\n"
            + "The Bishop of Kendal, the Rt Rev Dr Tom Rowe, said the church must change. \"We cannot stand still,\" he said.\n";
        Assert.Equal("Tom Rowe", SpeakerOf(text, "the church must change"));
        Assert.Equal("Tom Rowe", SpeakerOf(text, "We cannot stand still"));
    }

    [Fact]
    public void TitledNameIsAPersonWhateverItsEntityType()
    {
        // "Lord Haley" (which the recogniser may tag as a place) is a man a later "he said" means.
        const string text = "Court ruling\n\nThe appeal was heard in London on Monday.\n\n"
            + "The Lord Chief Justice, Lord Haley, who is the most senior judge in the country, said the law was clear. \"There is no doubt about it,\" he said.\n";
        Assert.Equal("Lord Haley", SpeakerOf(text, "There is no doubt about it"));
    }

    [Fact]
    public void NameInsideARestrictiveRelativeClauseIsNoSpeaker()
    {
        // "The company that makes … in the United States said": the company speaks, not the country inside its clause.
        const string vaccine = "Vaccine shortage\n\nFlu cases rose sharply this winter.\n\n"
            + "The company that makes half the flu vaccine used in the United States said it would double output.\n";
        Assert.Equal("company", SpeakerOf(vaccine, "it would double output"));
        const string host = "TV news\n\nThe show returns in May.\n\nThe host who also presents Stars In Their Eyes said she was thrilled.\n";
        Assert.Equal("host", SpeakerOf(host, "she was thrilled"));
    }

    [Fact]
    public void ThatBeforeASubjectOpensAReportNotARelativeClause()
    {
        // Guard: "Reports that the minister said he would resign": the minister said it, not the reports.
        const string text = "TV news\n\nThe show returns in May.\n\nReports that the minister said he would resign were denied.\n";
        Assert.Equal("minister", SpeakerOf(text, "he would resign"));
    }

    [Fact]
    public void OrganisationNounMeansTheOrganisationOfItsSentence()
    {
        // "The Courier was sued by Mr Dole after the newspaper claimed …": the Courier, not the MP who spoke before.
        const string text = "Libel case\n\nFrank Dole won damages from the Daily Courier on Monday.\n\n"
            + "The MP, who was expelled from his party last year, said he was pleased. The Courier was sued by Mr Dole after the newspaper claimed he had taken bribes.\n";
        Assert.Equal("Courier", SpeakerOf(text, "he had taken bribes"));
    }
}
