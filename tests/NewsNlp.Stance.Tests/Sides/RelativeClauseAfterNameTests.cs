using NewsNlp.Documents;
using NewsNlp.Stance.Sides;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>
/// Session 28: a relative clause after a speaker's name ("Ms Anand, who took over …, has rejected …") no longer hides the
/// act the reporter says they took (<see cref="RelativeClauseAfterName"/>). Invented article.
/// </summary>
public sealed class RelativeClauseAfterNameTests
{
    private const string Claim = "The new harbour toll should go ahead as planned";

    private const string Article =
        "The harbour board met on Monday to discuss the new toll on visiting boats.\n\n"
        + "Harbour master Rita Anand, who took over the post last month after her predecessor retired early through ill health, has rejected calls to pause the new harbour toll.\n\n"
        + "\"The money will pay for the breakwater and the new pontoons,\" Ms Anand said.\n";

    [Fact]
    public void The_act_after_a_relative_clause_decides_the_side()
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article, new DocumentMetadata { StanceTargets = [Claim] });
        SpeakerStance anand = Assert.Single(doc.SpeakerStances(Claim), s => s.SpeakerName.Contains("Anand", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Agree, anand.Label);
        StanceAnnotation annotation = Assert.Single(doc.Stances, s => s.SpeakerId == anand.SpeakerId && s.Target == Claim);
        Assert.Contains(annotation.DrivingWords, w => w.Contains("rejected", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_a_leading_who_or_which_clause_is_split_off()
    {
        Assert.Equal((", who took over last month,", " has rejected the plan."), RelativeClauseAfterName.Split(", who took over last month, has rejected the plan."));
        Assert.Null(RelativeClauseAfterName.Split(", the harbour master, said"));
        Assert.Null(RelativeClauseAfterName.Split(" rejected the plan, which was new."));
    }

    [Fact]
    public void An_act_inside_the_relative_clause_is_still_read()
    {
        const string article = "The harbour board met on Monday to discuss the new toll on visiting boats.\n\n"
            + "Councillor Tom Reyes, who backs the harbour toll, said the board would vote on Friday.\n\n"
            + "\"We expect a long meeting,\" Mr Reyes said.\n";
        NewsDocument doc = StanceTestPipeline.Default.Process(article, new DocumentMetadata { StanceTargets = [Claim] });
        SpeakerStance reyes = Assert.Single(doc.SpeakerStances(Claim), s => s.SpeakerName.Contains("Reyes", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Agree, reyes.Label);
    }
}
