using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Wrong-speaker patterns read on the fresh articles of session 13 (BBC politics, entertainment and sport), each stated as
/// a rule of English and checked on short texts written for the test: a relative clause between a subject and its cue, a
/// "he" whose earlier sentence opened with the same "he", the object before "for" + a participle cue, the object of a
/// sentence-opening "According to" cue, two role nouns under one determiner, a participle after a main clause that follows
/// an opening phrase, a time adverb or weekday a name run took in.
/// </summary>
public class InsertionAndChainSpeakerTests
{
    [Fact]
    public void NameInsideARelativeClauseBeforeTheCueIsNotTheSpeaker()
    {
        // "X, who now plays for Y in Qatar, says": the relative clause describes X; Y is talked about.
        const string text = "Veteran backs old club\n\nRovers take on United on Wednesday.\n\n"
            + "Former Rovers captain Hale, who is now playing for Al-Madina in Qatar, says there is no comparison between the two sides. "
            + "\"They are much stronger now,\" the 34-year-old said.\n";
        Assert.Contains("Hale", SpeakerOf(text, "there is no comparison"), StringComparison.Ordinal);
        Assert.Contains("Hale", SpeakerOf(text, "They are much stronger now"), StringComparison.Ordinal);
    }

    [Fact]
    public void HeAfterASentenceWhoseSubjectWasHeContinuesThatSubject()
    {
        // "So he is full of admiration for … Ivan Holm and Peter Vail. "…," he said.": he is not one of the colleagues.
        const string text = "Veteran full of praise\n\nTom Brandt is one of the most decorated players in the game. He won the cup twice with Rovers.\n\n"
            + "He is now winding down his career in Spain, alongside the likes of Karl Nye and Jim Stroud. So he is full of admiration "
            + "for two of his old colleagues - Ivan Holm and Peter Vail. \"I'm happy that they still play at a high level,\" he said.\n";
        Assert.Equal("Tom Brandt", SpeakerOf(text, "they still play at a high level"));
    }

    [Fact]
    public void AnOtherGenderSubjectPronounDoesNotHideTheNameAfterIt()
    {
        // "She met Peter Vail …. "…," he said.": the earlier subject is "she", so "he" is still the man she met.
        const string text = "Coach meets striker\n\nAna Ruiz took charge of Rovers in May.\n\n"
            + "She met Peter Vail at the training ground on Monday. \"I'm happy to stay at the club,\" he said.\n";
        Assert.Equal("Peter Vail", SpeakerOf(text, "happy to stay at the club"));
    }

    [Fact]
    public void ObjectBeforeForAndAParticipleCueIsItsSpeaker()
    {
        // "The party suspended a candidate for allegedly suggesting …": the candidate suggested it, not the party. Session 26
        // (LeadCataphoraRule): the lead's "a candidate" is the person the next sentence introduces, Jon Hale.
        const string text = "Party suspends candidate\n\nThe Green Alliance have suspended a candidate for allegedly suggesting the port should be closed.\n\n"
            + "Jon Hale, 54, was due to stand in the northern seat at the next election.\n";
        Assert.Equal("Jon Hale", SpeakerOf(text, "the port should be closed"));
    }

    [Fact]
    public void SubjectPraisedForSayingWithoutAPersonObjectStillSpeaks()
    {
        // "won praise for saying …": "praise" is no person; the subject said it.
        const string text = "Minister praised\n\nHealth minister Ana Ruiz won praise for saying the hospital would stay open.\n";
        Assert.Equal("Ana Ruiz", SpeakerOf(text, "the hospital would stay open"));
    }

    [Fact]
    public void SentenceOpeningAccordingToCueHasItsObjectAsSource()
    {
        // "According to a new book, …, Mr Hale went back on a pledge …": the book reports it; Mr Hale is talked about.
        const string text = "Leaders deny rift\n\nKarl Berg has made an appeal for unity after reports of a rift with Jon Hale.\n\n"
            + "According to a new book, Berg's Britain by journalist Ana Ruiz, Mr Hale went back on a pledge to make way for Mr Berg in June.\n";
        Assert.Contains("book", SpeakerOf(text, "make way for Mr Berg"), StringComparison.Ordinal);
    }

    [Fact]
    public void ParticipleAfterTheMainClauseHasTheMainClausesSubject()
    {
        // "In an interview with the Financial Times, Mr Hale refused …, saying …": the interviewer is not who says it.
        const string text = "Minister vague on date\n\nThe minister signed the treaty in Rome in November.\n\n"
            + "But in an interview with the Financial Times, Mr Hale refused to be pinned down to that date, saying Britain would hold a vote \"some time in 2006\".\n";
        Assert.Contains("Hale", SpeakerOf(text, "Britain would hold a vote"), StringComparison.Ordinal);
    }

    [Fact]
    public void TimeAdverbBeforeANameAndWeekdayAfterItAreNotPartOfTheName()
    {
        // "Earlier Ana Ruiz said", "President Morton Friday announced": the speaker is Ana Ruiz and Morton, one speaker with
        // their other mentions.
        const string earlier = "Ruiz defends plans\n\nThe government will publish its plans on Monday.\n\n"
            + "Earlier Ana Ruiz said the plans would help families. Ms Ruiz added that she would not back down.\n";
        Assert.Equal("Ana Ruiz", SpeakerOf(earlier, "the plans would help families"));
        const string weekday = "Congress presses Japan\n\nWASHINGTON, March 30 - Congress is pressing Japan on trade.\n\n"
            + "President Morton Friday announced he intended to raise tariffs on Japanese electronic goods.\n";
        Assert.Equal("Morton", SpeakerOf(weekday, "he intended to raise tariffs"));
    }

    [Fact]
    public void RelativeClauseAfterTheSubjectAlsoHoldsForAParticipleAfterItsVerb()
    {
        // "However, Mr X, who plans to launch Y next month, vowed to fight back, saying: …": X says it, not Y.
        const string text = "Tycoon vows to fight\n\nOrange said it was starting proceedings against the new venture.\n\n"
            + "However, Mr Haji-Ioannou, who plans to launch Easymobile next month, vowed to fight back, saying: \"We have nothing to be afraid of in this court case.\"\n";
        Assert.Contains("Haji-Ioannou", SpeakerOf(text, "nothing to be afraid of"), StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentNounAfterTheSourceHeadsItsPhrase()
    {
        // "according to newspaper reports": the reports, not "newspaper".
        const string text = "Airline may move jobs\n\nAustralian airline Skyways could transfer as many as 3,000 jobs out of its home country "
            + "as it seeks to save costs, according to newspaper reports.\n\nThe company said it would continue to create jobs at home.\n";
        Assert.Equal("newspaper reports", SpeakerOf(text, "could transfer as many as"));
    }

    [Fact]
    public void AnOrganisationNounWithAnotherModifierIsAnotherOrganisation()
    {
        // "… told the Reuters news agency …. "…," the aid agency was quoted as saying.": the aid agency is not the news agency.
        const string text = "Aid pledged\n\nThe International Federation of the Red Cross told the Reuters news agency it was seeking $6.5m for "
            + "emergency aid. \"The biggest health challenge we face is the spread of disease,\" the aid agency was quoted as saying.\n";
        Assert.DoesNotContain("Reuters", SpeakerOf(text, "biggest health challenge"), StringComparison.Ordinal);
    }

    [Fact]
    public void ItIsNoPluralDescription()
    {
        // "… But critics argue …. … Since the ministry came to power, it has indicated …": "it" is not the critics.
        const string text = "Fuel prices to rise\n\nThe energy ministry has confirmed it is considering raising fuel prices. Fuel is used for "
            + "transport and cooking, and prices have been subsidised for years. President Ruiz's ministry has said it wants to curb fuel "
            + "subsidies and direct the money into aid for the poor. But critics argue cutting subsidies will hurt poorer families.\n\n"
            + "The country is one of the world's biggest oil producers, but higher oil prices have forced the ministry to spend more on "
            + "holding prices down. It spent 59 billion on fuel subsidies in 2004, far more than planned. Since President Ruiz's ministry "
            + "came to power in October, it has indicated its intention of raising domestic fuel prices.\n";
        Assert.NotEqual("critics", SpeakerOf(text, "its intention of raising"));
    }

    [Fact]
    public void NationalityBeforeNounsIsADescription()
    {
        // "Chinese state media said": the media, not "Chinese".
        const string text = "China warns Taiwan\n\nChina has warned Taiwan again.\n\nChinese state media said on Monday that talks would resume.\n";
        Assert.Equal("Chinese state media", SpeakerOf(text, "talks would resume"));
    }

    [Fact]
    public void PlaceAfterAPersonIsWhereTheySpeakFrom()
    {
        // "The BBC's X in Mumbai says": X; "Our correspondent says": the publication's reporter, not the person quoted before.
        const string text = "Floods hit India\n\nHeavy rain has caused floods across western India.\n\n"
            + "Local official Anil D'Souza said 200 people had been moved. The BBC's Zubair Ahmed in Mumbai says that many roads are closed. "
            + "Our correspondent says that the army has been called in.\n";
        Assert.Equal("Zubair Ahmed", SpeakerOf(text, "many roads are closed"));
        Assert.DoesNotContain("D'Souza", SpeakerOf(text, "the army has been called in"), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoRolesUnderOneDeterminerAreOnePerson()
    {
        // "The feminist writer and broadcaster said": one person (the writer), not "broadcaster" as an organisation.
        const string text = "Writer attacks show\n\nAna Ruiz has criticised the show after quitting it on Monday.\n\n"
            + "She said the show was cruel to its guests. The feminist writer and broadcaster said the producers had behaved \"like a child\" towards the contestants.\n";
        Assert.Equal("Ana Ruiz", SpeakerOf(text, "the producers had behaved"));
    }
}
