using NewsNlp.Documents;
using NewsNlp.Stance.Sides;
using NewsNlp.Stance.Tests.Infrastructure;

namespace NewsNlp.Stance.Tests.Sides;

/// <summary>Which entities of a document are the claim's subject (invented article).</summary>
public sealed class SubjectNameTests
{

    private const string Article =
        "Ministers say the UK will sign the new fishing treaty in Oslo next month.\n\n"
        + "\"The UK gains nothing from this deal,\" said Ben Hart of the UK Independence Party.\n\n"
        + "Officials in London said the UK had secured better quotas than before.\n";

    [Fact]
    public void A_longer_name_of_another_kind_that_holds_the_subjects_word_is_not_the_subject()
    {
        NewsDocument doc = StanceTestPipeline.Default.Process(Article);
        ClaimFrame frame = DocumentSideReader.Default.Frame("The UK should sign the fishing treaty");
        HashSet<int> subject = DocumentSideReader.SubjectEntities(doc, frame);

        EntityMention uk = Assert.Single(doc.Entities, e => e.Text == "UK" && e.Span.Start < Article.IndexOf("Oslo", StringComparison.Ordinal));
        Assert.Contains(uk.EntityId, subject);
        EntityMention party = Assert.Single(doc.Entities, e => e.Text.Contains("Independence Party", StringComparison.Ordinal));
        Assert.NotEqual(uk.Type, party.Type);
        Assert.DoesNotContain(party.EntityId, subject);
    }

    [Fact]
    public void A_longer_name_is_the_subject_when_nothing_names_it_by_the_subjects_words_alone()
    {
        const string text = "Veltrix Chemicals said on Monday that it had never dumped waste in the river.\n";
        NewsDocument doc = StanceTestPipeline.Default.Process(text);
        ClaimFrame frame = DocumentSideReader.Default.Frame("Veltrix dumped waste in the river");
        EntityMention company = Assert.Single(doc.Entities, e => e.Text.Contains("Veltrix", StringComparison.Ordinal));
        Assert.Contains(company.EntityId, DocumentSideReader.SubjectEntities(doc, frame));
    }

    [Fact]
    public void A_longer_name_that_shares_only_a_modifier_of_the_subject_is_not_the_subject()
    {
        // "air" modifies "passengers" in the claim; the association's name shares it but names another thing. The city's own
        // office shares the subject's head ("The city"), so it is the subject.
        const string text = "The International Air Transport Association said the rules were a bad piece of legislation.\n\n"
            + "City Hall said the new rent rules would start in May.\n";
        NewsDocument doc = StanceTestPipeline.Default.Process(text);
        EntityMention iata = Assert.Single(doc.Entities, e => e.Text.Contains("Air Transport", StringComparison.Ordinal));
        Assert.DoesNotContain(iata.EntityId, DocumentSideReader.SubjectEntities(doc, DocumentSideReader.Default.Frame("The new EU rules on compensation for air passengers are justified")));
        EntityMention hall = Assert.Single(doc.Entities, e => e.Text == "City Hall");
        Assert.Contains(hall.EntityId, DocumentSideReader.SubjectEntities(doc, DocumentSideReader.Default.Frame("The city should cap rents")));
    }
}
