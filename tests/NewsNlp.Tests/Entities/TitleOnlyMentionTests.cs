using NewsNlp.Documents;
using NewsNlp.Entities.Joins;

namespace NewsNlp.Tests.Entities;

/// <summary><see cref="TitleOnlyMention"/>: a mention of title words alone that is no person names no one (labels given by hand).</summary>
public sealed class TitleOnlyMentionTests
{
    [Fact]
    public void Title_words_alone_typed_a_place_or_an_organisation_go()
    {
        Assert.Equal(["PER:Lord Woolf"], Kept("The Lord Chief Justice , Lord Woolf , said no .", ("Chief Justice", EntityType.Location), ("Lord Woolf", EntityType.Person)));
        Assert.Empty(Kept("The Prime Minister said no .", ("Prime Minister", EntityType.Organization)));
    }

    [Fact]
    public void One_title_word_names_and_people_stay()
    {
        Assert.Equal(["ORG:Queen"], Kept("Queen will tour .", ("Queen", EntityType.Organization)));
        Assert.Equal(["PER:Ann Vos", "ORG:MP"], Kept("Ann Vos MP said no .", ("Ann Vos", EntityType.Person), ("MP", EntityType.Organization)));
        Assert.Equal(["ORG:Metropolitan Police"], Kept("The Metropolitan Police said no .", ("Metropolitan Police", EntityType.Organization)));
        Assert.Equal(["PER:President Lee"], Kept("President Lee said no .", ("President Lee", EntityType.Person)));
    }

    private static List<string> Kept(string text, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        TitleOnlyMention.Apply(text, rows, labels);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
