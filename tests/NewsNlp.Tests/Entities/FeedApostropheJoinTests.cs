using NewsNlp.Documents;
using NewsNlp.Entities.Joins;

namespace NewsNlp.Tests.Entities;

/// <summary><see cref="FeedApostropheJoin"/> on invented sentences labelled by hand, with a feed's <c>#39;</c> apostrophe.</summary>
public sealed class FeedApostropheJoinTests
{
    [Fact]
    public void A_name_cut_at_the_apostrophe_entity_is_one_name()
    {
        Assert.Equal(["PER:Tomas O #39;Varrow"], Joined("Tomas O #39;Varrow scored 30 points .", ("Tomas O", EntityType.Person), ("Varrow", EntityType.Person)));
        Assert.Equal(["PER:Tomas O #39;Varrow"], Joined("Tomas O #39;Varrow scored 30 points .", ("Tomas O", EntityType.Person)));
        Assert.Equal(["MISC:Kentwood #39; Cup"], Joined("He won the Kentwood #39; Cup again .", ("Kentwood", EntityType.Organization), ("; Cup", EntityType.Miscellaneous)));
    }

    [Fact]
    public void A_mention_started_on_the_entity_starts_after_it()
    {
        Assert.Equal(["MISC:Cup"], Joined("The players #39; Cup was off .", ("; Cup", EntityType.Miscellaneous)));
    }

    [Fact]
    public void A_possessive_or_a_name_after_a_space_stays_apart()
    {
        Assert.Equal(["ORG:Kentrex"], Joined("Kentrex #39;s chief quit .", ("Kentrex", EntityType.Organization)));
        Assert.Equal(["LOC:KENTIA"], Joined("KENTIA #39;S CHIEF QUITS", ("KENTIA", EntityType.Location)));
        Assert.Equal(["ORG:Lions", "PER:Ann Fry"], Joined("The Lions #39; Ann Fry quit .", ("Lions", EntityType.Organization), ("Ann Fry", EntityType.Person)));
        Assert.Equal(["PER:Tomas O"], Joined("Tomas O #39; said so .", ("Tomas O", EntityType.Person)));
    }

    private static List<string> Joined(string text, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        FeedApostropheJoin.Apply(text, rows, labels);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
