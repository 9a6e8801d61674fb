using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>"not limited to X" widens, it does not deny X (invented sentences).</summary>
public sealed class NotLimitedToTests
{
    [Theory]
    [InlineData("the failures were not limited to the harbour", 2, true)]
    [InlineData("it is not just confined to the harbour", 1, true)]
    [InlineData("the failures were not in the harbour", 2, false)]
    public void Finds_the_phrase(string text, int k, bool expected) =>
        Assert.Equal(expected, NotLimitedTo.IsAt(text.Split(' '), k));

    [Fact]
    public void Its_negator_reaches_no_cue() =>
        Assert.False(NegationScope.Reaches("the waste is not limited to a scandal".Split(' '), 6));

    [Fact]
    public void The_composition_reads_the_widened_words_as_asserted() =>
        Assert.True(PolarityComposer.Compose("The council wasted money on the harbour bridge", "The waste of money was not limited to the harbour bridge.").Score >= 0);
}
