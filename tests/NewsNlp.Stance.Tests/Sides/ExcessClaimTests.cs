using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>
/// A claim that says there is too much of something ("… are too optimistic", "… is too generous") blames its subject,
/// whatever the word after "too" means on its own; "too" at the end of a claim means "also" and blames nobody. Support for
/// the subject then disagrees with such a claim and an accusation of the subject agrees.
/// </summary>
public sealed class ExcessClaimTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static readonly ClaimSubject Berg = new(new HashSet<string> { "anna", "berg" }, true, false);

    [Theory]
    [InlineData("Anna Berg's budget forecasts are too optimistic")]
    [InlineData("The council's pay offer is too generous")]
    [InlineData("The harbour plan is too ambitious")]
    public void Too_before_a_word_of_the_predicate_is_against_the_subject(string claim) =>
        Assert.Equal(-1, Sides.Frame(claim).SubjectEffect);

    [Theory]
    [InlineData("Anna Berg's budget forecasts are optimistic", 1)]
    [InlineData("The harbour plan is ambitious and the ferry plan is generous too", 1)]
    public void Without_too_before_a_word_the_predicate_decides(string claim, int effect) =>
        Assert.Equal(effect, Sides.Frame(claim).SubjectEffect);

    [Theory]
    [InlineData("The mayor backed Anna Berg's budget report.", -1)]
    [InlineData("The mayor accused Ms Berg of using clever statistics.", 1)]
    public void Acts_on_the_subject_of_an_excess_claim_take_the_other_side(string text, int side) =>
        Assert.Equal(side, Math.Sign(Sides.Reader.Read(Sides.Frame("Anna Berg's budget forecasts are too optimistic"), Berg, text, actsOnly: true).Score));
}
