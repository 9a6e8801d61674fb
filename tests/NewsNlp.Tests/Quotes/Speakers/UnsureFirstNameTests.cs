using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Session 23 (lead): "he" or "she" right after a sentence naming a person whose first name the US name tables give the
/// other gender without being sure of it ("Ola", a Norwegian man's name and mostly a woman's in US records) is that
/// person, not a speaker of an earlier paragraph; a first name the tables are sure of still rules the person out.
/// </summary>
public class UnsureFirstNameTests
{
    private const string Opening = "Salmon tax splits coalition\n\nSalmon farmers in the north were more blunt. "
        + "\"We were never asked,\" said Hilde Nordvik, who runs a family farm near Tromso.\n\n";

    [Fact]
    public void PronounAfterAnUnsureNameInItsParagraphIsThatPerson()
    {
        const string text = Opening + "Her neighbour, Ola Brekke, disagreed. \"The big companies paid almost nothing,\" he said. \"It is about time.\"\n";
        Assert.Equal("Ola Brekke", SpeakerOf(text, "paid almost nothing"));
    }

    [Fact]
    public void PronounAfterAnUnsureNameOpeningTheSentenceIsThatPerson()
    {
        const string text = Opening + "Ola Brekke disagreed. \"The big companies paid almost nothing,\" he said.\n";
        Assert.Equal("Ola Brekke", SpeakerOf(text, "paid almost nothing"));
    }

    [Fact]
    public void APersonWhoseFirstNameIsSurelyTheOtherGenderIsNotTaken()
    {
        const string text = "Salmon tax splits coalition\n\n\"We were never asked,\" said Lars Nordvik, who runs a family farm near Tromso.\n\n"
            + "Mary Brekke disagreed with the plan. \"It is about time,\" he said.\n";
        Assert.Equal("Lars Nordvik", SpeakerOf(text, "about time"));
    }
}
