using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// An occupation capitalised at the start of a sentence ("Guitarist Brian May said", "Drummer Ana Ruiz said") describes
/// the person and is not part of their name: the speaker is named as the entity is, so a later "May said" or "Ms Ruiz
/// said" is the same speaker.
/// </summary>
public class OccupationBeforeNameTests
{
    [Theory]
    [InlineData("Guitarist Colin Barrow said the band would tour again next year.\n", "the band would tour", "Colin Barrow")]
    [InlineData("Drummer Ana Ruiz said the album had taken two years to make.\n", "the album had taken", "Ana Ruiz")]
    [InlineData("Striker Tom Hallett said the team deserved to win the match.\n", "the team deserved", "Tom Hallett")]
    public void OccupationOpeningTheSentenceIsNotPartOfTheName(string sentence, string content, string speaker)
    {
        string text = "Band news\n\nThe group met fans in London on Friday.\n\n" + sentence;
        Assert.Equal(speaker, SpeakerOf(text, content));
    }
}
