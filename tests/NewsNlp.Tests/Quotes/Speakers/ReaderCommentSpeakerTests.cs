using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Session 18: readers' comments signed on the line after them. An "I" outside quotation marks is the comment's writer;
/// the signature line (a name, a comma, a place) names them. Checked on a comments page written for the test.
/// </summary>
public class ReaderCommentSpeakerTests
{
    private const string Page = "Your views on the tax plan\n\nThe government wants to raise fuel duty. We asked readers for their views.\n\n"
        + "I would say that the plan is a disgrace and the minister should resign. The minister has said he will not back down.\nMark Ellis, Leeds\n\n"
        + "I have to say the rise will hurt rural drivers most. Our buses are already too few.\nAnna Brook, Cardiff\n";

    [Fact]
    public void FirstPersonCommentIsItsSignaturesWriter()
    {
        // Each "I" is the reader who signs the comment below it, not the reader of the comment before.
        Assert.Equal("Mark Ellis", SpeakerOf(Page, "the plan is a disgrace"));
        Assert.Equal("Anna Brook", SpeakerOf(Page, "the rise will hurt rural drivers"));
    }

    [Fact]
    public void WriterIsNoAntecedentOfARoleNoun()
    {
        // "The minister has said …" inside a reader's comment is no reader.
        Assert.NotEqual("Mark Ellis", SpeakerOf(Page, "he will not back down"));
    }
}
