namespace NewsNlp.Tests.Infrastructure;

/// <summary>The same-story measure that keeps the blind real-news splits blind (invented texts).</summary>
public sealed class StoryOverlapTests
{
    private const string Story = "Harbour workers in Dunmore voted on Monday to strike over pay, the union said. "
        + "The port authority said the walkout would cost the town millions and urged both sides to return to talks. "
        + "Union leader Anna Kral said members had been left with no choice after three years without a rise.";

    [Fact]
    public void A_retelling_under_another_title_is_the_same_story_and_another_story_is_not()
    {
        HashSet<string> original = StoryOverlap.Shingles("Dunmore dock strike\n\n" + Story);
        HashSet<string> retold = StoryOverlap.Shingles("Port workers walk out in pay row\n\n" + Story.Replace("three years", "four years", StringComparison.Ordinal));
        HashSet<string> other = StoryOverlap.Shingles("Kestrel council approves new ferry timetable\n\nThe council approved a winter timetable for the "
            + "Kestrel ferry on Tuesday, adding two evening crossings and dropping the early Sunday boat, a spokesman said.");

        Assert.True(StoryOverlap.Jaccard(original, retold) >= StoryOverlap.SameStoryJaccard);
        Assert.True(StoryOverlap.Jaccard(original, other) < StoryOverlap.SameStoryJaccard);
        Assert.Equal(0, StoryOverlap.Jaccard([], []));
    }
}
