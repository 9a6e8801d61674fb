using NewsNlp.Documents;
using NewsNlp.Entities.Joins;

namespace NewsNlp.Tests.Entities;

/// <summary><see cref="NameParticleJoin"/> on invented sentences labelled by hand.</summary>
public sealed class NameParticleJoinTests
{
    [Fact]
    public void A_lower_case_particle_after_a_person_continues_the_name()
    {
        Assert.Equal(["PER:Fadhil al-Varrowi", "ORG:Kentia"], Joined("Fadhil al-Varrowi said Kentia would cut output .", ("Fadhil", EntityType.Person), ("Varrowi", EntityType.Location), ("Kentia", EntityType.Organization)));
        Assert.Equal(["PER:Osama bin Varrow"], Joined("Osama bin Varrow said so .", ("Osama", EntityType.Person)));
        Assert.Equal(["PER:Abdullah bin Kentia al-Varrow"], Joined("Abdullah bin Kentia al-Varrow said so .", ("Abdullah", EntityType.Person), ("Kentia", EntityType.Person), ("Varrow", EntityType.Person)));
    }

    [Fact]
    public void A_first_name_typed_otherwise_before_a_particle_and_a_person_is_the_person()
    {
        Assert.Equal(["PER:Varrun al-Kentawi"], Joined("Varrun al-Kentawi ended his revolt .", ("Varrun", EntityType.Location), ("Kentawi", EntityType.Person)));
        Assert.Equal(["LOC:Varrun"], Joined("Varrun al-kentawi ended .", ("Varrun", EntityType.Location)));
        Assert.Equal(["LOC:Varrun", "PER:Kentawi"], Joined("Varrun al - Kentawi ended .", ("Varrun", EntityType.Location), ("Kentawi", EntityType.Person)));
        Assert.Equal(["ORG:Varrun Kent", "PER:Kentawi"], Joined("Varrun Kent al-Kentawi ended .", ("Varrun Kent", EntityType.Organization), ("Kentawi", EntityType.Person)));
    }

    [Fact]
    public void A_particle_after_another_type_or_before_a_lower_case_word_changes_nothing()
    {
        Assert.Equal(["LOC:Kentia", "ORG:Varrow"], Joined("Kentia al-Varrow said so .", ("Kentia", EntityType.Location), ("Varrow", EntityType.Organization)));
        Assert.Equal(["PER:Fadhil"], Joined("Fadhil al-shams said so .", ("Fadhil", EntityType.Person)));
        Assert.Equal(["PER:Fadhil", "LOC:Varrow"], Joined("Fadhil al - Varrow said so .", ("Fadhil", EntityType.Person), ("Varrow", EntityType.Location)));
        Assert.Equal(["PER:Fadhil"], Joined("Fadhil said so .", ("Fadhil", EntityType.Person)));
    }

    private static List<string> Joined(string text, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        NameParticleJoin.Apply(text, rows, labels);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
