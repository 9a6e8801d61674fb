using NewsNlp.Documents;
using NewsNlp.Stance.Sides;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>A speaker who is the claim's subject takes their own side (invented article).</summary>
public sealed class OwnSideTests
{

    private const string Article =
        "The election board will decide on Friday whether Marta Olsen can run for mayor of Eastfield.\n\n"
        + "\"I have filled in every form the board asked for, and I have paid the fee,\" Marta Olsen said on Tuesday.\n\n"
        + "The board's secretary, Paul Brenner, said the decision would be published on its website.\n";

    [Theory]
    [InlineData("Marta Olsen should be allowed to run for mayor", StanceLabel.Agree)]
    [InlineData("Marta Olsen lied about her expenses", StanceLabel.Disagree)]
    [InlineData("Marta Olsen should apologise to the election board", StanceLabel.Disagree)]
    public void The_claims_subject_takes_their_own_side(string claim, StanceLabel expected)
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article, new DocumentMetadata { StanceTargets = [claim] });
        SpeakerStance olsen = Assert.Single(doc.SpeakerStances(claim), s => s.SpeakerName.Contains("Olsen", StringComparison.Ordinal));
        Assert.Equal(expected, olsen.Label);
        StanceAnnotation annotation = Assert.Single(doc.Stances, s => s.SpeakerId == olsen.SpeakerId && s.Target == claim);
        Assert.Contains(DocumentSideReader.OwnSideCue, annotation.DrivingWords);
    }
}
