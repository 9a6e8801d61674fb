using NewsNlp.Documents;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Speakers;

/// <summary>Journalists reporting the story have no stance (invented text).</summary>
public sealed class ReporterSpeakersTests
{

    [Theory]
    [InlineData("BBC political correspondent")]
    [InlineData("home affairs correspondent")]
    [InlineData("the Herald's political editor")]
    [InlineData("BBC economics editor")]
    public void Correspondents_and_desk_editors_are_reporters(string words) => Assert.True(ReporterSpeakers.IsTitle(words.Split(' ')));

    [Theory]
    [InlineData("Daily Courier editor")]
    [InlineData("spokesman")]
    [InlineData("council leader")]
    [InlineData("")]
    public void Other_titles_are_not(string words) => Assert.False(ReporterSpeakers.IsTitle(words.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    private const string Claim = "The council should close the swimming pool";

    [Theory]
    [InlineData("Westbay Radio political correspondent Nina Ashe said a vote to close the swimming pool was likely to pass next week.")]
    [InlineData("Nina Ashe, Westbay Radio's political correspondent, said a vote to close the swimming pool was likely to pass next week.")]
    public void A_correspondent_reporting_the_row_has_no_stance(string sentence)
    {
        string text = "Westbay council will vote next week on closing the town's swimming pool.\n\n"
            + "Council leader Omar Reid said: \"The pool loses money every week. Closing the swimming pool is the right decision.\"\n\n"
            + sentence + "\n";
        NewsDocument doc = StanceTestPipeline.Default.Process(text, new DocumentMetadata { StanceTargets = [Claim] });
        IReadOnlyList<SpeakerStance> stances = doc.SpeakerStances(Claim);
        SpeakerStance ashe = Assert.Single(stances, s => s.SpeakerName.Contains("Ashe", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Unrelated, ashe.Label);
        Assert.Contains(ReporterSpeakers.Cue, doc.Stances.Single(a => a.SpeakerId == ashe.SpeakerId && a.Target == Claim).DrivingWords);
        SpeakerStance reid = Assert.Single(stances, s => s.SpeakerName.Contains("Reid", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Agree, reid.Label);
    }
}
