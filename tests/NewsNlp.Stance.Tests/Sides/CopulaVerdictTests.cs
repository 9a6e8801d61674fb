using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>Session 21: the noun phrase a predicative verdict judges, and a linking "proved" (invented sentences).</summary>
public sealed class CopulaVerdictTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    [Fact]
    public void A_verdict_on_the_subjects_conduct_judges_the_subject()
    {
        // "his behaviour" is out of the verdict's four-word window; the copula's noun phrase names the subject ("he"), so the
        // verdict is read against him (agreeing that he should go), not against the claim.
        var novak = new ClaimSubject(new HashSet<string> { "stefan", "novak" }, IsPerson: true, IsSpeaker: false);
        double score = Sides.Reader.Read(Sides.Frame("The coach should be sacked"), novak, "I consider his behaviour to be totally unacceptable.").Score;
        Assert.True(score > 0, score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Proved_with_a_complement_is_a_link_not_a_verdict()
    {
        const string claim = "The first attempt to sell the stadium was a failure";
        SideReading reading = Sides.Reader.Read(Sides.Frame(claim), ClaimSubject.Unknown, "The report shows that the first attempt to sell the stadium proved a complete fiasco.");
        // Read as a verdict "proved" endorsed the failure's subject ("+proved"); as a link it says nothing itself.
        Assert.DoesNotContain(reading.Cues, c => c.Contains("proved", StringComparison.Ordinal));
        Assert.Contains(reading.Cues, c => c.Contains("fiasco", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The whole consultation was a complete fiasco.")]
    [InlineData("It is a fiasco from start to finish.")]
    [InlineData("The public consultation is a fake.")]
    [InlineData("The scheme is a total shambles.")]
    public void A_fiasco_a_fake_and_a_shambles_are_judgements_against(string text) =>
        Assert.True(Sides.Reader.Read(Sides.Frame("The new parking charges are justified"), ClaimSubject.Unknown, text).Score < 0, text);
}
