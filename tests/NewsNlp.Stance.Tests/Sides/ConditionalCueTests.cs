using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>A cue in a conditional clause ("If we reject the plan, …") is supposed, not asserted: it takes no side.</summary>
public sealed class ConditionalCueTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static double Score(string claim, string text) => Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, text).Score;

    [Theory]
    [InlineData("If we reject this scheme, the harbour towns will be left behind.")]
    [InlineData("Unless they oppose the scheme, nothing will change.")]
    [InlineData("The vote is on Tuesday and the towns will wait if they reject the scheme.")]
    public void A_cue_in_an_if_or_unless_clause_is_not_read(string text) =>
        Assert.Equal(0, Score("The council should approve the ferry scheme", text));

    [Theory]
    [InlineData("We reject this scheme.", -1)]
    [InlineData("If it rains, we reject the scheme.", -1)]
    [InlineData("We welcome the scheme, even if it costs more.", 1)]
    public void A_cue_outside_the_conditional_clause_still_counts(string text, int sign) =>
        Assert.Equal(sign, Math.Sign(Score("The council should approve the ferry scheme", text)));

    [Theory]
    [InlineData("If we reject this treaty, Britain will be isolated", ", Britain will be isolated")]
    [InlineData("We back it unless costs rise sharply; then we will see", "We back it ; then we will see")]
    [InlineData("A gift for the midfield", "A gift for the midfield")]
    public void The_conditional_clause_ends_at_punctuation_or_after_six_words(string text, string expected) =>
        Assert.Equal(expected, SideCueReader.WithoutConditionals(text).Trim());
}
