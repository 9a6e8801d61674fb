using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>A speaker who says the claim in its own words, as a plain assertion, takes its side (invented sentences).</summary>
public sealed class ClaimRestatementTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static int Restated(string claim, string text) => ClaimRestatement.Read(Sides.Frame(claim), text).Score;

    [Theory]
    [InlineData("The ferry service is running", "The ferry service is running again and we expect it to stay that way.", 1)]
    [InlineData("The ferry service is running", "We checked twice. The ferry service is still running.", 1)]
    [InlineData("The ferry service is not running", "The ferry service is running as normal this morning.", -1)]
    [InlineData("The council should close the pool", "The council should close the pool before the winter.", 1)]
    public void A_plain_restatement_takes_the_claims_side(string claim, string text, int expected) =>
        Assert.Equal(expected, Restated(claim, text));

    [Theory]
    [InlineData("Is the ferry service running today?")]
    [InlineData("If the ferry service is running, we will sail.")]
    [InlineData("Critics say the ferry service is running at a loss.")]
    [InlineData("The ferry service could be running by May.")]
    [InlineData("The ferry service is not running.")]
    [InlineData("The timetable says nothing about it.")]
    public void Questions_conditions_reports_hedges_and_negations_are_not_restatements(string text) =>
        Assert.Equal(0, Restated("The ferry service is running", text));

    [Fact]
    public void A_prediction_does_not_restate_a_proposal() =>
        Assert.Equal(0, Restated("The council should close the pool", "The council will close the pool in May."));

    [Fact]
    public void The_side_reader_counts_a_restatement_and_names_its_words()
    {
        SideReading reading = Sides.Reader.Read(Sides.Frame("The ferry service is running"), ClaimSubject.Unknown, "The ferry service is running again.");
        Assert.True(reading.Score > 0);
        Assert.Contains("+ferry running", reading.Cues);
    }
}
