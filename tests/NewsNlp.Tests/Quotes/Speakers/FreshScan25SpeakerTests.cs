using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Session 25 (speakers25), from a fresh scan of BBC, Reuters and AG News texts: "the shadow chancellor" is not the person
/// called "the chancellor"; a person the lead names after its verb does not keep "the home secretary" from the lead's
/// subject; a he/she is not a person the quote calls by the title the article gave them ("the President"); a name before
/// a parenthetical ", he believed," is talked about.
/// </summary>
public class FreshScan25SpeakerTests
{
    [Fact]
    public void ShadowRoleIsNotThePersonCalledByTheBareRole()
    {
        const string text = "Budget row\n\nKaren Doyle is to freeze fuel duty and fund a package for councils.\n\n"
            + "In an upbeat report, she insisted the targets would be met. The chancellor also hailed the longest period of growth. "
            + "But Martin Hale, for the opposition, attacked the plans, dubbing Ms Doyle \"the big spender\".\n\n"
            + "The shadow chancellor said the debt would keep rising for years.\n";
        Assert.Equal("Martin Hale", SpeakerOf(text, "the debt would keep rising"));
    }

    [Fact]
    public void PersonNamedAfterTheLeadsVerbDoesNotBlockTheLeadsOffice()
    {
        const string text = "Minister speaks out\n\nDaniel Foyle has spoken of his friendship with married banker Simone Carr for the first time.\n\n"
            + "The home secretary said he was a great believer in personal responsibility.\n";
        Assert.Equal("Daniel Foyle", SpeakerOf(text, "he was a great believer"));
    }

    [Fact]
    public void PronounIsNotThePersonTheQuoteCallsByTheirTitle()
    {
        const string text = "Crop target set\n\nMANILA - Sugar output will rise next year, agency chairman Arturo Velez said.\n\n"
            + "The new quotas had been submitted to President Ramon Ocampo.\n"
            + "    \"I think the President would rather wait until the new Congress meets,\" he said.\n";
        Assert.Equal("Arturo Velez", SpeakerOf(text, "would rather wait"));
    }

    [Fact]
    public void NameBeforeAParentheticalReportIsTalkedAbout()
    {
        const string text = "Awards snub\n\nThe nominations list left out several films, says Tom Rayner, editor of a film weekly. "
            + "\"The voters tend to go for epic pictures,\" he said.\n\n"
            + "The problem with Pedro Alvarez's film, he believed, was its dialogue in an ancient language.\n\n"
            + "\"Hollywood does not like foreign-language films,\" he said.\n";
        Assert.Equal("Tom Rayner", SpeakerOf(text, "Hollywood does not like"));
    }

    [Theory]
    [InlineData("the 24-year old")]
    [InlineData("the 24 year old")]
    public void LooselyWrittenAgeIsThePersonTheStoryIsAbout(string age)
    {
        string text = "Gaming lives\n\nNot so long ago, Carl Ostrow was on a mission. \"I really have to stop dying,\" " + age + " said as he sat at his computer.\n";
        Assert.Equal("Carl Ostrow", SpeakerOf(text, "I really have to stop dying"));
    }

    [Fact]
    public void TimeAdverbClosingADescribedSubjectIsNoPartOfIt()
    {
        const string text = "Royalty claim\n\nLOS ANGELES - Officials from the licensing body today indicated they intend to pursue royalties from the festival.\n";
        Assert.Equal("Officials from the licensing body", SpeakerOf(text, "they intend to pursue"));
    }

    [Fact]
    public void PartySpokesmanIsTheShadowMinisterWhoJustSpoke()
    {
        const string text = "Treaty row\n\nShadow trade secretary Alan Pryce told MPs the new booklet was part of a campaign. "
            + "His claims were denied by Trade Secretary Gwen Harte, who accused the opposition of running scared.\n\n"
            + "Mr Pryce condemned the booklet. \"Isn't this a propaganda exercise?\" he asked. "
            + "The Tory spokesman also criticised the government for claiming the treaty was simple.\n";
        Assert.Equal("Alan Pryce", SpeakerOf(text, "the government for claiming"));
    }

    [Fact]
    public void BareSpokesmanAfterAShadowMinisterIsStillSomeoneElse()
    {
        const string text = "Treaty row\n\nShadow trade secretary Alan Pryce told MPs the new booklet was part of a campaign.\n\n"
            + "\"Isn't this a propaganda exercise?\" he asked. The spokesman said the booklet cost very little.\n";
        Assert.NotEqual("Alan Pryce", SpeakerOf(text, "the booklet cost very little"));
    }

    [Fact]
    public void PlaceInADocumentsTopicIsNotItsSpeaker()
    {
        const string text = "Mobile TV\n\nThe Ovum report on mobile TV in Europe suggests that take-up will be slow.\n";
        Assert.NotEqual("Europe", SpeakerOf(text, "take-up will be slow"));
    }
}
