using NewsNlp.Documents;
using NewsNlp.Stance.Sides;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>A name in an "of" phrase of the claim's subject is what the subject is about, not the subject (invented article).</summary>
public sealed class SubjectOfPhraseTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    [Theory]
    [InlineData("Labour's poster of Marta Olsen is offensive", "marta olsen")]
    [InlineData("The sacking of the coach Anders Holm was a mistake", "")]
    [InlineData("The Bank of England should raise rates", "")]
    [InlineData("The criticism of the Blair government is justified", "blair")]
    public void Finds_the_names_an_of_phrase_is_about(string claim, string names) =>
        Assert.Equal(names, string.Join(' ', SubjectOfPhrase.ObjectNames(Sides.Frame(claim)).Order(StringComparer.Ordinal).Reverse()));

    [Fact]
    public void The_person_a_poster_shows_takes_no_own_side()
    {
        const string article =
            "The party has withdrawn a campaign poster of Marta Olsen after complaints.\n\n"
            + "\"It is such a pity that they do not practise what they preach,\" Marta Olsen said on Tuesday.\n";
        const string claim = "The party's poster of Marta Olsen is offensive";
        NewsDocument doc = StanceTestPipeline.Default.Process(article, new DocumentMetadata { StanceTargets = [claim] });
        SpeakerStance olsen = Assert.Single(doc.SpeakerStances(claim), s => s.SpeakerName.Contains("Olsen", StringComparison.Ordinal));
        StanceAnnotation annotation = Assert.Single(doc.Stances, s => s.SpeakerId == olsen.SpeakerId && s.Target == claim);
        Assert.DoesNotContain(DocumentSideReader.OwnSideCue, annotation.DrivingWords);
    }
}
