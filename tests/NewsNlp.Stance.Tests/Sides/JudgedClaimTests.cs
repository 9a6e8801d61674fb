using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>
/// Session 27: a verdict on a noun phrase that names the claim ("lifting the timber embargo would be irresponsible") judges
/// the claim; the claim's words in that phrase are the verdict's referent, not the speaker saying the claim, so the
/// composition and restatement readings of them do not outweigh it (invented sentences).
/// </summary>
public sealed class JudgedClaimTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private const string Claim = "The union should lift its timber embargo on Norland";

    [Theory]
    [InlineData("Lifting the timber embargo would be irresponsible and would damage our relations with Ostland.")]
    [InlineData("Lifting the timber embargo on Norland would be totally irresponsible.")]
    [InlineData("Her plan to lift the timber embargo was a grave mistake.")]
    public void A_verdict_on_the_named_claim_is_not_outweighed_by_its_words(string text)
    {
        SideReading reading = Sides.Reader.Read(Sides.Frame(Claim), ClaimSubject.Unknown, text);
        Assert.True(reading.Score < 0, $"{text}: {reading.Score} [{string.Join(", ", reading.Cues)}]");
        Assert.DoesNotContain(reading.Cues, c => c.StartsWith('+'));
    }

    [Fact]
    public void A_favourable_verdict_on_the_named_claim_still_agrees()
    {
        SideReading reading = Sides.Reader.Read(Sides.Frame(Claim), ClaimSubject.Unknown, "Lifting the timber embargo would be the right decision.");
        Assert.True(reading.Score > 0, $"{reading.Score} [{string.Join(", ", reading.Cues)}]");
    }

    [Fact]
    public void The_claim_said_without_a_verdict_is_still_composed()
    {
        // No verdict judges the phrase: the composition reads the speaker's own call, as before.
        SideReading reading = Sides.Reader.Read(Sides.Frame(Claim), ClaimSubject.Unknown, "The union must lift the timber embargo on Norland now.");
        Assert.True(reading.Score > 0, $"{reading.Score} [{string.Join(", ", reading.Cues)}]");
    }
}
