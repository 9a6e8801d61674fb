using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Joins;

namespace NewsNlp.Tests.Entities;

/// <summary><see cref="OrganisationNounNames"/> on invented sentences labelled by hand, read in order as one document.</summary>
public sealed class OrganisationNounNameTests
{
    [Fact]
    public void A_name_after_an_organisation_noun_is_the_organisation_there_and_later()
    {
        var rule = new OrganisationNounNames();
        Assert.Equal(["ORG:Kentrex"], Run(rule, "It bought nuclear fuel giant Kentrex in May .", ("Kentrex", EntityType.Person)));
        Assert.Equal(["ORG:Kentrex"], Run(rule, "The main project of Kentrex is a plant .", ("Kentrex", EntityType.Person)));
        Assert.Equal(["ORG:Varrovneft"], Run(rule, "It will merge with state oil firm Varrovneft .", ("Varrovneft", EntityType.Location)));
        Assert.Equal(["ORG:Lake Digest"], Run(rule, "Sales will double , according to the journal Lake Digest .", ("Lake Digest", EntityType.Location)));
        Assert.Equal(["ORG:Telvora"], Run(rule, "Mobile operator Telvora said it would cut prices .", ("Telvora", EntityType.Person)));
        Assert.Equal(["ORG:Varro Dei"], Run(rule, "She has support from the Catholic movement Varro Dei .", ("Varro Dei", EntityType.Person)));
        Assert.Equal(["ORG:Kentaid"], Run(rule, "The charity Kentaid said it would help .", ("Kentaid", EntityType.Person)));
        Assert.Equal(["ORG:Quellbox"], Run(rule, "Broadband provider Quellbox declined to comment .", ("Quellbox", EntityType.Person)));
    }

    [Fact]
    public void A_person_before_newspaper_and_a_firm_after_analysts_at_are_organisations()
    {
        var rule = new OrganisationNounNames();
        Assert.Equal(["ORG:Varrovia"], Run(rule, "Varrovia newspaper reported the claim .", ("Varrovia", EntityType.Person)));
        Assert.Equal(["ORG:Kellstein"], Run(rule, "Analysts at Kellstein said so .", ("Kellstein", EntityType.Location)));
        Assert.Equal(["ORG:Kellstein"], Run(rule, "Kellstein cut its rating .", ("Kellstein", EntityType.Location)));
        Assert.Equal(["ORG:Pictagram"], Run(rule, "Photos were posted on Pictagram .", ("Pictagram", EntityType.Location)));
        Assert.Equal(["LOC:Kentmoor"], Run(rule, "She lives on Kentmoor .", ("Kentmoor", EntityType.Location)));
    }

    [Fact]
    public void People_listed_places_and_relative_clauses_stay()
    {
        var rule = new OrganisationNounNames();
        NerLexicon lexicon = NameJoinTests.Lexicon(("kentmoor", GazetteerCategory.City), ("ann", GazetteerCategory.FirstName));
        Assert.Equal(["LOC:Kentmoor"], Run(rule, "The firm Kentmoor is large .", lexicon, ("Kentmoor", EntityType.Location)));
        Assert.Equal(["PER:Ann Vos"], Run(rule, "He is founder of the consultancy Ann Vos .", lexicon, ("Ann Vos", EntityType.Person)));
        Assert.Equal(["PER:Jean-Luc Vos"], Run(rule, "He joined the consultancy Jean-Luc Vos .", lexicon, ("Jean-Luc Vos", EntityType.Person)));
        Assert.Equal(["PER:Vos"], Run(rule, "It was the company Vos founded .", lexicon, ("Vos", EntityType.Person)));
        Assert.Equal(["PER:Tom Hale"], Run(rule, "Tom Hale said so .", lexicon, ("Tom Hale", EntityType.Person)));
        Assert.Equal(["PER:Ann Vos"], Run(rule, "Crane operator Ann Vos said so .", lexicon, ("Ann Vos", EntityType.Person)));
        Assert.Equal(["LOC:Kentmoor"], Run(rule, "Analysts at Kentmoor said so .", lexicon, ("Kentmoor", EntityType.Location)));
    }

    private static List<string> Run(OrganisationNounNames rule, string text, params (string Words, EntityType Type)[] mentions) => Run(rule, text, NerLexicon.Empty, mentions);

    private static List<string> Run(OrganisationNounNames rule, string text, NerLexicon lexicon, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        rule.Apply(text, rows, labels, lexicon);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
