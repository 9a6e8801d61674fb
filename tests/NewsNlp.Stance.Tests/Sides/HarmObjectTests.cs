using NewsNlp.Stance.Features;
using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>An act on what a claim of fact says is harmed is not an act on the claim (invented sentences).</summary>
public sealed class HarmObjectTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private const string Claim = "The new planning rules could hamper house building";

    private static double Score(string claim, string text) => Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, text).Score;

    [Fact]
    public void A_claim_of_fact_with_a_verb_of_harm_knows_what_it_harms()
    {
        ClaimFrame frame = Sides.Frame(Claim);
        Assert.Contains(TextPreparer.Stem("building"), frame.HarmObjectStems);
        Assert.Equal(-1, frame.SubjectEffect);
        Assert.Empty(Sides.Frame("The council should hamper house building").HarmObjectStems);   // a proposal: acts on it are acts on the claim
    }

    [Fact]
    public void Someone_not_supporting_what_the_claim_says_is_harmed_agrees() =>
        // Not supporting house building is the harm the claim names: the composition reads it; the act alone says nothing.
        Assert.True(Score(Claim, "The minister is not going to support house building.") > 0);

    [Fact]
    public void An_act_on_the_claim_itself_still_takes_its_sign() =>
        Assert.True(Score(Claim, "We reject this claim outright.") < 0);
}
