using NewsNlp.Documents;
using NewsNlp.Entities.Joins;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// <see cref="PossessiveNameBeforeCue"/>: a one-word person name before <c>'s</c> and a reporting verb is a firm named
/// in the possessive. Labels are given by hand, sentence by sentence in text order.
/// </summary>
public sealed class PossessiveNameBeforeCueTests
{
    [Fact]
    public void A_name_with_s_before_a_reporting_verb_is_a_firm()
    {
        var rule = new PossessiveNameBeforeCue();
        Assert.Equal(["ORG:Varro's"], Sentence(rule, "Varro's said profits rose .", ("Varro", EntityType.Person)));
    }

    [Fact]
    public void A_possessive_before_a_noun_a_known_person_or_a_title_stays()
    {
        var rule = new PossessiveNameBeforeCue();
        Assert.Equal(["PER:Varro"], Sentence(rule, "Varro's plan failed .", ("Varro", EntityType.Person)));
        Assert.Equal(["PER:Mr Varro"], Sentence(rule, "Mr Varro's said no .", ("Mr Varro", EntityType.Person)));
        Sentence(rule, "Tom Varro arrived .", ("Tom Varro", EntityType.Person));
        Assert.Equal(["PER:Varro"], Sentence(rule, "Varro's said no .", ("Varro", EntityType.Person)));
    }

    private static List<string> Sentence(PossessiveNameBeforeCue rule, string text, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        rule.Apply(text, rows, labels);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
