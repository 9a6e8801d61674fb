using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>
/// Session 28: double negations read as one negation took the wrong side — an act on others' calls for the claim to be
/// delayed (<see cref="DemandForContrary"/>), and a claim "X rather than Y" whose Y is its contrary (<see cref="ContrastPhrase"/>).
/// Invented sentences.
/// </summary>
public sealed class DoubleNegationTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static double Score(string claim, string text, bool actsOnly = false) =>
        Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, text, actsOnly).Score;

    [Theory]
    [InlineData("rejected opponents' calls for the harbour toll to be delayed until the spring.")]
    [InlineData("has dismissed demands to pause the harbour toll scheme.")]
    [InlineData("brushed aside pressure to postpone the harbour toll.")]
    [InlineData("rejected pressure to postpone the harbour toll.")]
    public void Rejecting_calls_to_delay_the_claim_agrees(string text) =>
        Assert.True(Score("The new harbour toll should go ahead as planned", text, actsOnly: true) > 0);

    [Fact]
    public void Backing_calls_to_shelve_the_claim_disagrees() =>
        Assert.True(Score("The new harbour toll should go ahead as planned", "backed calls for the harbour toll to be shelved.", actsOnly: true) < 0);

    [Fact]
    public void Rejecting_calls_for_the_claim_itself_still_disagrees() =>
        Assert.True(Score("The harbour toll should be scrapped", "rejected calls for the harbour toll to be scrapped.", actsOnly: true) < 0);

    [Fact]
    public void A_demand_about_something_else_says_nothing_of_the_claim() =>
        Assert.Equal(0, Score("The new harbour toll should go ahead as planned", "rejected calls for the ferry timetable to be delayed.", actsOnly: true));

    [Fact]
    public void What_follows_rather_than_in_a_claim_is_its_contrary()
    {
        const string claim = "Norland's farm sector would be an asset rather than a drain on the union's budget";
        Dictionary<string, int> signs = PolarityComposer.Read(claim).ToDictionary(w => w.Word, w => w.Sign);
        Assert.Equal(1, signs["asset"]);
        Assert.Equal(-1, signs["drain"]);
        Assert.Equal(1, signs["budget"]);
        Assert.Equal(-1, PolarityComposer.Read("Norland's farm sector would be an asset instead of a drain").Single(w => w.Word == "drain").Sign);
    }

    [Theory]
    [InlineData("It would be wrong to wait for a flood before acting.")]
    [InlineData("It would be a mistake to delay any longer.")]
    public void Judging_a_delay_wrong_agrees_with_a_proposal(string text) =>
        Assert.True(Score("The river barrier should be built this year", text) > 0);

    [Fact]
    public void Judging_the_proposal_itself_wrong_still_disagrees() =>
        Assert.True(Score("The river barrier should be built this year", "It would be wrong to build it.") < 0);
}
