using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>"want to see" as a demand, and "any wrongdoing" as the accusation (invented sentences).</summary>
public sealed class DemandAndWrongdoingTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static SideReading Read(string claim, string text) => Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, text);

    [Theory]
    [InlineData("I want to see the full evaluation before the council votes.")]
    [InlineData("We want to see the detailed figures first.")]
    public void Wanting_to_see_something_to_read_declines_to_take_a_side(string text) =>
        Assert.True(Read("The library should close", text).Neutral);

    [Theory]
    [InlineData("We want to see judges advised that the closure should not go ahead.")]
    [InlineData("Residents want to see more buses on the route.")]
    [InlineData("We want to see an end to the closures.")]
    public void Wanting_to_see_a_change_made_is_a_demand_not_a_refusal(string text) =>
        Assert.False(Read("The library should close", text).Neutral);

    [Fact]
    public void Refuting_any_wrongdoing_disagrees_with_an_accusation()
    {
        Assert.True(Read("The councillor broke the lobbying rules", "A spokesman totally refuted any wrongdoing.").Score < 0);
        Assert.True(Read("The councillor broke the lobbying rules", "A spokesman admitted wrongdoing.").Score >= 0);
    }
}
