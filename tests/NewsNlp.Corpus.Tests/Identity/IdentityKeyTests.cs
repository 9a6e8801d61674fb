using NewsNlp.Corpus.Identity;
using NewsNlp.Documents;

namespace NewsNlp.Corpus.Tests.Identity;

public class IdentityKeyTests
{
    [Theory]
    [InlineData("Tony Blair", "tony blair")]
    [InlineData("Mr. Tony Blair", "tony blair")]
    [InlineData("Prime Minister Tony Blair", "tony blair")]
    [InlineData("TONY BLAIR", "tony blair")]
    [InlineData("José Ramos-Horta", "jose ramos horta")]
    [InlineData("Martin Luther King Jr.", "martin luther king")]
    [InlineData("Shaquille O'Neal", "shaquille oneal")]
    [InlineData("Mr Blair", "blair")]
    [InlineData("John Major", "john major")]
    public void Person_names_fold_case_accents_punctuation_and_titles(string name, string key)
    {
        IdentityKey id = IdentityKey.For(name, EntityType.Person)!;
        Assert.Equal(key, id.Name);
        Assert.Equal(key.Split(' ')[^1], id.Surname);
        Assert.Equal(!key.Contains(' ', StringComparison.Ordinal), id.IsSurnameOnly);
    }

    [Fact]
    public void Organisations_keep_their_words_and_types_keep_identities_apart()
    {
        IdentityKey org = IdentityKey.For("The President's Council", EntityType.Organization)!;
        Assert.Equal("the presidents council", org.Name);
        Assert.Null(org.Surname);
        Assert.NotEqual(IdentityKey.For("Jordan", EntityType.Location)!.Key, IdentityKey.For("Jordan", EntityType.Person)!.Key);
        Assert.Null(IdentityKey.For("Mr.", EntityType.Person));
        Assert.Null(IdentityKey.For("—", EntityType.Organization));
    }

    [Theory]
    [InlineData("tony blair", "tony blair", 1.0)]
    [InlineData("blair", "tony blair", 0.9)]
    [InlineData("t blair", "tony blair", 0.8)]
    [InlineData("gordon brown", "tony blair", 0.0)]
    public void Name_match_scores(string query, string name, double expected) =>
        Assert.Equal(expected, NameMatch.Score(query.Split(' '), name.Split(' ')), 3);

    [Fact]
    public void A_typo_scores_below_a_word_match_but_above_zero()
    {
        double typo = NameMatch.Score(["tony", "blare"], ["tony", "blair"]);
        Assert.InRange(typo, 0.6, 0.8);
        Assert.Equal(1.0, NameMatch.JaroWinkler("martha", "martha"), 6);
        Assert.Equal(0.961, NameMatch.JaroWinkler("martha", "marhta"), 3);
    }
}
