using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Joins;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// <see cref="TitleBeforePersonName"/>: title words the model put at the end of another name right before a person
/// are the person's title (<c>New York Attorney General Eliot Spitzer</c>). Labels are given by hand; the last test runs
/// the embedded model.
/// </summary>
public sealed class TitleBeforePersonNameTests
{
    [Fact]
    public void Title_words_at_the_end_of_a_name_before_a_person_leave_it()
    {
        Assert.Equal(["ORG:Varro", "PER:Ann Vos"], Trimmed("Varro Chief Executive Ann Vos said no .", NerLexicon.Empty, ("Varro Chief Executive", EntityType.Organization), ("Ann Vos", EntityType.Person)));
        Assert.Equal(["ORG:Lakeland", "PER:Eliot Spitzer"], Trimmed("Lakeland Attorney General Eliot Spitzer said no .", NerLexicon.Empty, ("Lakeland Attorney", EntityType.Organization), ("Eliot Spitzer", EntityType.Person)));
    }

    [Fact]
    public void A_listed_place_left_is_a_place_and_titles_alone_go()
    {
        NerLexicon lexicon = NameJoinTests.Lexicon(("new york", GazetteerCategory.City));
        Assert.Equal(["LOC:New York", "PER:Eliot Spitzer"], Trimmed("New York Attorney General Eliot Spitzer said no .", lexicon, ("New York Attorney", EntityType.Organization), ("Eliot Spitzer", EntityType.Person)));
        Assert.Equal(["PER:Ann Vos"], Trimmed("Chief Executive Ann Vos said no .", lexicon, ("Chief Executive", EntityType.Organization), ("Ann Vos", EntityType.Person)));
    }

    [Fact]
    public void Organisation_words_other_words_between_or_no_person_after_change_nothing()
    {
        Assert.Equal(["ORG:Lakeland Police", "PER:John Stevens"], Trimmed("Lakeland Police Commissioner Sir John Stevens said no .", NerLexicon.Empty, ("Lakeland Police", EntityType.Organization), ("John Stevens", EntityType.Person)));
        Assert.Equal(["ORG:Varro Executive", "PER:Ann Vos"], Trimmed("Varro Executive and Ann Vos said no .", NerLexicon.Empty, ("Varro Executive", EntityType.Organization), ("Ann Vos", EntityType.Person)));
        Assert.Equal(["ORG:Lakeland Attorney"], Trimmed("The Lakeland Attorney said no .", NerLexicon.Empty, ("Lakeland Attorney", EntityType.Organization)));
        Assert.Equal(["ORG:Council of Economic Advisers", "PER:Ann Vos"], Trimmed("The Council of Economic Advisers Chairman Ann Vos said no .", NerLexicon.Empty, ("Council of Economic Advisers", EntityType.Organization), ("Ann Vos", EntityType.Person)));
        Assert.Equal(["MISC:Democrat", "PER:Ann Vos"], Trimmed("Democrat Senator Ann Vos said no .", NerLexicon.Empty, ("Democrat", EntityType.Miscellaneous), ("Ann Vos", EntityType.Person)));
    }

    [Fact]
    public void Embedded_model_gives_the_place_and_the_person()
    {
        const string Text = "New York Attorney General Eliot Spitzer said the banks had misled their clients for years.";
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(Text);
        PerceptronEntityRecognizer model = PerceptronEntityRecognizer.Default;
        var raw = new PerceptronEntityRecognizer(model.Model) { JoinsOrganisationNames = false };
        Assert.Contains(raw.Recognize(doc), m => m.Text == "New York Attorney" && m.Type == EntityType.Organization);
        IReadOnlyList<EntityMention> trimmed = model.Recognize(doc);
        Assert.Contains(trimmed, m => m.Text == "New York" && m.Type == EntityType.Location);
        Assert.Contains(trimmed, m => m.Text == "Eliot Spitzer" && m.Type == EntityType.Person);
    }

    private static List<string> Trimmed(string text, NerLexicon lexicon, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        TitleBeforePersonName.Apply(text, rows, labels, lexicon);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
