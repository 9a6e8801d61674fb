using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>
/// "back" supports its object only as a verb ("we back the plan"): after a verb of motion it is an adverb ("will go back to
/// the harbour plan", "came back and voted") and after a determiner a noun or modifier ("their back office"), and then it
/// takes no side, neither as a side-taking cue nor as a keeper in the polarity composition.
/// </summary>
public sealed class AdverbialBackTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private const string Claim = "The harbour plan should go ahead";

    private static SideReading Read(string text) => Sides.Reader.Read(Sides.Frame(Claim), ClaimSubject.Unknown, text);

    [Theory]
    [InlineData("We will go back to the harbour plan next year.")]
    [InlineData("They came back to the harbour plan after lunch.")]
    [InlineData("The harbour plan team moved into their back office.")]
    public void Back_that_is_no_verb_takes_no_side(string text) =>
        Assert.DoesNotContain(Read(text).Cues, c => c.Contains("back", StringComparison.Ordinal));

    [Theory]
    [InlineData("We back the harbour plan.")]
    [InlineData("The players fully back the harbour plan.")]
    public void Back_as_a_verb_still_supports(string text) =>
        Assert.True(Read(text).Score > 0);

    [Theory]
    [InlineData(new[] { "we", "go", "back", "home" }, 2, true)]
    [InlineData(new[] { "their", "back", "office" }, 1, true)]
    [InlineData(new[] { "we", "back", "it" }, 1, false)]
    [InlineData(new[] { "we", "go", "home" }, 1, false)]
    public void Recognises_back_after_a_motion_verb_or_determiner(string[] words, int i, bool expected) =>
        Assert.Equal(expected, AdverbialBack.IsAdverbOrNoun(words, i));
}
