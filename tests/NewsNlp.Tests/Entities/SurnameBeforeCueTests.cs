using NewsNlp.Documents;
using NewsNlp.Entities.Joins;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// <see cref="SurnameBeforeCue"/>: an untyped surname of a person named in full earlier in the document, before a
/// reporting verb, is the person. Labels are given by hand, sentence by sentence in text order.
/// </summary>
public sealed class SurnameBeforeCueTests
{
    [Fact]
    public void An_untyped_surname_before_a_reporting_verb_is_the_person()
    {
        var surnames = new SurnameBeforeCue();
        Sentence(surnames, "Guitarist Brian May joined the band .", ("Brian May", EntityType.Person));
        Assert.Equal(["PER:May"], Sentence(surnames, "May said the fans had waited .", []));
        Assert.Equal(["PER:May"], Sentence(surnames, "The tour starts soon , May told reporters .", []));
    }

    [Fact]
    public void Without_the_verb_an_earlier_person_or_a_free_word_nothing_changes()
    {
        var surnames = new SurnameBeforeCue();
        Assert.Empty(Sentence(surnames, "May said the fans had waited .", []));
        Sentence(surnames, "Guitarist Brian May joined the band .", ("Brian May", EntityType.Person));
        Assert.Empty(Sentence(surnames, "The tour starts in May .", []));
        Assert.Equal(["LOC:Kent"], Sentence(surnames, "Kent May said no .", ("Kent", EntityType.Location)));
    }

    private static List<string> Sentence(SurnameBeforeCue surnames, string text, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        surnames.Apply(text, rows, labels);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
