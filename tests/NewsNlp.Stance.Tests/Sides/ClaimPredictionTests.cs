using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>A speaker who predicts the claimed event, naming it by a pronoun or a noun, takes its side (invented sentences).</summary>
public sealed class ClaimPredictionTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private const string Claim = "The bakery chain will close its Dunmore shop";

    private static int Predicted(string claim, string text) => ClaimPrediction.Read(Sides.Frame(claim), text).Score;

    [Theory]
    [InlineData("Sales are falling, and I expect it to close before Easter.", 1)]
    [InlineData("We fully expect the shop to close in the spring.", 1)]
    [InlineData("The shop is expected to close next month.", 1)]
    [InlineData("Frankly, the closure was inevitable.", 1)]
    [InlineData("The closure now looks likely.", 1)]
    [InlineData("It is bound to close sooner or later.", 1)]
    [InlineData("I do not expect it to close.", -1)]
    [InlineData("A closure is unlikely this year.", -1)]
    [InlineData("A closure is not likely this year.", -1)]
    public void A_prediction_of_the_event_takes_its_side(string text, int expected) => Assert.Equal(expected, Predicted(Claim, text));

    [Theory]
    [InlineData("Will it close before Easter?")]
    [InlineData("If I expect it to close, I will say so.")]
    [InlineData("Critics say the closure is inevitable.")]
    [InlineData("Prices are likely to rise this year.")]
    [InlineData("They expect it to open a second shop.")]
    [InlineData("I expect the talks to go on for weeks.")]
    public void Questions_conditions_reports_and_other_events_are_not_predictions(string text) => Assert.Equal(0, Predicted(Claim, text));

    [Fact]
    public void Expecting_an_event_does_not_endorse_a_proposal() =>
        Assert.Equal(0, Predicted("The bakery chain should close its Dunmore shop", "I expect it to close before Easter."));

    [Fact]
    public void A_negated_claim_turns_the_prediction() =>
        Assert.Equal(-1, Predicted("The bakery chain will not close its Dunmore shop", "Sales are falling and the closure is inevitable."));

    [Fact]
    public void The_side_reader_counts_a_prediction_and_names_its_words()
    {
        SideReading reading = Sides.Reader.Read(Sides.Frame(Claim), ClaimSubject.Unknown, "I expect it to close before Easter.");
        Assert.True(reading.Score > 0);
        Assert.Contains("+expect close", reading.Cues);
    }
}
