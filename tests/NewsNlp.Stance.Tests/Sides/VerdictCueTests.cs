using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>Judgements of news speakers and the scope of a negation before them (invented sentences).</summary>
public sealed class VerdictCueTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private const string Claim = "The new parking charges are justified";

    private static double Score(string text) => Sides.Reader.Read(Sides.Frame(Claim), ClaimSubject.Unknown, text).Score;

    [Theory]
    [InlineData("The announcement is hugely disappointing for shop owners.")]
    [InlineData("Drivers have been short-changed yet again.")]
    [InlineData("Higher fees are not the answer to the council's problems.")]
    [InlineData("It is a kick in the teeth for everyone who works in the town.")]
    [InlineData("This is a sham consultation and a recipe for disaster.")]
    [InlineData("The new law is a travesty for everyone who rents in the town.")]
    [InlineData("It is a huge mistake.")]
    [InlineData("The scheme is unworkable and draconian.")]
    [InlineData("This is a war on shoppers dressed up as road safety.")]
    [InlineData("There is no place for it in our town.")]
    [InlineData("The whole thing is a missed opportunity.")]
    public void Judgements_against_take_the_other_side(string text) => Assert.True(Score(text) < 0, text);

    [Theory]
    [InlineData("It is a step in the right direction.")]
    [InlineData("This is common sense and the way forward for the town.")]
    [InlineData("The money will be a boost for the bus service.")]
    [InlineData("Charging for parking is the responsible choice.")]
    [InlineData("It was the sensible thing to do and the correct decision.")]
    [InlineData("For our members this is the biggest opportunity in years.")]
    [InlineData("The sums are grim. Paying for parking is the fairest of the bad options.")]
    [InlineData("Frankly it is the only option the town has left.")]
    public void Judgements_for_take_the_claims_side(string text) => Assert.True(Score(text) > 0, text);

    [Theory]
    [InlineData("It is not a sham.", 1)]
    [InlineData("It is not racist, just common sense.", 1)]
    [InlineData("It is not just a mistake.", -1)]
    [InlineData("It is not only unfair.", -1)]
    public void A_contrast_word_ends_a_negations_scope(string text, int sign) => Assert.Equal(sign, Math.Sign(Score(text)));

    [Theory]
    [InlineData("It is a bad piece of legislation.")]
    [InlineData("The whole package is a bad deal for drivers.")]
    public void A_bad_thing_of_a_kind_is_a_judgement_against(string text) => Assert.True(Score(text) < 0, text);

    [Theory]
    [InlineData("Closing the pool is a bad idea.", -1)]
    [InlineData("Closing the pool is the right decision.", 1)]
    public void A_noun_that_names_the_proposal_is_not_the_claims_own_word(string text, int sign) =>
        // "idea" and "decision" name the proposal ("The council should close the pool"), but the claim does not say them, so the
        // verdict they are part of is not a repetition of the claim's words (it was skipped as one).
        Assert.Equal(sign, Math.Sign(Sides.Reader.Read(Sides.Frame("The council should close the pool"), ClaimSubject.Unknown, text).Score));
}
