using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Joins;

namespace NewsNlp.Tests.Entities;

/// <summary><see cref="FirmFirstWordMention"/> on invented sentences labelled by hand, read in order as one document.</summary>
public sealed class FirmFirstWordMentionTests
{
    [Fact]
    public void A_lone_first_word_of_an_earlier_firm_name_is_the_firm()
    {
        var rule = new FirmFirstWordMention();
        Assert.Equal(["ORG:Varrow Kentian Inc"], Run(rule, "Varrow Kentian Inc sold a unit .", ("Varrow Kentian Inc", EntityType.Organization)));
        Assert.Equal(["ORG:Varrow"], Run(rule, "Varrow said profits rose .")); // opening the sentence
        Assert.Equal(["ORG:Varrow"], Run(rule, "Analysts said Varrow would gain ."));
    }

    [Fact]
    public void A_word_next_to_a_capitalised_word_after_a_title_or_named_as_a_person_stays_outside()
    {
        var rule = new FirmFirstWordMention();
        Run(rule, "Varrow Kentian Inc and Lakeland Group met Tom Lakeland .", ("Varrow Kentian Inc", EntityType.Organization), ("Lakeland Group", EntityType.Organization), ("Tom Lakeland", EntityType.Person));
        Assert.Empty(Run(rule, "Analysts said Varrow Kentian would gain ."));
        Assert.Empty(Run(rule, "Analysts said Mr Varrow would gain ."));
        Assert.Empty(Run(rule, "Analysts said Lakeland would gain ."));
        Assert.Empty(Run(rule, "Analysts said Kentian would gain ."));
    }

    [Fact]
    public void A_name_without_a_designator_or_opening_with_a_common_word_gives_no_short_form()
    {
        var rule = new FirmFirstWordMention();
        Run(rule, "Varrow Kentian and National Kentian Corp met .", ("Varrow Kentian", EntityType.Organization), ("National Kentian Corp", EntityType.Organization));
        Assert.Empty(Run(rule, "Analysts said Varrow would gain ."));
        Assert.Empty(Run(rule, "Analysts said National would gain ."));
    }

    [Fact]
    public void A_lone_first_word_typed_a_person_or_a_place_is_the_firm()
    {
        var rule = new FirmFirstWordMention();
        NerLexicon lexicon = NameJoinTests.Lexicon(("kentmoor", GazetteerCategory.City));
        Run(rule, "Varrow Therapeutics and Kentmoor Bio met .", lexicon, ("Varrow Therapeutics", EntityType.Organization), ("Kentmoor Bio", EntityType.Organization));
        Assert.Equal(["ORG:Varrow"], Run(rule, "Varrow said trials went well .", lexicon, ("Varrow", EntityType.Person)));
        Assert.Equal(["ORG:Varrow"], Run(rule, "Shares of Varrow rose .", lexicon, ("Varrow", EntityType.Location)));
        Assert.Equal(["LOC:Kentmoor"], Run(rule, "Rain fell in Kentmoor .", lexicon, ("Kentmoor", EntityType.Location))); // a listed city
        Assert.Equal(["PER:Mr Varrow"], Run(rule, "Mr Varrow said no .", lexicon, ("Mr Varrow", EntityType.Person)));
    }

    [Fact]
    public void A_person_named_with_the_word_keeps_it_a_person()
    {
        var rule = new FirmFirstWordMention();
        Run(rule, "Ann Varrow founded Varrow Therapeutics .", NerLexicon.Empty, ("Ann Varrow", EntityType.Person), ("Varrow Therapeutics", EntityType.Organization));
        Assert.Equal(["PER:Varrow"], Run(rule, "Varrow said no .", NerLexicon.Empty, ("Varrow", EntityType.Person)));
    }

    [Fact]
    public void Initials_opening_the_firm_name_are_skipped_in_the_same_sentence()
    {
        var rule = new FirmFirstWordMention();
        const string text = "C.J. Kentmoor Holdings PLC sold a stake in Kentmoor .";
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, ("C.J. Kentmoor Holdings PLC", EntityType.Organization));
        labels[^2] = BilouLabels.Of(EntityType.Person, BilouLabels.Position.Unit); // the lone "Kentmoor" typed a person
        rule.Apply(text, rows, labels);
        Assert.Equal(["ORG:C.J. Kentmoor Holdings PLC", "ORG:Kentmoor"], EntityLabelTestHelpers.Mentions(text, rows, labels));
    }

    private static List<string> Run(FirmFirstWordMention rule, string text, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        rule.Apply(text, rows, labels);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }

    private static List<string> Run(FirmFirstWordMention rule, string text, NerLexicon lexicon, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        rule.Apply(text, rows, labels, lexicon);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }
}
