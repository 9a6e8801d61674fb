using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>
/// Acts whose object is not the claim: a claim or proposal noun that opens a clause of its own names that clause ("rejected
/// the idea Mr X posed a threat to the club"), and an act word after a preposition is a noun, not the speaker's act cue
/// ("jailed for bomb attacks"; the polarity composition still reads what such a noun acts on).
/// </summary>
public sealed class OtherPropositionTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static double Score(string claim, string text) => Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, text).Score;

    [Theory]
    [InlineData("The chairman rejected the idea Mr Holt posed a threat to Rovers.")]
    [InlineData("He dismissed the claim that Mr Holt would join another club.")]
    public void A_noun_opening_another_proposition_is_not_the_claim(string text) =>
        Assert.Equal(0, Score("Rovers have cheated their fans", text));

    [Theory]
    [InlineData("He rejected the claim that the board had cheated the fans.")]
    [InlineData("He rejected the claim.")]
    [InlineData("She rejected the accusation as baseless.")]
    public void A_noun_that_restates_the_claim_or_opens_no_clause_is_still_the_claim(string text) =>
        Assert.True(Score("The board cheated the fans", text) < 0);

    [Theory]
    [InlineData("He apologised for the wrongful jailing of six people for bomb attacks by the Harbour Six.")]
    [InlineData("They were jailed over attacks near Harbour.")]
    public void An_act_word_after_a_preposition_is_a_noun_not_an_act_cue(string text) =>
        Assert.DoesNotContain(Sides.Reader.Read(Sides.Frame("The Harbour Six were innocent"), ClaimSubject.Unknown, text).Cues, c => c.Contains("attack", StringComparison.Ordinal));

    [Theory]
    [InlineData("The mayor attacks the harbour plan.")]
    [InlineData("After he attacks the harbour plan, the vote will be held.")]
    public void An_act_verb_after_its_subject_is_still_an_act(string text) =>
        Assert.True(Score("The harbour plan should go ahead", text) < 0);

    [Fact]
    public void A_verb_of_saying_in_ing_opens_the_content_of_a_noun_of_statement() =>
        // "the idea saying …" names the idea's content, which does not say the claim: rejecting it is no act on the claim.
        Assert.DoesNotContain("-rejected", Sides.Reader.Read(Sides.Frame("Terror suspects should be held under house arrest"), ClaimSubject.Unknown,
            "rejected the idea saying intercept evidence is only a small part of the case against terror suspects").Cues);

    [Fact]
    public void A_verb_of_saying_in_ing_after_a_noun_of_action_is_the_speakers_own_words() =>
        // "defended the move saying it would …": the speaker's act on the move (the claim's proposal), then what they said.
        Assert.Contains("+defended", Sides.Reader.Read(Sides.Frame("Support officers should have the power to detain suspects"), ClaimSubject.Unknown,
            "defended the move saying it would give the officers an edge").Cues);

    [Theory]
    [InlineData("The rules help building", "We reject the claim that the rules hamper building.")]
    [InlineData("The new runway will create jobs", "She dismissed suggestions that the runway would cost jobs.")]
    public void Rejecting_the_claims_contrary_agrees(string claim, string text) =>
        Assert.True(Score(claim, text) > 0);

    [Theory]
    [InlineData("The rules help building", "We reject the claim that the rules help building.")]
    [InlineData("The new runway will create jobs", "She dismissed suggestions that the runway would create jobs.")]
    public void Rejecting_the_claim_itself_still_disagrees(string claim, string text) =>
        Assert.True(Score(claim, text) < 0);
}
