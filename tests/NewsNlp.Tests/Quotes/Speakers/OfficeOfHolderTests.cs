using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// An office written with what it is of and then its holder's name (<c>said Assistant Minister of Commerce Lin Qiaoming</c>):
/// the person named speaks, not the office words before "of".
/// </summary>
public class OfficeOfHolderTests
{
    [Theory]
    [InlineData("The rise in exports was welcome, said Assistant Minister of Commerce Lin Qiaoming.\n", "The rise in exports", "Lin Qiaoming")]
    [InlineData("The budget would be balanced by next year, said Deputy Minister of Finance Carlos Medina.\n", "The budget would be balanced", "Carlos Medina")]
    public void PersonAfterAnOfficeOfSomethingSpeaks(string sentence, string content, string speaker)
    {
        string text = "Trade figures\n\nExports rose in March for the third month running.\n\n" + sentence;
        Assert.Equal(speaker, SpeakerOf(text, content));
    }
}
