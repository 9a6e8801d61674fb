using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Joins;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// <see cref="HonorificPersonName"/> (a name opening with a courtesy title is a person's) and
/// <see cref="TitleInsidePersonName"/> (a party or place word and a title before a person's name leave the mention).
/// Labels are given by hand; the last test runs the embedded model.
/// </summary>
public sealed class PersonTitleRepairTests
{
    [Fact]
    public void A_name_opening_with_a_courtesy_title_is_a_person()
    {
        Assert.Equal(["PER:Ms Abbott"], Honorific("That was a rate Ms Abbott called painful .", ("Ms Abbott", EntityType.Organization)));
        Assert.Equal(["PER:Lord Woolf"], Honorific("Lord Woolf said the law was clear .", ("Lord Woolf", EntityType.Location)));
        Assert.Equal(["PER:Mr Justice Eady"], Honorific("Mr Justice Eady ruled on Monday .", ("Mr Justice Eady", EntityType.Organization)));
    }

    [Fact]
    public void Offices_works_firms_and_contests_stay_as_typed()
    {
        Assert.Equal(["LOC:Lord Chancellor"], Honorific("The Lord Chancellor spoke .", ("Lord Chancellor", EntityType.Location)));
        Assert.Equal(["ORG:Lord of the Rings"], Honorific("The Lord of the Rings won .", ("Lord of the Rings", EntityType.Organization)));
        Assert.Equal(["ORG:Dr Pepper Co"], Honorific("Dr Pepper Co said sales rose .", ("Dr Pepper Co", EntityType.Organization)));
        Assert.Equal(["MISC:Miss World"], Honorific("She won Miss World in 1990 .", ("Miss World", EntityType.Miscellaneous)));
    }

    [Fact]
    public void A_party_word_and_a_title_leave_the_person_name()
    {
        NerLexicon lexicon = NameJoinTests.Lexicon(("welsh", GazetteerCategory.Nationality), ("labour", GazetteerCategory.Party));
        Assert.Equal(["PER:Michael Mates"], Inside("Tory MP Michael Mates said so .", lexicon, ("Tory MP Michael Mates", EntityType.Person)));
        Assert.Equal(["PER:Lord Campbell"], Inside("Tory Lord Campbell said so .", lexicon, ("Tory Lord Campbell", EntityType.Person)));
        Assert.Equal(["MISC:Welsh", "PER:Ann Vos"], Inside("Welsh Secretary Ann Vos said so .", lexicon, ("Welsh Secretary Ann Vos", EntityType.Person)));
        Assert.Equal(["ORG:Labour", "PER:Ann Vos"], Inside("Labour MP Ann Vos said so .", lexicon, ("Labour MP Ann Vos", EntityType.Person)));
    }

    [Fact]
    public void A_mention_of_another_type_is_cut_only_before_a_listed_first_name_and_a_surname()
    {
        NerLexicon lexicon = NameJoinTests.Lexicon(("labour", GazetteerCategory.Party), ("stephen", GazetteerCategory.FirstName));
        Assert.Equal(["ORG:Labour", "PER:Stephen Pound"], Inside("Labour MP Stephen Pound said so .", lexicon, ("Labour MP Stephen Pound", EntityType.Organization)));
        Assert.Equal(["ORG:Burger King Holdings"], Inside("Burger King Holdings said so .", lexicon, ("Burger King Holdings", EntityType.Organization)));
        Assert.Equal(["ORG:Labour MP Pound"], Inside("Labour MP Pound said so .", lexicon, ("Labour MP Pound", EntityType.Organization)));
    }

    [Fact]
    public void A_mention_opening_with_a_title_or_a_first_name_is_left_alone()
    {
        NerLexicon lexicon = NameJoinTests.Lexicon(("martin", GazetteerCategory.FirstName));
        Assert.Equal(["PER:Lord Justice Rix"], Inside("Lord Justice Rix said so .", lexicon, ("Lord Justice Rix", EntityType.Person)));
        Assert.Equal(["PER:Martin Luther King Jr"], Inside("Martin Luther King Jr spoke .", lexicon, ("Martin Luther King Jr", EntityType.Person)));
        Assert.Equal(["PER:Ann Vos MP"], Inside("Ann Vos MP spoke .", lexicon, ("Ann Vos MP", EntityType.Person)));
    }

    [Fact]
    public void Embedded_model_types_the_titled_name_a_person()
    {
        const string Text = "Lucy tracked down Mr Pound after her mother told her.";
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(Text);
        PerceptronEntityRecognizer model = PerceptronEntityRecognizer.Default;
        var raw = new PerceptronEntityRecognizer(model.Model) { JoinsOrganisationNames = false };
        Assert.Contains(raw.Recognize(doc), m => m.Text == "Mr Pound" && m.Type == EntityType.Organization);
        Assert.Contains(model.Recognize(doc), m => m.Text == "Mr Pound" && m.Type == EntityType.Person);
    }

    private static List<string> Honorific(string text, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        MentionRules.Apply(text, rows, labels, NerLexicon.Empty, [new HonorificPersonName()]);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }

    private static List<string> Inside(string text, NerLexicon lexicon, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        TitleInsidePersonName.Apply(text, rows, labels, lexicon);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
