using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Joins;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// <see cref="InitialledPersonName"/>: a first name, a middle initial and a surname the model typed otherwise is a person
/// (invented surnames, labels given by hand).
/// </summary>
public sealed class InitialledPersonNameTests
{
    [Fact]
    public void A_first_name_an_initial_and_a_surname_is_a_person()
    {
        Assert.Equal(["PER:Loretta E. Varrow"], Retyped("Loretta E. Varrow said she was asked .", ("Loretta E. Varrow", EntityType.Organization)));
        Assert.Equal(["PER:John F. Varrow"], Retyped("John F. Varrow said so .", ("John F. Varrow", EntityType.Location)));
    }

    [Fact]
    public void Initials_first_an_unknown_first_name_or_an_organisation_word_stay()
    {
        Assert.Equal(["ORG:T. Rowe Varrow"], Retyped("T. Rowe Varrow said so .", ("T. Rowe Varrow", EntityType.Organization)));
        Assert.Equal(["ORG:Zxqv E. Varrow"], Retyped("Zxqv E. Varrow said so .", ("Zxqv E. Varrow", EntityType.Organization)));
        Assert.Equal(["ORG:Loretta Varrow"], Retyped("Loretta Varrow said so .", ("Loretta Varrow", EntityType.Organization)));
        Assert.Equal(["ORG:John F. University"], Retyped("John F. University said so .", ("John F. University", EntityType.Organization)));
    }

    private static List<string> Retyped(string text, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        MentionRules.Apply(text, rows, labels, NerLexicon.Empty, [new InitialledPersonName()]);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
