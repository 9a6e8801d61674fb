using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Wrong-speaker patterns of session 20 (a fresh scan of 40 BBC, Reuters-21578 and AG News texts outside every seed set,
/// and the leftovers of session 19), each stated as a rule of English news writing and checked on short texts written
/// for the test, run through the default pipeline as the CLI runs it.
/// </summary>
public class ScanTwentySpeakerTests
{
    [Fact]
    public void ANameInsideAnOpeningParticiplePhraseIsNoAppositiveOfTheRole()
    {
        // 'Echoing the new US Secretary of State Ana Ruiz, the prime minister said': Ruiz is the participle's object, not
        // the prime minister; neither she nor the earlier "the prime minister" speaks for him.
        const string text = "Leader sees new consensus\n\nThe US will take a more consensual approach to world politics, Tom Hale has said.\n\n"
            + "The prime minister said the US had learned that force was not the only way to fight terrorism.\n\n"
            + "Echoing the new US Secretary of State Ana Ruiz, the prime minister said there had been a clear evolution of US policy.\n";
        Assert.DoesNotContain("Ruiz", SpeakerOf(text, "force was not the only way") ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("Ruiz", SpeakerOf(text, "clear evolution") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void AOneWordNameInTheQuotesOwnWordsIsNotItsSpeaker()
    {
        // '"The evidence for Jesus is astonishingly good," he said': a person the words name by their one-word name is
        // talked about; "he" is the bishop quoted before.
        const string text = "Bestseller is lousy history\n\nThe Bishop of Ripon, the Rt Rev Dr Ian Gray, described the novel as a \"great thriller\" but \"lousy history\".\n\n"
            + "Writing his Christmas message in the Northern Echo, the Bishop said: \"Conspiracy theories are always fun - fun to invent, fun to read, fun to fantasise about. "
            + "\"Paul Stone is the best writer I've come across in the genre, but anyone who knows anything about 1st century history will see that this underlying material is laughable.\" "
            + "A great deal of credible evidence proves the Biblical version of Jesus' life was true, according to the Bishop. "
            + "\"The evidence for Jesus and the origins of Christianity is astonishingly good,\" he said.\n";
        Assert.Equal("Ian Gray", SpeakerOf(text, "The evidence for Jesus"));
    }

    [Fact]
    public void APossessiveBeforeAGroupNounIsNotTheSpeaker()
    {
        // '"…," his family said': the family speaks, never the bare "his".
        const string text = "Singer dies at 60\n\nThe singer John Harlow died on Monday at his home in Leeds. "
            + "\"He was a loving father and a wonderful husband,\" his family said in a statement.\n\n"
            + "The actor Mark Reid died last year. His family said in a statement that he had been a loving father.\n";
        Assert.Equal("his family", SpeakerOf(text, "He was a loving father"));
        Assert.Equal("His family", SpeakerOf(text, "he had been a loving father"));
    }

    [Fact]
    public void AModalThatIsASurnameBeforeSaidIsTheSpeaker()
    {
        // '"…," May said' after "Brian May": a modal never stands before "said"; the capitalised word is his surname.
        const string text = "Queen star honoured\n\nGuitarist Brian May was made a CBE on Tuesday. Brian May said the honour was a surprise. "
            + "\"It was a night to remember,\" May said.\n";
        Assert.Equal("Brian May", SpeakerOf(text, "It was a night to remember"));
    }

    [Fact]
    public void HeAfterASpokesmanForANameIsTheSpokesman()
    {
        // 'A spokesman for distributor Toho said …. "…," he added': the spokesman, not the firm he speaks for (typed a
        // person by the recogniser or not).
        const string text = "Global release for film\n\nThe animated film is to be released in 50 countries. "
            + "A spokesman for distributor Toho said the film \"has received strong interest from domestic audiences\". "
            + "\"We have a good feeling about this film,\" he added.\n";
        Assert.Contains("spokesman", SpeakerOf(text, "We have a good feeling") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void TheyAfterAnAcronymPluralIsThatGroup()
    {
        // 'They raised … issues, MPs said. They called for …': "MPs" is a group (an acronym's plural), the "they" of the
        // next sentence, not the committee named earlier.
        const string text = "Anglers could face prosecution\n\nAnglers could be prosecuted under the plans, the environment select committee said. "
            + "The MPs said they were \"concerned\" the government had not consulted. They raised complex issues which needed to be resolved, MPs said.\n\n"
            + "They called for a \"cast-iron guarantee\" that the government consults on any plans.\n";
        Assert.Equal("MPs", SpeakerOf(text, "cast-iron guarantee"));
    }

    [Fact]
    public void TheNameBeforeATickerLinkOutranksAnEarlierPhrase()
    {
        // 'shares jumped as much as 25 percent on Friday after real estate company Vornado Realty Trust <A …>VNO.N</A> said
        // it raised its stake': the company the link follows speaks, not "25 percent".
        const string text = "Shares jump on stake\n\nNEW YORK (Reuters) - Shares of Harlow Stores &lt;A HREF=\"http://www.investor.reuters.com/FullQuote.aspx?ticker=HST.N target=/stocks/quickinfo/fullquote\"&gt;HST.N&lt;/A&gt; "
            + "jumped as much as 25 percent on Friday after real estate company Vornado Realty Trust &lt;A HREF=\"http://www.investor.reuters.com/FullQuote.aspx?ticker=VNO.N target=/stocks/quickinfo/fullquote\"&gt;VNO.N&lt;/A&gt; "
            + "said it raised its stake in the retailer, a step that could lead to a sale of some of its real estate.\n";
        Assert.Contains("Vornado", SpeakerOf(text, "it raised its stake") ?? "", StringComparison.Ordinal);
    }
}
