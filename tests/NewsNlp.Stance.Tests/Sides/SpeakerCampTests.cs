using NewsNlp.Documents;
using NewsNlp.Stance.Pipeline;
using NewsNlp.Stance.Sides;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>The camp reading (<see cref="SpeakerCamp"/>): a speaker of the claim subject's party takes its side, a rival party's the other (invented article).</summary>
public sealed class SpeakerCampTests
{
    private const string Article =
        "The Liberal Democrats' plan to let first-time buyers rent a share of their home was published on Monday.\n\n"
        + "Lib Dem housing spokesman Tom Hale said: \"This plan will help thousands of young families on to the housing ladder.\"\n\n"
        + "Tory housing spokeswoman Ann Price said: \"The plan will help the builders far more than it helps the buyers it is meant for.\"\n\n"
        + "Housing minister Keith Lane said the scheme would cost far more than its authors claimed.\n\n"
        + "Professor Ruth Adams, of the Housing Institute, said the scheme had been tried in Wales before.\n";

    private const string Claim = "The Liberal Democrats' housing plan will help first-time buyers";

    private static Speaker SpeakerNamed(NewsDocument doc, string name) =>
        Assert.Single(doc.Speakers, s => s.CanonicalName.Contains(name, StringComparison.Ordinal));

    [Fact]
    public void The_subjects_party_is_the_same_camp_a_rival_party_the_other_and_no_party_none()
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article);
        SpeakerCamp camps = Assert.IsType<SpeakerCamp>(SpeakerCamp.Read(doc, DocumentSideReader.Default.Frame(Claim)));
        Assert.Equal(1, camps.Side(SpeakerNamed(doc, "Hale")));
        Assert.Equal(-1, camps.Side(SpeakerNamed(doc, "Price")));
        Assert.Equal(0, camps.Side(SpeakerNamed(doc, "Adams")));
        // A minister is of the government, whose party this text does not name: neither camp.
        Assert.Equal(0, camps.Side(SpeakerNamed(doc, "Lane")));
    }

    [Fact]
    public void The_government_is_the_party_the_text_says_governs()
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article + "\nThe Labour government will publish its own housing plan in the spring.\n");
        SpeakerCamp camps = Assert.IsType<SpeakerCamp>(SpeakerCamp.Read(doc, DocumentSideReader.Default.Frame(Claim)));
        Assert.Equal(-1, camps.Side(SpeakerNamed(doc, "Lane")));
        Assert.Equal("labour", SpeakerCamp.GoverningParty("Ministers of the Labour government met. A Tory government would cut taxes."));
        Assert.Null(SpeakerCamp.GoverningParty("A Tory government would cut taxes."));
    }

    [Theory]
    [InlineData("The Conservative plans to abolish 162 quangos should go ahead")] // the frame's verb sits in the subject's infinitive
    [InlineData("The lord chancellor need not be a lawyer")]                      // an office in a claim is what it is about, not a camp
    [InlineData("The new rules on housing will help first-time buyers")]          // no camp named
    public void A_claim_whose_subject_names_no_camp_or_hides_its_verb_reads_none(string claim)
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article);
        Assert.Null(SpeakerCamp.Read(doc, DocumentSideReader.Default.Frame(claim)));
    }

    [Fact]
    public void A_rival_who_takes_a_side_takes_the_other_side_of_the_subjects_camp()
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article, new DocumentMetadata { StanceTargets = [Claim] });
        SpeakerStance price = Assert.Single(doc.SpeakerStances(Claim), s => s.SpeakerName.Contains("Price", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Disagree, price.Label);
        SpeakerStance hale = Assert.Single(doc.SpeakerStances(Claim), s => s.SpeakerName.Contains("Hale", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Agree, hale.Label);
    }

    [Fact]
    public void Acts_and_verdicts_alone_keep_their_side_and_claim_words_or_the_own_side_do_not()
    {
        ClaimFrame frame = DocumentSideReader.Default.Frame("The Tory asylum plans will make the asylum system fairer");
        Assert.True(StanceStage.ByActsAlone(frame, ["rejected", "a myth"]));
        Assert.False(StanceStage.ByActsAlone(frame, ["asylum system"]));
        Assert.False(StanceStage.ByActsAlone(frame, ["rejected", "asylum system"]));
        Assert.False(StanceStage.ByActsAlone(frame, [DocumentSideReader.OwnSideCue]));
        Assert.False(StanceStage.ByActsAlone(frame, []));
    }

    [Theory]
    [InlineData("Lib Dem housing spokesman ", "libdem")]
    [InlineData("the shadow home secretary ", "opposition")]
    [InlineData("Treasury minister ", "government")]
    [InlineData("former Treasury minister ", null)]
    public void A_title_names_its_camp(string title, string? camp)
    {
        HashSet<string> camps = SpeakerCamp.CampsIn(title + "Jo Bloggs", claimWords: false);
        if (camp is null)
        {
            Assert.Empty(camps);
        }
        else
        {
            Assert.Equal(camp, Assert.Single(camps));
        }
    }
}
