using NewsNlp.Documents;
using NewsNlp.Stance.Sides;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>
/// The government as the camp that proposes a claim (<see cref="SpeakerCamp.ReadProposer"/>), and a shadow or former
/// office-holder who is not the claim's subject (<see cref="DocumentSideReader.SubjectEntities"/>); invented articles.
/// </summary>
public sealed class ProposingGovernmentTests
{
    private const string Article =
        "Speed limit plan for motorways\n\n"
        + "Ministers plan to raise the speed limit on motorways to 80mph, the government announced on Tuesday.\n\n"
        + "Transport minister Helen Marsh said: \"Modern cars are far safer than they were when the limit was set in the 1960s.\"\n\n"
        + "Shadow transport secretary Colin Reed said: \"Drivers deserve an honest debate about the figures before anything changes.\"\n\n"
        + "Road safety campaigner Anna Webb said the figures would be published next month.\n\n"
        + "Treasury minister Paul Dean said the new signs would be ordered in the spring.\n";

    private const string Claim = "The motorway speed limit should be raised to 80mph";

    private static Speaker SpeakerNamed(NewsDocument doc, string name) =>
        Assert.Single(doc.Speakers, s => s.CanonicalName.Contains(name, StringComparison.Ordinal));

    private static SpeakerStance StanceOf(NewsDocument doc, string name) =>
        Assert.Single(doc.SpeakerStances(Claim), s => s.SpeakerName.Contains(name, StringComparison.Ordinal));

    [Fact]
    public void The_government_that_proposes_a_claim_is_its_camp_and_the_opposition_the_rival()
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article);
        SpeakerCamp camps = Assert.IsType<SpeakerCamp>(SpeakerCamp.ReadProposer(doc, DocumentSideReader.Default.Frame(Claim)));
        Assert.True(camps.IsProposer);
        Assert.Equal(1, camps.Effect);
        Assert.Equal(1, camps.Side(SpeakerNamed(doc, "Marsh")));
        Assert.Equal(-1, camps.Side(SpeakerNamed(doc, "Reed")));
        Assert.Equal(0, camps.Side(SpeakerNamed(doc, "Webb")));
    }

    [Theory]
    [InlineData("The motorway speed limit should not be raised to 80mph")]        // negated: whose proposal is not known
    [InlineData("The motorway speed limit should have been raised years ago")]     // what ought to have happened
    [InlineData("The motorway speed limit is too low")]                            // not a proposal
    [InlineData("The Labour plan to raise the motorway speed limit should go ahead")] // a camp named in the claim: the subject's camp reading
    public void A_claim_that_is_no_plain_proposal_or_names_a_camp_has_no_proposing_government(string claim)
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article);
        Assert.Null(SpeakerCamp.ReadProposer(doc, DocumentSideReader.Default.Frame(claim)));
    }

    [Fact]
    public void A_text_that_does_not_put_the_plan_with_the_government_has_no_proposing_government()
    {
        string text = Article.Replace("Ministers plan to raise the speed limit on motorways to 80mph, the government announced on Tuesday.",
            "Motoring groups want the speed limit on motorways raised to 80mph, a survey found on Tuesday.", StringComparison.Ordinal);
        NewsDocument doc = StanceTestPipeline.Default.Process(text);
        Assert.Null(SpeakerCamp.ReadProposer(doc, DocumentSideReader.Default.Frame(Claim)));
    }

    [Fact]
    public void Ministers_take_the_side_of_the_governments_proposal_and_the_shadow_minister_the_other()
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article, new DocumentMetadata { StanceTargets = [Claim] });
        Assert.Equal(StanceLabel.Disagree, StanceOf(doc, "Reed").Label);
        Assert.Equal(StanceLabel.Agree, StanceOf(doc, "Marsh").Label);
        // A minister whose words on the plan's details take no side defends it all the same; a campaigner with no side keeps none.
        Assert.Equal(StanceLabel.Agree, StanceOf(doc, "Dean").Label);
        Assert.Equal(StanceLabel.Unrelated, StanceOf(doc, "Webb").Label);
    }

    [Fact]
    public void A_shadow_office_holder_is_not_the_office_the_claim_is_about()
    {
        const string text = "Marches row\n\n"
            + "Home Secretary Jane Moss wants new powers to ban marches that threaten public order.\n\n"
            + "Shadow home secretary Colin Reed said the powers would be used against peaceful protest.\n\n"
            + "Former home secretary Mark Hill said he had never needed such powers.\n";
        NewsDocument doc = StanceTestPipeline.Default.Process(text);
        HashSet<int> subject = DocumentSideReader.SubjectEntities(doc, DocumentSideReader.Default.Frame("The home secretary should have the power to ban marches"));
        Assert.Contains(SpeakerEntity(doc, "Moss"), subject);
        Assert.DoesNotContain(SpeakerEntity(doc, "Reed"), subject);
        Assert.DoesNotContain(SpeakerEntity(doc, "Hill"), subject);
    }

    private static int SpeakerEntity(NewsDocument doc, string name) =>
        Assert.Single(doc.EntityClusters, e => e.Type == EntityType.Person && doc.Entities[e.MentionIndexes[0]].Text.Contains(name, StringComparison.Ordinal)).Id;
}
