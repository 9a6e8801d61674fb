using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Joins;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// The one-mention rules added in session 22 (<see cref="OrganisationOpeningWord"/>, <see cref="SentenceAdverbMention"/>) on invented sentences labelled by hand, each run
/// alone through <see cref="MentionRules"/>.
/// </summary>
public sealed class MentionRuleTests
{
    [Fact]
    public void A_person_name_opening_with_an_institution_word_is_the_institution()
    {
        Assert.Equal(["ORG:Banque Varro"], Run(new OrganisationOpeningWord(), "Banque Varro said its profits rose .", ("Banque Varro", EntityType.Person)));
        Assert.Equal(["ORG:Grupo Kentia"], Run(new OrganisationOpeningWord(), "Officials at Grupo Kentia declined to comment .", ("Grupo Kentia", EntityType.Person)));
        Assert.Equal(["PER:Bank"], Run(new OrganisationOpeningWord(), "Bank said no .", ("Bank", EntityType.Person)));
        Assert.Equal(["ORG:Banque"], Run(new OrganisationOpeningWord(), "Banque du Varro fell .", ("Banque", EntityType.Person)));
        Assert.Equal(["PER:Ann Banque"], Run(new OrganisationOpeningWord(), "Ann Banque said no .", ("Ann Banque", EntityType.Person)));
    }

    [Fact]
    public void A_sentence_adverb_before_a_comma_is_no_mention()
    {
        Assert.Equal(["ORG:Varro"], Run(new SentenceAdverbMention(), "Furthermore , Varro said profits fell .", ("Furthermore", EntityType.Person), ("Varro", EntityType.Organization)));
        Assert.Empty(Run(new SentenceAdverbMention(), "\" Moreover , it failed , \" she said .", ("Moreover", EntityType.Organization)));
    }

    [Fact]
    public void A_sentence_adverb_elsewhere_or_without_a_comma_stays()
    {
        Assert.Equal(["PER:Moreover"], Run(new SentenceAdverbMention(), "The firm , Moreover , said so .", ("Moreover", EntityType.Person)));
        Assert.Equal(["PER:Earlier"], Run(new SentenceAdverbMention(), "Earlier said no .", ("Earlier", EntityType.Person)));
    }

    [Fact]
    public void A_first_name_and_office_letters_make_an_organisation_mention_a_person()
    {
        Assert.Equal(["PER:Frank Vosper MP"], Run(new OfficeLettersPerson(), "Frank Vosper MP said no .", ("Frank Vosper MP", EntityType.Organization)));
        Assert.Equal(["PER:Ann Kentia MEP"], Run(new OfficeLettersPerson(), "Ann Kentia MEP said no .", ("Ann Kentia MEP", EntityType.Organization)));
    }

    [Fact]
    public void Office_letters_without_a_first_name_or_in_two_words_stay_an_organisation()
    {
        Assert.Equal(["ORG:Varro Kentia MP"], Run(new OfficeLettersPerson(), "Varro Kentia MP said no .", ("Varro Kentia MP", EntityType.Organization)));
        Assert.Equal(["ORG:Frank MP"], Run(new OfficeLettersPerson(), "Frank MP said no .", ("Frank MP", EntityType.Organization)));
        Assert.Equal(["ORG:Frank Vosper Group"], Run(new OfficeLettersPerson(), "Frank Vosper Group said no .", ("Frank Vosper Group", EntityType.Organization)));
    }

    [Fact]
    public void A_word_for_a_faith_a_language_or_a_people_is_miscellaneous()
    {
        Assert.Equal(["MISC:Muslim"], Run(new DemonymMention(), "Muslim leaders said they welcomed it .", ("Muslim", EntityType.Location)));
        Assert.Equal(["MISC:Hindi"], Run(new DemonymMention(), "Hindi films were shown .", ("Hindi", EntityType.Person)));
        Assert.Equal(["MISC:Islam"], Run(new DemonymMention(), "A film accused Islam of it .", ("Islam", EntityType.Organization)));
        NerLexicon lexicon = NameJoinTests.Lexicon(("kentish", GazetteerCategory.Nationality));
        Assert.Equal(["MISC:Kentish"], Run(new DemonymMention(), "Kentish fans cheered .", lexicon, ("Kentish", EntityType.Person)));
    }

    [Fact]
    public void A_nationality_word_typed_an_organisation_or_a_longer_name_stays()
    {
        NerLexicon lexicon = NameJoinTests.Lexicon(("kentish", GazetteerCategory.Nationality));
        Assert.Equal(["ORG:Kentish"], Run(new DemonymMention(), "Kentish said traffic rose .", lexicon, ("Kentish", EntityType.Organization))); // an airline's short name
        Assert.Equal(["ORG:Muslim Council"], Run(new DemonymMention(), "The Muslim Council said so .", ("Muslim Council", EntityType.Organization)));
        Assert.Equal(["PER:Varro"], Run(new DemonymMention(), "Varro said so .", lexicon, ("Varro", EntityType.Person)));
        Assert.Equal(["LOC:Kentish"], Run(new DemonymMention(), "Ireland beat Kentish 5-0 .", lexicon, ("Kentish", EntityType.Location))); // a country's name too
    }

    [Fact]
    public void An_adjective_opening_the_sentence_is_no_part_of_the_name()
    {
        Assert.Equal(["ORG:City", "PER:Tom Hale"], Run(new SentenceOpeningAdjective(), "Former City banker Tom Hale joined .", ("Former City", EntityType.Organization), ("Tom Hale", EntityType.Person)));
        Assert.Equal(["ORG:Varro"], Run(new SentenceOpeningAdjective(), "\" Embattled Varro will survive , \" he said .", ("Embattled Varro", EntityType.Organization)));
    }

    [Fact]
    public void The_adjective_stays_inside_the_sentence_or_before_a_lower_case_word()
    {
        Assert.Equal(["ORG:Former City"], Run(new SentenceOpeningAdjective(), "He met Former City bankers .", ("Former City", EntityType.Organization)));
        Assert.Equal(["ORG:Rival Kentia"], Run(new SentenceOpeningAdjective(), "Yesterday Rival Kentia fell .", ("Rival Kentia", EntityType.Organization)));
        Assert.Equal(["PER:Fellow"], Run(new SentenceOpeningAdjective(), "Fellow said no .", ("Fellow", EntityType.Person)));
    }

    private static List<string> Run(IMentionRule rule, string text, params (string Words, EntityType Type)[] mentions) => Run(rule, text, NerLexicon.Empty, mentions);

    private static List<string> Run(IMentionRule rule, string text, NerLexicon lexicon, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        MentionRules.Apply(text, rows, labels, lexicon, [rule]);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
