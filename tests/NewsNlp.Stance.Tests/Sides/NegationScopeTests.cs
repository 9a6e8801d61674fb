using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>
/// One reading of negation for the side cues, the predictions and the sizes of harm (invented sentences): the negators of
/// the composition ("nothing", "nobody", "hardly" too), a contrast word ending the scope, and "without" not negating.
/// </summary>
public sealed class NegationScopeTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static double Score(string claim, string text) => Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, text).Score;

    [Theory]
    [InlineData("it is not a mistake", 4, true)]
    [InlineData("it is hardly a mistake", 4, true)]
    [InlineData("nobody thinks it wise", 3, true)]
    [InlineData("it isn't wise", 2, true)]
    [InlineData("not racist just common sense", 3, false)]
    [InlineData("not only serious", 2, false)]
    [InlineData("without doubt a disaster", 3, false)]
    [InlineData("not now but later it is wise", 6, false)]
    public void A_negator_reaches_three_words_unless_a_contrast_word_comes_between(string text, int i, bool negated) =>
        Assert.Equal(negated, NegationScope.Reaches(text.Split(' '), i));

    [Fact]
    public void Hardly_turns_a_verdict() =>
        Assert.True(Score("The city should build the harbour bridge", "Building it would hardly be a disaster.") > 0);

    [Fact]
    public void Without_doubt_asserts_a_verdict() =>
        Assert.True(Score("The city should build the harbour bridge", "Building it would without doubt be a disaster.") < 0);

    [Fact]
    public void Hardly_turns_a_likelihood() =>
        Assert.Equal(-1, ClaimPrediction.Read(Sides.Frame("The bakery chain will close its Dunmore shop"), "A closure is hardly likely this year.").Score);

    [Fact]
    public void A_contrast_word_ends_the_negation_of_a_size_of_harm() =>
        Assert.True(Score("The floods will do serious damage to the region's farms", "It is not only a serious risk to the harvest, it will last for years.") > 0);

    [Fact]
    public void A_claim_with_hardly_is_negated() => Assert.True(Sides.Frame("The plant will hardly close this year").IsNegated);
}
