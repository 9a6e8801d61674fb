using NewsNlp.Documents;
using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Session 23 (speakers23): speaker patterns of a fresh scan of Reuters-21578, BBC and AG News texts — a person named in
/// a list after an infinitive is talked about ("unable to replace X or Y. However, he said"), an office named in the lead
/// before its holder ("the Work and Pensions Secretary has said. ¶ Helen Marsh said"), a role noun a few quiet sentences
/// after the person spoke ("The minister told delegates"), and a time adjunct with no preposition between the subject
/// and the cue ("a court this morning said").
/// </summary>
public class FreshScan23SpeakerTests
{
    [Fact]
    public void PronounAfterListObjectOfInfinitiveIsTheSubject()
    {
        const string text = "Striker settles\n\nWales forward Gareth Pryce has told reporters he is happy in Italy.\n\n"
            + "Pryce, who moved to Turin from Cardiff last summer, has scored nine goals but has been unable to replace Bruno Lenti "
            + "or Marco Salvi in the side. However, he said he was delighted with his form.\n";
        Assert.Equal("Gareth Pryce", SpeakerOf(text, "he was delighted"));
    }

    [Theory]
    [InlineData("the Work and Pensions Secretary")]
    [InlineData("the Trade and Industry Secretary")]
    [InlineData("the Home Secretary")]
    public void OfficeInTheLeadIsTheHolderNamedNext(string office)
    {
        string text = "Leave plan\n\nPaid paternity leave should be doubled, " + office + " has said.\n\n"
            + "Helen Marsh said the cost of the plan was being studied.\n";
        Assert.Equal("Helen Marsh", SpeakerOf(text, "Paid paternity leave"));
    }

    [Fact]
    public void RoleNounAfterAnotherPersonNamedIsNotTheEarlierSpeaker()
    {
        const string text = "Pay gap\n\nHelen Marsh said the cost of the plan was being studied. Plans include grants for colleges. "
            + "The first grants will be paid in May. Union leader Tom Briggs attended the meeting.\n\nThe minister told delegates that the gap was a disgrace.\n";
        Assert.NotEqual("Helen Marsh", SpeakerOf(text, "the gap was a disgrace"));
    }

    [Fact]
    public void TimeAdjunctWithoutPrepositionIsNoSource()
    {
        const string text = "Bond market\n\nNEW YORK - Traders said prices were mostly steady on Monday.\n"
            + "    Analysts and portfolio managers said they viewed the filing as a defensive move.\n"
            + "    Indeed, a Texas State Court of Appeal this morning said the bankruptcy petition effectively stays the company's "
            + "obligation under Texas law to post a bond in its 10.53 billion dlr litigation against Pennzoil Co <PZL>.\n";
        Assert.Contains("Court of Appeal", SpeakerOf(text, "the bankruptcy petition") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void TrailingTimeAdjunctLeavesTheSource()
    {
        const string text = "Rates\n\nNEW YORK - Traders said prices were mostly steady on Monday.\n"
            + "    The central bank yesterday said rates would stay unchanged for now.\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        int at = text.IndexOf("rates would stay", StringComparison.Ordinal);
        Quote quote = Assert.Single(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.Equal("The central bank", doc.GetText(quote.Source!.Value));
    }

    [Fact]
    public void RoleNounAfterQuotedParagraphsIsThePersonWhoSpoke()
    {
        const string text = "Striker settles\n\nWales forward Gareth Pryce has told reporters he is happy in Italy.\n\n"
            + "\"When I first came there was a lot of doubt back home,\" he said. \"People said I would sit on the bench.\n\n"
            + "\"But I have played as many games as anyone else this year. \"For a fourth-choice striker I am more than happy.\" "
            + "Recent speculation has linked Pryce with a move back to Wales, with Cardiff expressing their interest, but the Wales "
            + "striker said he is not ready to return home.\n";
        Assert.Equal("Gareth Pryce", SpeakerOf(text, "he is not ready"));
    }
}
