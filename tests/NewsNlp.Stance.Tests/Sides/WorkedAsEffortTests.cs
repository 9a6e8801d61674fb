using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>"have worked hard" tells of effort; "have worked" alone is a verdict of success (invented sentences).</summary>
public sealed class WorkedAsEffortTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static SideReading Read(string text) => Sides.Reader.Read(Sides.Frame("The first sale of the harbour was a failure"), ClaimSubject.Unknown, text);

    [Theory]
    [InlineData("The officials have worked hard to get a deal.")]
    [InlineData("The agencies have worked closely with the council.")]
    public void Effort_is_no_verdict(string text) =>
        Assert.DoesNotContain(Read(text).Cues, c => c.Contains("worked", StringComparison.Ordinal));

    [Fact]
    public void Success_is_a_verdict() =>
        Assert.Contains(Read("The new rules have worked.").Cues, c => c.Contains("worked", StringComparison.Ordinal));
}
