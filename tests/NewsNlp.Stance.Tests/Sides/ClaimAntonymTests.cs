using NewsNlp.Stance.ShortText;
using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>A speaker who says the claim's contrary in plain words (a WordNet antonym of its predicate) disagrees (invented sentences).</summary>
public sealed class ClaimAntonymTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static int Contrary(string claim, string text) =>
        ClaimAntonym.Read(Sides.Frame(claim), text, ShortTextStanceModel.Default.Featurizer.Lexicon).Score;

    [Theory]
    [InlineData("Rents in the city will rise", "Rents will fall next year as the new flats open.", -1)]
    [InlineData("The town's economy is strong", "The town's economy is weak and getting weaker.", -1)]
    [InlineData("Rents in the city will not rise", "Rents will fall next year.", 1)]
    public void The_contrary_in_plain_words_takes_the_other_side(string claim, string text, int expected) =>
        Assert.Equal(expected, Contrary(claim, text));

    [Theory]
    [InlineData("Rents will not fall next year.")]
    [InlineData("If rents fall, landlords will sell.")]
    [InlineData("Critics say rents will fall.")]
    [InlineData("Will rents fall?")]
    [InlineData("Rents will rise again.")]
    public void Negations_conditions_reports_questions_and_restatements_are_not_contraries(string text) =>
        Assert.Equal(0, Contrary("Rents in the city will rise", text));

    [Fact]
    public void The_side_reader_counts_the_contrary_and_names_its_words()
    {
        SideReading reading = Sides.Reader.Read(Sides.Frame("Rents in the city will rise"), ClaimSubject.Unknown, "Rents will fall next year.");
        Assert.True(reading.Score < 0);
        Assert.Contains("-rents fall", reading.Cues);
    }
}
