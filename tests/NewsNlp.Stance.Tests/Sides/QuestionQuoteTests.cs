using NewsNlp.Documents;
using NewsNlp.Stance.Sides;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>A quote that only asks whether something is so takes no side (invented sentences).</summary>
public sealed class QuestionQuoteTests
{

    [Theory]
    [InlineData("asked", "if Russia is now a part of the solution")]
    [InlineData("wondered", "whether the ban would work")]
    [InlineData("asked", "whether the plant should close")]
    [InlineData("said", "\u201CWill the plant close?\u201D")]
    [InlineData("", "Is this the end of the plan? Can the council still save it?")]
    [InlineData("asked", "Doesn't the town deserve better?")]
    public void Yes_no_questions_are_questions(string cue, string content) => Assert.True(QuestionQuote.IsQuestion(cue, content));

    [Theory]
    [InlineData("asked", "why the government was agreeing to the measure now")]
    [InlineData("said", "Why should taxpayers pay for this?")]
    [InlineData("said", "if the plant closes, 400 jobs will go")]
    [InlineData("said", "Is it fair? No, it is not.")]
    [InlineData("said", "the plan is a mistake")]
    [InlineData("asked", "the council to think again")]
    [InlineData("", "")]
    public void Challenges_conditions_and_statements_are_not(string cue, string content) => Assert.False(QuestionQuote.IsQuestion(cue, content));

    private const string Article =
        "The council of Eastfield voted on Monday to close the town's swimming pool next year.\n\n"
        + "Councillor Ada Brandt welcomed the closure. \"The pool loses money every week and the closure is the right decision,\" she said.\n\n"
        + "At the meeting, reporter Tom Hill asked whether the pool should close before a new one is built.\n";

    [Fact]
    public void A_speaker_who_only_asks_has_no_stance_and_one_who_answers_has_one()
    {
        const string claim = "The swimming pool should close";
        NewsDocument doc = StanceTestPipeline.Default.Process(Article, new DocumentMetadata { StanceTargets = [claim] });
        IReadOnlyList<SpeakerStance> stances = doc.SpeakerStances(claim);
        SpeakerStance hill = Assert.Single(stances, s => s.SpeakerName.Contains("Hill", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Unrelated, hill.Label);
        SpeakerStance brandt = Assert.Single(stances, s => s.SpeakerName.Contains("Brandt", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Agree, brandt.Label);
    }
}
