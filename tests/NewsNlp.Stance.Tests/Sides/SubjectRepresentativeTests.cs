using NewsNlp.Documents;
using NewsNlp.Stance.Sides;
using NewsNlp.Stance.Speakers;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>An office-holder of the claim's subject takes the subject's own side (invented article).</summary>
public sealed class SubjectRepresentativeTests
{

    private const string Article =
        "The electoral commission will publish its report on the Green Party's accounts next week.\n\n"
        + "Green Party treasurer Tomas Reyes said: \"Our books are open to anyone who wants to read them.\"\n\n"
        + "Commission chairman Helen Marsh said the report would be sent to every party first.\n\n"
        + "\"We have seen the figures and we will respond in full,\" said a Green Party spokesman.\n";

    [Theory]
    [InlineData("The Green Party broke the campaign spending rules", StanceLabel.Disagree)]
    [InlineData("The Green Party should be allowed to keep its donations", StanceLabel.Agree)]
    public void An_office_holder_of_the_subject_takes_its_side(string claim, StanceLabel expected)
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article, new DocumentMetadata { StanceTargets = [claim] });
        SpeakerStance reyes = Assert.Single(doc.SpeakerStances(claim), s => s.SpeakerName.Contains("Reyes", StringComparison.Ordinal));
        Assert.Equal(expected, reyes.Label);
        StanceAnnotation annotation = Assert.Single(doc.Stances, s => s.SpeakerId == reyes.SpeakerId && s.Target == claim);
        Assert.Contains(DocumentSideReader.OwnSideCue, annotation.DrivingWords);
    }

    [Fact]
    public void A_title_that_is_the_subjects_name_and_a_role_speaks_for_it_and_another_title_does_not()
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article);
        ClaimFrame frame = DocumentSideReader.Default.Frame("The Green Party broke the campaign spending rules");
        HashSet<int> subject = DocumentSideReader.SubjectEntities(doc, frame);
        Speaker reyes = Assert.Single(doc.Speakers, s => s.CanonicalName.Contains("Reyes", StringComparison.Ordinal));
        Speaker marsh = Assert.Single(doc.Speakers, s => s.CanonicalName.Contains("Marsh", StringComparison.Ordinal));
        Assert.True(SubjectRepresentative.SpeaksFor(doc, frame, subject, reyes));
        Assert.False(SubjectRepresentative.SpeaksFor(doc, frame, subject, marsh));
    }

    [Fact]
    public void A_possessive_subject_names_its_owner_and_the_owners_official_speaks_for_it()
    {
        // "Denmark's fishing quota": Denmark is named by "Denmark" in the text, and a Denmark Government official speaks for it.
        const string text = "Denmark's fishing quota will be reviewed in Brussels next month.\n\n"
            + "\"Our fleet has already cut its catch by a third,\" a Denmark Government official said.\n\n"
            + "EU fisheries commissioner Anna Berg said the review would look at every quota.\n";
        const string claim = "Denmark's fishing quota is fair";
        NewsDocument doc = StanceTestPipeline.Default.Process(text, new DocumentMetadata { StanceTargets = [claim] });
        ClaimFrame frame = DocumentSideReader.Default.Frame(claim);
        HashSet<int> subject = DocumentSideReader.SubjectEntities(doc, frame);
        EntityMention denmark = doc.Entities.First(e => e.Text == "Denmark");
        Assert.Contains(denmark.EntityId, subject);
        Speaker official = Assert.Single(doc.Speakers, s => s.CanonicalName.Contains("official", StringComparison.Ordinal));
        Assert.True(SubjectRepresentative.SpeaksFor(doc, frame, subject, official));
        Speaker berg = Assert.Single(doc.Speakers, s => s.CanonicalName.Contains("Berg", StringComparison.Ordinal));
        Assert.False(SubjectRepresentative.SpeaksFor(doc, frame, subject, berg));
    }

    [Fact]
    public void A_name_that_only_modifies_the_subject_is_not_its_owner()
    {
        const string text = "The Green Party's harbour levy starts in May.\n\n"
            + "Harbour Board chairman Ian Cole said: \"The levy will be collected at the gate.\"\n";
        NewsDocument doc = StanceTestPipeline.Default.Process(text);
        ClaimFrame frame = DocumentSideReader.Default.Frame("The Green Party's Harbour Board levy is justified");
        HashSet<int> subject = DocumentSideReader.SubjectEntities(doc, frame);
        Speaker cole = Assert.Single(doc.Speakers, s => s.CanonicalName.Contains("Cole", StringComparison.Ordinal));
        EntityMention board = Assert.Single(doc.Entities, e => e.Text.Contains("Harbour Board", StringComparison.Ordinal));
        Assert.Contains(board.EntityId, subject);   // the board is named in the subject, but only as a modifier of "levy"
        Assert.False(SubjectRepresentative.SpeaksFor(doc, frame, subject, cole));
    }
}
