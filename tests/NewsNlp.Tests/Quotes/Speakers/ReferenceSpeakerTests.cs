using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Wrong-speaker patterns read on fresh BBC articles outside every seed set (session 9), each stated as a rule of English
/// news writing and checked on short texts written for the test, run through the default pipeline as the CLI runs it:
/// a person met after "against" or "over" is talked about, a name after "a"/"an" is a thing (an award), "the Scot" or
/// "the American" is the person just named, "the Scottish firm" is the firm of the story, and a quotation continued
/// after a quote that was merged into another keeps that quote's speaker.
/// </summary>
public class ReferenceSpeakerTests
{
    [Theory]
    [InlineData("Pedro Ruiz dropped a tight first set against 2004 French Open champion Gaston Ferreira, but was content with his game. \"It was about getting used to the surface,\" he said.", "getting used to the surface", "Pedro Ruiz")]
    [InlineData("Andre Marsh was delighted with victory over Nico Massu in his first match for two months. \"I felt pretty good,\" he said.", "I felt pretty good", "Andre Marsh")]
    public void PronounKeepsTheSubjectOverTheObjectOfAgainstOrOver(string body, string words, string speaker)
    {
        // The opponent named after "against" or "over" is talked about; the subject is the topic a later "he" continues.
        string text = "Open week\n\n" + body + "\n";
        Assert.Equal(speaker, SpeakerOf(text, words));
    }

    [Fact]
    public void NameAfterAnIndefiniteArticleIsNoPersonForALaterPronoun()
    {
        // "an Oscar" is the award: a name with "a" or "an" is a thing named after someone.
        const string text = "Music night\n\nBill Canton has led the orchestra for 17 years. \"It is a live show,\" he says.\n\n"
            + "Canton received an Oscar in 1983 for the score of The Long Road. He also received two nominations in 1976.\n\n"
            + "\"It is a moment in the sun,\" he says.\n";
        Assert.Equal("Bill Canton", SpeakerOf(text, "a moment in the sun"));
    }

    [Theory]
    [InlineData("Manager Sir Alan Brody said his side faced a hard task. Striker Tom Vale is fit again, but the Scot said he was unsure whether to start him.", "he was unsure whether", "Alan Brody")]
    [InlineData("Tim Harlow beat Ivan Costa on Wednesday. Andre Marsh was delighted with victory over Nico Massu in his first match for two months. \"I felt pretty good,\" said the American.", "I felt pretty good", "Andre Marsh")]
    public void DefiniteNationalityIsThePersonJustNamed(string body, string words, string speaker)
    {
        // Sports and news copy refers back to a person by nationality: "the Scot" is the manager who just spoke, not a
        // speaker called "Scot".
        string text = "Cup week\n\n" + body + "\n";
        Assert.Equal(speaker, SpeakerOf(text, words));
    }

    [Fact]
    public void PlaceBeforeABusinessNounIsTheFirmOfTheStory()
    {
        // "The Scottish firm" says where the firm is from; it refers back to the company the story is about.
        const string text = "Oil update\n\nShares in Dunmore Energy Ltd fell 18% after a drilling update. The Scottish firm said tests had shown no significant finds.\n";
        Assert.Equal("Dunmore Energy Ltd", SpeakerOf(text, "tests had shown"));
    }

    [Theory]
    [InlineData("Speaking on Sunday, Mr Kennedy said the election would be unpredictable. And he brushed off Labour suggestions a vote for his party would mean letting the Tories in \"by the back door\". \"If you look at the four previous by-elections, we have shown we can beat the government. \"That is going to be the story, I think, of this coming election.\"", "That is going to be the story", "Kennedy")]
    [InlineData("The manager said his side could win. It is a view shared by Rooney, who believes \"if we can get past Milan, we have a great chance\". \"As soon as I knew we were playing Milan, I got excited. \"Hopefully, we can get to that final in Turkey.\"", "Hopefully, we can get", "Rooney")]
    public void ContinuationOfAQuotationMergedIntoAnotherQuoteKeepsItsSpeaker(string body, string words, string speaker)
    {
        // The quotation after the short quote was taken into the quote around its cue; the paragraph's next quotation
        // continues that quote's speaker.
        string text = "Campaign trail\n\n" + body + "\n";
        Assert.Contains(speaker, SpeakerOf(text, words) ?? "(none)", StringComparison.Ordinal);
    }

    [Fact]
    public void HeAddedAfterAQuoteByOneDescribedPersonIsThatPerson()
    {
        // Wire copy quotes an unnamed source by description and goes on with "he".
        const string text = "Oil talks\n\nTOKYO, March 12 - Japanese buyers stayed away from term contracts.\n\n"
            + "\"If the price goes above 17 dlrs we would buy,\" one Japanese refiner said.\n\n"
            + "\"We do not intend to put pressure on them,\" he added.\n";
        Assert.Equal("one Japanese refiner", SpeakerOf(text, "put pressure on them"));
    }

    [Fact]
    public void HeSaidAfterADescribedQuestionerIsNotTheQuestioner()
    {
        // The questioner claimed something; "he said" after the quotation answers it.
        const string text = "Forum\n\nDonald Trump says political correctness has run amok.\n\n"
            + "At a forum on Monday, one questioner claimed that \"political correctness\" was hurting the military.\n\n"
            + "\"You are right, we have a politically correct military,\" he said.\n";
        Assert.NotEqual("one questioner", SpeakerOf(text, "we have a politically correct"));
    }

    [Fact]
    public void WireHeadlineInCapitalsGivesNoFullName()
    {
        // "SHULTZ NOT OPPOSED TO WHEAT SUBSIDY TO SOVIETS" is a headline, not the full name of "the Soviets".
        const string text = "SHULTZ NOT OPPOSED TO WHEAT SUBSIDY TO SOVIETS\n\nWASHINGTON, March 19 - Secretary of State George Shultz has decided not to oppose a wheat subsidy.\n\n"
            + "The Soviets argue that they are the best customer of the U.S., an official said.\n";
        Assert.DoesNotContain("OPPOSED", SpeakerOf(text, "they are the best customer") ?? "(none)", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The chancellor, Gordon Brown, will deliver his budget next week. Tony Blair praised the economy.\n\nLater the chancellor said: \"We will keep taxes low.\"")]
    [InlineData("Chancellor Gordon Brown will deliver his budget next week. Tony Blair praised the economy.\n\nThe chancellor said: \"We will keep taxes low.\"")]
    public void OfficeTitleIsThePersonItTitledEarlier(string body)
    {
        // "the chancellor" is the person the article titled so, not the last person who spoke.
        string text = "Budget week\n\n" + body + "\n";
        Assert.Equal("Gordon Brown", SpeakerOf(text, "keep taxes low"));
    }

    [Fact]
    public void HonorificAppositiveAfterAnOfficeIsThePerson()
    {
        // "the Most Reverend Peter Smith" names the archbishop.
        const string text = "Church view\n\nThe Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith, told the BBC the stance was welcome.\n";
        Assert.Equal("Peter Smith", SpeakerOf(text, "the stance was welcome"));
    }

    [Theory]
    [InlineData("George Michael has said a new film is the start of his retirement. The 41-year-old chart-topper told reporters he wanted a change.", "he wanted a change", "George Michael")]
    [InlineData("His mother Katherine Jackson spoke on Sunday. Describing Mr Jackson as a good person, the mother-of-nine said she feared for him.", "she feared for him", "Katherine Jackson")]
    public void AgeOrFamilyCompoundIsThePersonOfTheStory(string body, string words, string speaker)
    {
        // "the 41-year-old chart-topper", "the mother-of-nine": a person described by age or family, the woman for "mother".
        string text = "Star news\n\n" + body + "\n";
        Assert.Equal(speaker, SpeakerOf(text, words));
    }

    [Fact]
    public void PlaceInsideADescriptionDoesNotSpeak()
    {
        // "Three leading UK video game companies" speak; the UK is where they are.
        const string text = "Games firms\n\nFred Hasson said more firms would go under. Three leading UK video game companies also predicted that more firms would close.\n";
        Assert.Contains("video game companies", SpeakerOf(text, "more firms would close") ?? "(none)", StringComparison.Ordinal);
    }

    [Fact]
    public void ParticipleAfterAnInsertedReportHasTheReportersSubject()
    {
        // ", he claimed, saying …": the one who claimed is saying it, not the person named in what he claimed.
        const string text = "New Year message\n\nMichael Howard said Britain was heading in the wrong direction.\n\n"
            + "Mr Blair has failed to tackle these problems, he claimed, saying he has the \"wrong solution\" to them.\n";
        Assert.Equal("Michael Howard", SpeakerOf(text, "wrong solution"));
    }

    [Fact]
    public void PronounOfATrailingReportIsNotThePersonOfTheReportedClause()
    {
        // "Mr Blair has failed …, he said.": had Mr Blair said it, the writer would have named him.
        const string text = "New Year message\n\nMichael Howard gave his New Year message on Friday.\n\nMr Blair has failed to tackle the problems facing Britain, he said.\n";
        Assert.Equal("Michael Howard", SpeakerOf(text, "has failed to tackle"));
    }
}
