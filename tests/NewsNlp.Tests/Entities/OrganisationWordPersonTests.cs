using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Joins;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// <see cref="OrganisationWordPerson"/>: a person mention ending in a newspaper's, firm's or body's word is the
/// organisation, and a news agency's name alone too (invented names, labels given by hand).
/// </summary>
public sealed class OrganisationWordPersonTests
{
    [Fact]
    public void A_person_name_ending_in_an_organisation_word_is_the_organisation()
    {
        Assert.Equal(["ORG:Sunday Telegraph"], Retyped("The Sunday Telegraph reported the talks .", ("Sunday Telegraph", EntityType.Person)));
        Assert.Equal(["ORG:Varro Research"], Retyped("Varro Research said sales would double .", ("Varro Research", EntityType.Person)));
        Assert.Equal(["ORG:Lakeland Guaranty"], Retyped("Lakeland Guaranty cut its rate .", ("Lakeland Guaranty", EntityType.Person)));
    }

    [Fact]
    public void A_newspaper_word_alone_after_the_is_the_newspaper()
    {
        Assert.Equal(["ORG:Telegraph"], Retyped("The paper , the Telegraph said , was sold .", ("Telegraph", EntityType.Person)));
        Assert.Equal(["ORG:Telegraph"], Retyped("However , the Sunday Telegraph report added more .", ("Telegraph", EntityType.Person)));
        Assert.Equal(["PER:Telegraph"], Retyped("Telegraph said no .", ("Telegraph", EntityType.Person)));
    }

    [Fact]
    public void A_broadcaster_a_law_firm_and_partners_joined_by_an_ampersand_are_organisations()
    {
        Assert.Equal(["ORG:Varro Sports"], Retyped("Varro Sports said the deal was done .", ("Varro Sports", EntityType.Person)));
        Assert.Equal(["ORG:Varro News"], Retyped("Varro News reported it .", ("Varro News", EntityType.Person)));
        Assert.Equal(["ORG:Varro and Kell LLP"], Retyped("Varro and Kell LLP said so .", ("Varro and Kell LLP", EntityType.Person)));
        Assert.Equal(["ORG:Varro , Kell & Dunne"], Retyped("Varro , Kell & Dunne said so .", ("Varro , Kell & Dunne", EntityType.Person)));
        Assert.Equal(["PER:Ann Varro"], Retyped("Ann Varro said so .", ("Ann Varro", EntityType.Person)));
    }

    [Fact]
    public void A_person_or_place_name_ending_in_a_firms_trade_is_the_firm()
    {
        Assert.Equal(["ORG:Lumora Bio"], Retyped("Lumora Bio said it would present data .", ("Lumora Bio", EntityType.Person)));
        Assert.Equal(["ORG:Varro Therapeutics"], Retyped("Shares of Varro Therapeutics rose .", ("Varro Therapeutics", EntityType.Location)));
        Assert.Equal(["ORG:Varro Holdings"], Retyped("Shares of Varro Holdings rose .", ("Varro Holdings", EntityType.Location)));
        Assert.Equal(["LOC:Varro Bank"], Retyped("Troops left Varro Bank .", ("Varro Bank", EntityType.Location))); // a place may end in "Bank"
        Assert.Equal(["LOC:Bio"], Retyped("They flew to Bio .", ("Bio", EntityType.Location)));
    }

    [Fact]
    public void A_news_agency_alone_is_an_organisation()
    {
        Assert.Equal(["ORG:REUTER"], Retyped("Talks ended on Friday . REUTER", ("REUTER", EntityType.Person)));
    }

    [Fact]
    public void People_and_other_types_stay()
    {
        Assert.Equal(["PER:Ann Vos"], Retyped("Ann Vos said no .", ("Ann Vos", EntityType.Person)));
        Assert.Equal(["PER:Mr Research"], Retyped("Mr Research said no .", ("Mr Research", EntityType.Person)));
        Assert.Equal(["PER:Research"], Retyped("Research said no .", ("Research", EntityType.Person)));
        Assert.Equal(["LOC:Varro Union"], Retyped("In Varro Union it rained .", ("Varro Union", EntityType.Location)));
    }

    private static List<string> Retyped(string text, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        MentionRules.Apply(text, rows, labels, NerLexicon.Empty, [new OrganisationWordPerson()]);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
