using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>"lies in", "lies with": the verb of place is no verdict of deceit; "told lies" still is (invented sentences).</summary>
public sealed class LocativeLieTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static SideReading Read(string text) => Sides.Reader.Read(Sides.Frame("The new curriculum will help pupils"), ClaimSubject.Unknown, text);

    [Theory]
    [InlineData("The real promise of the curriculum lies in its practical lessons.")]
    [InlineData("The responsibility lies with the schools themselves.")]
    public void The_verb_of_place_takes_no_side(string text) =>
        Assert.DoesNotContain(Read(text).Cues, c => c.Contains("lies", StringComparison.Ordinal));

    [Fact]
    public void Lies_told_are_still_a_verdict() =>
        Assert.Contains(Read("They told lies in every leaflet about the curriculum.").Cues, c => c.Contains("lies", StringComparison.Ordinal));
}
