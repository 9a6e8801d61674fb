using NewsNlp.Documents;
using NewsNlp.Entities.Linking;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

public class EntityLinkerTests
{
    /// <summary>Tokenizes <paramref name="text"/> and adds the given mentions (by their first occurrence at or after the previous one).</summary>
    private static NewsDocument Link(string text, params (string Text, EntityType Type)[] mentions)
    {
        var doc = new NewsDocument(text);
        new TokenizerStage().Process(doc, CancellationToken.None);
        int from = 0;
        foreach ((string m, EntityType type) in mentions)
        {
            int start = text.IndexOf(m, from, StringComparison.Ordinal);
            Assert.True(start >= 0, m);
            int first = doc.Tokens.IndexAtOrAfter(start);
            int end = doc.Tokens.IndexAtOrAfter(start + m.Length - 1) + 1;
            var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
            doc.Entities.Add(new EntityMention { Span = span, FirstToken = first, EndToken = end, Type = type, Text = doc.GetText(span), Producer = "test" });
            from = start + m.Length;
        }

        doc.MarkProduced(AnnotationNames.Entities);
        new EntityLinkerStage().Process(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void Surnames_and_tails_link_to_the_earlier_full_name()
    {
        NewsDocument doc = Link(
            "Bashar al-Jaafari spoke after Staffan de Mistura. Jaafari said de Mistura's plan failed, and Mr. Jaafari left.",
            ("Bashar al-Jaafari", EntityType.Person), ("Staffan de Mistura", EntityType.Person), ("Jaafari", EntityType.Person),
            ("de Mistura's", EntityType.Person), ("Mr. Jaafari", EntityType.Person));
        Assert.Equal(2, doc.EntityClusters.Count);
        DocumentEntity jaafari = doc.EntityClusters.Single(c => c.CanonicalName == "Bashar al-Jaafari");
        DocumentEntity mistura = doc.EntityClusters.Single(c => c.CanonicalName == "Staffan de Mistura");
        Assert.Equal([0, 2, 4], jaafari.MentionIndexes);
        Assert.Equal([1, 3], mistura.MentionIndexes);
        Assert.All(doc.Entities, m => Assert.NotEqual(-1, m.EntityId));
        Assert.Equal(jaafari.Id, doc.Entities[4].EntityId);
    }

    [Fact]
    public void An_institutions_head_word_alone_joins_the_full_name_mentioned_most()
    {
        NewsDocument doc = Link(
            "The Kentian Development Bank plans a bond. The Bank said so. Like the Varro Bank, the Bank's board met. Bank officials agreed.",
            ("Kentian Development Bank", EntityType.Organization), ("The Bank", EntityType.Organization), ("Varro Bank", EntityType.Organization),
            ("Bank's", EntityType.Organization), ("Bank", EntityType.Organization));
        DocumentEntity kentian = doc.EntityClusters.Single(c => c.CanonicalName == "Kentian Development Bank");
        Assert.Equal([0, 1, 3, 4], kentian.MentionIndexes);
        Assert.Equal(2, doc.EntityClusters.Count);
    }

    [Fact]
    public void Office_letters_after_a_persons_name_are_no_part_of_it()
    {
        NewsDocument doc = Link("Frank Vosper MP said no. Later Mr Vosper left.", ("Frank Vosper MP", EntityType.Person), ("Mr Vosper", EntityType.Person));
        Assert.Equal("Frank Vosper", Assert.Single(doc.EntityClusters).CanonicalName);
    }

    [Fact]
    public void A_firms_short_name_joins_a_full_name_ending_in_its_trade_or_opening_with_initials()
    {
        NewsDocument doc = Link("Varrow Therapeutics rose. Varrow said trials went well. C.J. Kentmoor Holdings PLC fell. Kentmoor said no.",
            ("Varrow Therapeutics", EntityType.Organization), ("Varrow", EntityType.Organization), ("C.J. Kentmoor Holdings PLC", EntityType.Organization), ("Kentmoor", EntityType.Organization));
        Assert.Equal(2, doc.EntityClusters.Count);
        Assert.Equal([0, 1], doc.EntityClusters.Single(c => c.CanonicalName == "Varrow Therapeutics").MentionIndexes);
        Assert.Equal([2, 3], doc.EntityClusters.Single(c => c.CanonicalName == "C.J. Kentmoor Holdings PLC").MentionIndexes);
    }

    [Fact]
    public void A_brand_with_and_without_its_possessive_is_one_firm_and_a_person_of_the_name_stays_apart()
    {
        NewsDocument doc = Link("Varrows opened a shop. Varrow's said sales rose. Tom Varrow said no.",
            ("Varrows", EntityType.Organization), ("Varrow", EntityType.Person), ("Tom Varrow", EntityType.Person));
        DocumentEntity firm = doc.EntityClusters.Single(c => c.CanonicalName == "Varrows");
        Assert.Equal([0, 1], firm.MentionIndexes);
        Assert.Equal(EntityType.Organization, doc.Entities[1].Type);
        Assert.Equal(EntityType.Person, doc.EntityClusters.Single(c => c.CanonicalName == "Tom Varrow").Type);

        doc = Link("Kentmoor's said sales rose. Kentmoors opened a shop. Kentmoor said no.",
            ("Kentmoor", EntityType.Person), ("Kentmoors", EntityType.Organization), ("Kentmoor", EntityType.Person));
        Assert.Equal([0, 1], doc.EntityClusters.Single(c => c.Type == EntityType.Organization).MentionIndexes);
        Assert.Equal(EntityType.Organization, doc.Entities[0].Type);
        Assert.Equal(EntityType.Person, doc.Entities[2].Type);
    }

    [Fact]
    public void A_firm_named_after_a_person_keeps_the_courtesy_title()
    {
        NewsDocument doc = Link("Dr Varrow's profits fell. Dr Varrow said so.", ("Dr Varrow", EntityType.Organization), ("Dr Varrow", EntityType.Organization));
        Assert.Equal("Dr Varrow", Assert.Single(doc.EntityClusters).CanonicalName);
    }

    [Fact]
    public void A_full_name_without_a_designator_or_trade_word_gives_no_short_name()
    {
        NewsDocument doc = Link("Varrow Rovers won. Varrow said so.", ("Varrow Rovers", EntityType.Organization), ("Varrow", EntityType.Organization));
        Assert.Equal(2, doc.EntityClusters.Count);
    }

    [Fact]
    public void A_firms_short_name_the_model_took_for_a_person_joins_the_firm()
    {
        NewsDocument doc = Link("Varrow and Co said it would list. Varrow, a jeweller, said so.",
            ("Varrow and Co", EntityType.Organization), ("Varrow", EntityType.Person));
        DocumentEntity firm = Assert.Single(doc.EntityClusters);
        Assert.Equal(EntityType.Organization, firm.Type);
    }

    [Fact]
    public void A_title_alone_after_the_joins_the_person_given_that_title()
    {
        NewsDocument doc = Link(
            "Varesian Crown Prince Abdel Kovar met Judge Lena Morrow. Asked about it, the Crown Prince replied. The Judge wrote later.",
            ("Abdel Kovar", EntityType.Person), ("Judge Lena Morrow", EntityType.Person), ("Crown Prince", EntityType.Organization),
            ("Judge", EntityType.Person));
        DocumentEntity kovar = doc.EntityClusters.Single(c => c.CanonicalName == "Abdel Kovar");
        DocumentEntity morrow = doc.EntityClusters.Single(c => c.CanonicalName == "Lena Morrow");
        Assert.Equal([0, 2], kovar.MentionIndexes);
        Assert.Equal([1, 3], morrow.MentionIndexes);
        Assert.Equal(2, doc.EntityClusters.Count);
        Assert.Equal(EntityType.Person, doc.Entities[2].Type);
    }

    [Fact]
    public void A_surname_typed_otherwise_that_joins_a_person_is_typed_person()
    {
        NewsDocument doc = Link("Loretta E. Varrow said she was asked. Varrow said the client fired questions. Kent agreed.",
            ("Loretta E. Varrow", EntityType.Person), ("Varrow", EntityType.Organization), ("Kent", EntityType.Location));
        Assert.Equal([0, 1], doc.EntityClusters[0].MentionIndexes);
        Assert.Equal(EntityType.Person, doc.Entities[1].Type);
        Assert.Equal(EntityType.Location, doc.Entities[2].Type);
    }

    [Fact]
    public void A_title_alone_without_the_or_without_a_titled_person_stays_its_own()
    {
        NewsDocument doc = Link("Abdel Kovar met Lena Morrow. Crown Prince Idris spoke. The Judge wrote later.",
            ("Abdel Kovar", EntityType.Person), ("Lena Morrow", EntityType.Person), ("Crown Prince", EntityType.Organization),
            ("Idris", EntityType.Person), ("Judge", EntityType.Person));
        Assert.Equal(5, doc.EntityClusters.Count);
    }

    [Fact]
    public void A_name_with_its_words_cut_short_is_the_same_body()
    {
        NewsDocument doc = Link("The Varrow Kentocrats said no. A Varr Kents spokesman and the Varr Kent leader agreed.",
            ("Varrow Kentocrats", EntityType.Miscellaneous), ("Varr Kents", EntityType.Organization), ("Varr Kent", EntityType.Organization));
        DocumentEntity party = Assert.Single(doc.EntityClusters);
        Assert.Equal(EntityType.Organization, party.Type);
        Assert.Equal("Varrow Kentocrats", party.CanonicalName);
        Assert.All(doc.Entities, m => Assert.Equal(EntityType.Organization, m.Type));
    }

    [Fact]
    public void Names_cut_to_initials_or_of_other_words_stay_apart()
    {
        Assert.Equal(2, Link("Varrow Kentocrats said no. V K agreed.", ("Varrow Kentocrats", EntityType.Organization), ("V K", EntityType.Organization)).EntityClusters.Count);
        Assert.Equal(2, Link("Varrow Kentocrats said no. Varrow Kelmont agreed.", ("Varrow Kentocrats", EntityType.Organization), ("Varrow Kelmont", EntityType.Organization)).EntityClusters.Count);
        Assert.Equal(2, Link("Varrow Kentocrats said no. Varr Kents agreed.", ("Varrow Kentocrats", EntityType.Person), ("Varr Kents", EntityType.Person)).EntityClusters.Count);
    }

    [Fact]
    public void The_same_name_typed_miscellaneous_and_organisation_is_one_organisation()
    {
        NewsDocument doc = Link("Varrowind unveils a plane. The firm Varrowind said so, and Varrowind sold more.",
            ("Varrowind", EntityType.Miscellaneous), ("Varrowind", EntityType.Organization), ("Varrowind", EntityType.Miscellaneous));
        DocumentEntity firm = Assert.Single(doc.EntityClusters);
        Assert.Equal(EntityType.Organization, firm.Type);
        Assert.All(doc.Entities, m => Assert.Equal(EntityType.Organization, m.Type));
    }

    [Fact]
    public void A_firms_short_name_of_two_words_typed_person_before_the_full_name_joins_the_firm()
    {
        NewsDocument doc = Link("DI VARRO OFFERED 28 DLRS. Di Varro Corp said it received a letter. Di Varro said the letter was vague.",
            ("DI VARRO", EntityType.Person), ("Di Varro Corp", EntityType.Organization), ("Di Varro", EntityType.Person));
        DocumentEntity firm = Assert.Single(doc.EntityClusters);
        Assert.Equal(EntityType.Organization, firm.Type);
        Assert.Equal("Di Varro Corp", firm.CanonicalName);
        Assert.All(doc.Entities, m => Assert.Equal(EntityType.Organization, m.Type));
    }

    [Fact]
    public void A_headline_word_in_capitals_typed_person_before_the_full_name_joins_the_firm()
    {
        NewsDocument doc = Link("KENTREX TO BUY VARROW UNIT. Kentrex International Ltd said it would buy it. Kentrex said the price was fair.",
            ("KENTREX", EntityType.Person), ("Kentrex International Ltd", EntityType.Organization), ("Kentrex", EntityType.Organization));
        DocumentEntity firm = Assert.Single(doc.EntityClusters);
        Assert.Equal(EntityType.Organization, firm.Type);
        Assert.Equal("Kentrex International Ltd", firm.CanonicalName);
        Assert.All(doc.Entities, m => Assert.Equal(EntityType.Organization, m.Type));

        // Not in capitals alone: a person who is named so.
        Assert.Equal(2, Link("Kentrex spoke. Kentrex International Ltd said so.", ("Kentrex", EntityType.Person), ("Kentrex International Ltd", EntityType.Organization)).EntityClusters.Count);
    }

    [Fact]
    public void A_founders_name_with_a_known_first_name_stays_apart_from_the_firm()
    {
        NewsDocument doc = Link("Charles Varro said so. Charles Varro Corp agreed.",
            ("Charles Varro", EntityType.Person), ("Charles Varro Corp", EntityType.Organization));
        Assert.Equal(2, doc.EntityClusters.Count);
    }

    [Fact]
    public void A_head_word_alone_with_no_full_name_before_it_stays_its_own()
    {
        NewsDocument doc = Link("The Bank said so. Later the Kentian Development Bank agreed.",
            ("The Bank", EntityType.Organization), ("Kentian Development Bank", EntityType.Organization));
        Assert.Equal(2, doc.EntityClusters.Count);
    }

    [Fact]
    public void A_name_without_a_possessive_names_the_cluster_before_the_same_name_with_one()
    {
        NewsDocument doc = Link("The Varro Exchange's chief left. The Varro Exchange rose.",
            ("Varro Exchange's", EntityType.Organization), ("Varro Exchange", EntityType.Organization));
        Assert.Equal("Varro Exchange", Assert.Single(doc.EntityClusters).CanonicalName);
    }

    [Fact]
    public void A_later_full_name_becomes_the_canonical_name()
    {
        NewsDocument doc = Link("Trump arrived. Later Donald Trump spoke, and President Trump left.",
            ("Trump", EntityType.Person), ("Donald Trump", EntityType.Person), ("President Trump", EntityType.Person));
        DocumentEntity only = Assert.Single(doc.EntityClusters);
        Assert.Equal("Donald Trump", only.CanonicalName);
        Assert.Equal(EntityType.Person, only.Type);
    }

    [Fact]
    public void A_name_in_capitals_alone_gives_way_to_the_same_name_in_ordinary_case()
    {
        NewsDocument doc = Link("VARRO HOLDINGS SETS OFFER\n\nVarro Holdings said it would buy Kent. Varro Holdings rose.",
            ("VARRO HOLDINGS", EntityType.Organization), ("Varro Holdings", EntityType.Organization), ("Varro Holdings", EntityType.Organization));
        Assert.Equal("Varro Holdings", Assert.Single(doc.EntityClusters).CanonicalName);

        NewsDocument acronym = Link("The OECD said growth would slow. OECD experts agreed.", ("OECD", EntityType.Organization), ("OECD", EntityType.Organization));
        Assert.Equal("OECD", Assert.Single(acronym.EntityClusters).CanonicalName);

        // A shorter name in ordinary case does not replace the fuller one in capitals.
        NewsDocument shorter = Link("ANN VOS QUITS\n\nVos said she would leave.", ("ANN VOS", EntityType.Person), ("Vos", EntityType.Person));
        Assert.Equal("ANN VOS", Assert.Single(shorter.EntityClusters).CanonicalName);
    }

    [Fact]
    public void A_member_of_parliament_written_before_the_name_is_a_title()
    {
        NewsDocument doc = Link("Labour MP Diane Abbott spoke. Later Ms Abbott left.", ("MP Diane Abbott", EntityType.Person), ("Ms Abbott", EntityType.Person));
        Assert.Equal("Diane Abbott", Assert.Single(doc.EntityClusters).CanonicalName);
    }

    [Fact]
    public void A_name_wrapped_over_two_lines_is_one_line_in_the_canonical_name()
    {
        NewsDocument doc = Link("White House spokesman Marlin\nFitzwater said no.", ("Marlin\nFitzwater", EntityType.Person));
        Assert.Equal("Marlin Fitzwater", Assert.Single(doc.EntityClusters).CanonicalName);
    }

    [Fact]
    public void Different_people_with_different_surnames_stay_apart()
    {
        NewsDocument doc = Link("John Smith met John Brown. Smith left.",
            ("John Smith", EntityType.Person), ("John Brown", EntityType.Person), ("Smith", EntityType.Person));
        Assert.Equal(2, doc.EntityClusters.Count);
        Assert.Equal(doc.Entities[0].EntityId, doc.Entities[2].EntityId);
        Assert.NotEqual(doc.Entities[0].EntityId, doc.Entities[1].EntityId);
    }

    [Fact]
    public void Two_people_sharing_a_surname_stay_apart_and_titles_pick_by_gender()
    {
        NewsDocument doc = Link("Daniel Hart spoke first. Mr Hart said the plan was sound. A book by Laura Hart disagreed. Mr Hart left, and Mrs Hart stayed.",
            ("Daniel Hart", EntityType.Person), ("Mr Hart", EntityType.Person), ("Laura Hart", EntityType.Person), ("Mr Hart", EntityType.Person),
            ("Mrs Hart", EntityType.Person));
        Assert.Equal(2, doc.EntityClusters.Count);
        int daniel = doc.Entities[0].EntityId, laura = doc.Entities[2].EntityId;
        Assert.NotEqual(daniel, laura);
        Assert.Equal(daniel, doc.Entities[1].EntityId);
        Assert.Equal(daniel, doc.Entities[3].EntityId); // Laura Hart is the most recent Hart, but "Mr" is not her
        Assert.Equal(laura, doc.Entities[4].EntityId);
        Assert.Equal("Daniel Hart", doc.EntityClusters.Single(c => c.Id == daniel).CanonicalName);
    }

    [Fact]
    public void A_middle_name_left_out_does_not_split_one_person()
    {
        NewsDocument doc = Link("George W. Bush spoke. Mr Bush left, and George Bush returned.",
            ("George W. Bush", EntityType.Person), ("Mr Bush", EntityType.Person), ("George Bush", EntityType.Person));
        Assert.Single(doc.EntityClusters);
    }

    [Fact]
    public void Acronyms_link_to_organisation_names_in_either_order()
    {
        NewsDocument doc = Link("The United Nations met. The UN said the World Health Organization and later the U.N. agreed with WHO.",
            ("United Nations", EntityType.Organization), ("UN", EntityType.Organization), ("World Health Organization", EntityType.Organization),
            ("U.N.", EntityType.Organization), ("WHO", EntityType.Organization));
        Assert.Equal(2, doc.EntityClusters.Count);
        Assert.Equal("United Nations", doc.EntityClusters[0].CanonicalName);
        Assert.Equal([0, 1, 3], doc.EntityClusters[0].MentionIndexes);
        Assert.Equal([2, 4], doc.EntityClusters[1].MentionIndexes);
    }

    [Fact]
    public void A_short_form_used_before_its_definition_in_brackets_joins_the_name()
    {
        NewsDocument doc = Link("The VPK sold well. The Varro PlayKit (VPK) is new. The VPK costs less.",
            ("VPK", EntityType.Organization), ("Varro PlayKit", EntityType.Organization), ("VPK", EntityType.Organization), ("VPK", EntityType.Organization));
        DocumentEntity kit = Assert.Single(doc.EntityClusters);
        Assert.Equal("Varro PlayKit", kit.CanonicalName);
    }

    [Fact]
    public void A_firms_first_word_joins_its_name_ending_in_industries()
    {
        NewsDocument doc = Link("Varrow Industries said so. Varrow agreed.", ("Varrow Industries", EntityType.Organization), ("Varrow", EntityType.Person));
        Assert.Equal(EntityType.Organization, Assert.Single(doc.EntityClusters).Type);
    }

    [Fact]
    public void A_short_form_defined_in_brackets_is_the_name()
    {
        NewsDocument doc = Link("The Association of Payment and Clearing Services (Apacs) said so. Apacs agreed. New York (Reuters) - Ann Vos (Lab) spoke.",
            ("Association of Payment and Clearing Services", EntityType.Organization), ("Apacs", EntityType.Organization), ("Apacs", EntityType.Organization),
            ("New York", EntityType.Location), ("Reuters", EntityType.Organization), ("Ann Vos", EntityType.Person), ("Lab", EntityType.Organization));
        Assert.Equal(5, doc.EntityClusters.Count);
        Assert.Equal([0, 1, 2], doc.EntityClusters[0].MentionIndexes);
        Assert.Equal("Association of Payment and Clearing Services", doc.EntityClusters[0].CanonicalName);
    }

    [Fact]
    public void A_firm_or_party_short_name_links_to_its_full_name_in_either_order()
    {
        NewsDocument doc = Link("Varro Motor Co. said so. Varro agreed. Labour said no, the Labour Party said. National rose and National Gypsum Co fell.",
            ("Varro Motor Co.", EntityType.Organization), ("Varro", EntityType.Organization), ("Labour", EntityType.Organization),
            ("Labour Party", EntityType.Organization), ("National", EntityType.Organization), ("National Gypsum Co", EntityType.Organization));
        Assert.Equal(4, doc.EntityClusters.Count);
        Assert.Equal([0, 1], doc.EntityClusters[0].MentionIndexes);
        Assert.Equal("Labour Party", doc.EntityClusters[1].CanonicalName);
        Assert.Equal([2, 3], doc.EntityClusters[1].MentionIndexes);
    }

    [Fact]
    public void An_organisation_keeps_its_possessive_and_an_ampersand_reads_as_and()
    {
        NewsDocument doc = Link("Standard and Poor's said so. Standard & Poor's agreed. Ann Vos's plan failed.",
            ("Standard and Poor's", EntityType.Organization), ("Standard & Poor's", EntityType.Organization), ("Ann Vos's", EntityType.Person));
        Assert.Equal(2, doc.EntityClusters.Count);
        Assert.Equal("Standard and Poor's", doc.EntityClusters[0].CanonicalName);
        Assert.Equal("Ann Vos", doc.EntityClusters[1].CanonicalName);
    }

    [Fact]
    public void A_generation_suffix_does_not_split_a_person()
    {
        NewsDocument doc = Link("Drummer Larry Mullen Jr said so. Mullen agreed.", ("Larry Mullen Jr", EntityType.Person), ("Mullen", EntityType.Person));
        DocumentEntity only = Assert.Single(doc.EntityClusters);
        Assert.Equal("Larry Mullen Jr", only.CanonicalName);
    }

    [Fact]
    public void Same_location_links_and_types_do_not_mix()
    {
        NewsDocument doc = Link("Paris is calm. In Paris, Paris Hilton smiled.",
            ("Paris", EntityType.Location), ("Paris", EntityType.Location), ("Paris Hilton", EntityType.Person));
        Assert.Equal(2, doc.EntityClusters.Count);
        Assert.Equal(doc.Entities[0].EntityId, doc.Entities[1].EntityId);
    }

    [Fact]
    public void Default_pipeline_links_mentions()
    {
        NewsDocument doc = NewsPipeline.CreateDefault().Process("German Chancellor Angela Merkel arrived in Paris on Monday. Merkel said the talks went well.");
        Assert.True(doc.Has(AnnotationNames.EntityClusters));
        EntityMention[] merkel = doc.Entities.Where(m => m.Text.Contains("Merkel", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, merkel.Length);
        Assert.Equal(merkel[0].EntityId, merkel[1].EntityId);
        Assert.Equal("Angela Merkel", doc.EntityClusters[merkel[0].EntityId].CanonicalName);
    }
}
