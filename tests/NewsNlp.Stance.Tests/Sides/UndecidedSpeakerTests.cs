using NewsNlp.Documents;
using NewsNlp.Stance.Sides;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>A speaker who says they do not know whether takes no side, not even the claim's subject (invented article).</summary>
public sealed class UndecidedSpeakerTests
{

    private const string Article =
        "Former mayor Marta Olsen has been asked by her party to return to the town hall in Eastfield.\n\n"
        + "\"I don't know whether I will stand again, but I miss the work,\" Marta Olsen said on Tuesday.\n\n"
        + "The party's chairman, Paul Brenner, said nominations would close in March.\n";

    [Theory]
    [InlineData("I don't know whether I will stand again.")]
    [InlineData("We do not know whether the plant can be saved.")]
    [InlineData("I'm not sure whether the ban will work.")]
    [InlineData("I don't know what I would do now.")]
    public void Not_knowing_whether_declines_to_take_a_side(string quote) =>
        Assert.True(DocumentSideReader.Default.Reader.Read(DocumentSideReader.Default.Frame("The plant should close"), ClaimSubject.Unknown, quote).Neutral);

    [Fact]
    public void The_claims_subject_who_does_not_know_whether_takes_no_side_of_their_own()
    {
        const string claim = "Marta Olsen should stand for mayor again";
        NewsDocument doc = StanceTestPipeline.Default.Process(Article, new DocumentMetadata { StanceTargets = [claim] });
        SpeakerStance olsen = Assert.Single(doc.SpeakerStances(claim), s => s.SpeakerName.Contains("Olsen", StringComparison.Ordinal));
        StanceAnnotation annotation = Assert.Single(doc.Stances, s => s.SpeakerId == olsen.SpeakerId && s.Target == claim);
        Assert.DoesNotContain(DocumentSideReader.OwnSideCue, annotation.DrivingWords);
        Assert.Equal(StanceLabel.Unrelated, olsen.Label);
    }
}
