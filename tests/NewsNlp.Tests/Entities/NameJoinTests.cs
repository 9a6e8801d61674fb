using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Joins;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Tokenization;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// <see cref="NameJoins"/>: organisation names the model split or cut become one mention where English makes it certain.
/// The rule tests give the "model" labels by hand (so they do not depend on the embedded weights); the last tests run
/// the embedded model on invented sentences with and without the joins.
/// </summary>
public sealed class NameJoinTests
{
    [Fact]
    public void Initials_joined_by_and_become_one_organisation_when_the_model_typed_one()
    {
        Assert.Equal(["ORG:S and P"], Joined("Ratings agency S and P said the outlook was weak .", ("P", EntityType.Organization)));
        Assert.Equal(["ORG:B & Q"], Joined("Shoppers at B & Q were told to wait .", ("B", EntityType.Organization)));
    }

    [Fact]
    public void Initials_before_the_pair_belong_to_the_name()
    {
        Assert.Equal(["ORG:E D and F Man"], Joined("Trader E D and F Man sold two cargoes .", ("F Man", EntityType.Organization)));
    }

    [Fact]
    public void Initials_the_model_left_untyped_stay_words()
    {
        Assert.Equal(["ORG:Varro"], Joined("Spending on R and D at Varro rose .", ("Varro", EntityType.Organization)));
        Assert.Equal(["PER:P"], Joined("Classes A and P were sold .", ("P", EntityType.Person)));
    }

    [Fact]
    public void Head_noun_connector_and_capitalised_words_become_one_organisation()
    {
        Assert.Equal(["ORG:Committee to Protect Bloggers"], Joined("The Committee to Protect Bloggers ' director said it was wrong .", ("Bloggers", EntityType.Organization)));
        Assert.Equal(["ORG:Forum for the Future"], Joined("The Forum for the Future study found that phones help .", ("Future", EntityType.Organization)));
        Assert.Equal(["ORG:Commission for Racial Equality"], Joined("The Commission for Racial Equality said the advert was wrong .", ("Racial Equality", EntityType.Miscellaneous)));
    }

    [Fact]
    public void A_mention_of_the_head_alone_starts_the_name_before_to_and_an_untyped_word()
    {
        Assert.Equal(["ORG:Committee to Protect Bloggers"], Joined("The Committee to Protect Bloggers said no .", ("The Committee", EntityType.Organization), ("Bloggers", EntityType.Organization)));
        Assert.Equal(["ORG:The Committee", "ORG:Varro"], Joined("The Committee of Varro said no .", ("The Committee", EntityType.Organization), ("Varro", EntityType.Organization)));
    }

    [Fact]
    public void Head_rule_stops_at_the_first_mention_and_before_a_person()
    {
        Assert.Equal(["ORG:Council of Lakeland", "PER:Ann Vos"], Joined("The Council of Lakeland President Ann Vos said no .", ("Lakeland", EntityType.Location), ("Ann Vos", EntityType.Person)));
        Assert.Equal(["PER:Ann Vos"], Joined("The League of Prime Minister Ann Vos won .", ("Ann Vos", EntityType.Person)));
    }

    [Fact]
    public void Head_inside_a_model_mention_or_to_before_a_name_is_not_joined()
    {
        // The head "Union" is the end of the model's own name: another name follows, not the rest of this one.
        Assert.Equal(["LOC:Soviet Union", "LOC:United States"], Joined("Grain went from the Soviet Union to the United States .", ("Soviet Union", EntityType.Location), ("United States", EntityType.Location)));
        Assert.Equal(["ORG:Varro Bank"], Joined("A bid by the Union to Varro Bank failed .", ("Varro Bank", EntityType.Organization)));
    }

    [Fact]
    public void A_head_mention_before_to_takes_the_untyped_capitalised_words_after_it()
    {
        Assert.Equal(["ORG:Committee to Protect Journalists"], Joined("The Committee to Protect Journalists said three reporters were held .", ("The Committee", EntityType.Organization)));
        Assert.Equal(["ORG:Campaign to End Child Poverty"], Joined("A Campaign to End Child Poverty report came out .", ("Campaign", EntityType.Organization)));
    }

    [Fact]
    public void One_untyped_word_after_to_or_an_untyped_head_is_not_joined()
    {
        Assert.Equal(["ORG:The Committee"], Joined("The Committee to Rule said no .", ("The Committee", EntityType.Organization)));
        Assert.Empty(Joined("The Committee to Protect Journalists said no ."));
    }

    [Fact]
    public void A_pair_with_a_firm_word_after_its_possessive_is_one_firm()
    {
        Assert.Equal(["ORG:Marks and Spencer"], Joined("Marks and Spencer's chief executive left on Friday .", ("Spencer", EntityType.Person)));
        Assert.Equal(["ORG:Holt & Dane"], Joined("Holt & Dane's profits fell by a third .", ("Holt", EntityType.Person)));
    }

    [Fact]
    public void A_pair_whose_possessive_comes_before_a_verb_or_punctuation_keeps_it_in_the_name()
    {
        Assert.Equal(["ORG:Standard and Poor's"], Joined("Standard and Poor's said the outlook was stable .", ("Standard", EntityType.Organization), ("Poor", EntityType.Organization)));
        Assert.Equal(["ORG:Standard and Poor's"], Joined("The agency , Standard and Poor's , cut the rating .", ("Poor", EntityType.Organization)));
    }

    [Fact]
    public void A_pair_after_a_firm_word_is_one_firm()
    {
        Assert.Equal(["ORG:Holt and Dane"], Joined("Shares in Holt and Dane fell sharply .", ("Dane", EntityType.Person)));
        Assert.Equal(["ORG:Holt and Dane"], Joined("The chief executive of Holt and Dane quit .", ("Holt", EntityType.Person)));
        Assert.Equal(["ORG:Holt and Dane"], Joined("The retailer Holt and Dane said sales fell .", ("Holt", EntityType.Person)));
    }

    [Fact]
    public void Places_two_names_typed_alike_and_pairs_without_evidence_stay_apart()
    {
        Assert.Equal(["LOC:Britain", "LOC:France"], Joined("Britain and France's leaders met .", ("Britain", EntityType.Location), ("France", EntityType.Location)));
        Assert.Equal(["ORG:Varro", "ORG:Kent"], Joined("Shares in Varro and Kent fell .", ("Varro", EntityType.Organization), ("Kent", EntityType.Organization)));
        Assert.Equal(["PER:Bush", "PER:Blair"], Joined("Bush and Blair's chief allies met .", ("Bush", EntityType.Person), ("Blair", EntityType.Person)));
        Assert.Equal(["PER:Tony Blair", "PER:Brown"], Joined("Shares in Tony Blair and Brown's plans fell .", ("Tony Blair", EntityType.Person), ("Brown", EntityType.Person)));
        Assert.Equal(["PER:Spencer"], Joined("Marks and Spencer said sales fell .", ("Spencer", EntityType.Person)));
        Assert.Equal(["PER:Varro", "ORG:Unilever"], Joined("The UK firm Varro and Unilever will make snacks .", ("Varro", EntityType.Person), ("Unilever", EntityType.Organization)));
    }

    [Fact]
    public void An_institution_named_after_a_saint_or_person_is_one_name()
    {
        Assert.Equal(["ORG:St Kevin's High School"], Joined("Pupils at St Kevin's High School went home .", ("St Kevin", EntityType.Location)));
        Assert.Equal(["ORG:St Anne's Hospital", "PER:Ann Vos"], Joined("St Anne's Hospital said Ann Vos was well .", ("St Anne", EntityType.Person), ("Ann Vos", EntityType.Person)));
    }

    [Fact]
    public void An_institution_noun_and_a_listed_place_after_the_possessive_are_one_name()
    {
        NerLexicon lexicon = Lexicon(("Kelmouth", GazetteerCategory.City));
        Assert.Equal(["ORG:King's College Kelmouth"], Joined("He teaches at King's College Kelmouth .", lexicon, ("College Kelmouth", EntityType.Person)));
        Assert.Equal(["ORG:Queen’s University Kelmouth"], Joined("She studied at Queen’s University Kelmouth .", lexicon, ("University Kelmouth", EntityType.Location)));
        Assert.Equal(["PER:Ann Vos", "ORG:College Tarrow"], Joined("Ann Vos's College Tarrow won .", lexicon, ("Ann Vos", EntityType.Person), ("College Tarrow", EntityType.Organization)));
    }

    [Fact]
    public void A_place_possessive_or_no_institution_noun_is_not_joined()
    {
        Assert.Equal(["LOC:Britain", "ORG:Royal College of Nursing"], Joined("Britain's Royal College of Nursing said no .", ("Britain", EntityType.Location), ("Royal College of Nursing", EntityType.Organization)));
        Assert.Equal(["LOC:St Kevin"], Joined("Pupils at St Kevin's went home .", ("St Kevin", EntityType.Location)));
        Assert.Equal(["PER:Ann Vos", "ORG:Labour Party"], Joined("Ann Vos's Labour Party lost .", ("Ann Vos", EntityType.Person), ("Labour Party", EntityType.Organization)));
        Assert.Equal(["PER:Ann Vos", "MISC:Academy Award"], Joined("Ann Vos's Academy Award came late .", ("Ann Vos", EntityType.Person), ("Academy Award", EntityType.Miscellaneous)));
    }

    [Fact]
    public void Title_case_lines_are_left_alone()
    {
        Assert.Equal(["ORG:Bloggers"], Joined("Committee To Protect Bloggers Opens", ("Bloggers", EntityType.Organization)));
    }

    [Fact]
    public void Listed_organisation_with_a_spelled_out_ampersand_becomes_one_mention()
    {
        NerLexicon lexicon = Lexicon(("brandt & lauer", GazetteerCategory.Company), ("varro of kent", GazetteerCategory.University));
        Assert.Equal(["ORG:Brandt and Lauer"], Joined("Shares in Brandt and Lauer rose .", lexicon, ("Brandt", EntityType.Location), ("Lauer", EntityType.Miscellaneous)));
        Assert.Equal(["ORG:Varro of Kent Co"], Joined("Staff at Varro of Kent Co left .", lexicon, ("Varro", EntityType.Person), ("Kent Co", EntityType.Organization)));
    }

    [Fact]
    public void Listed_name_in_other_categories_or_without_a_model_mention_is_not_joined()
    {
        NerLexicon lexicon = Lexicon(("brandt & lauer", GazetteerCategory.City), ("holt and dane", GazetteerCategory.Company));
        Assert.Equal(["LOC:Brandt", "LOC:Lauer"], Joined("Trains from Brandt and Lauer ran late .", lexicon, ("Brandt", EntityType.Location), ("Lauer", EntityType.Location)));
        Assert.Empty(Joined("Holt and Dane were late .", lexicon));
    }

    [Fact]
    public void A_join_does_not_spread_a_mention_that_holds_a_lower_case_word()
    {
        NerLexicon lexicon = Lexicon(("brandt & lauer", GazetteerCategory.Company));
        Assert.Equal(["PER:Brandt", "ORG:Lauer said Holt"], Joined("Brandt and Lauer said Holt will stay .", lexicon, ("Brandt", EntityType.Person), ("Lauer said Holt", EntityType.Organization)));
    }

    [Fact]
    public void Unchanged_labels_are_reported_unchanged()
    {
        const string text = "Britain and France said they would act .";
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, ("Britain", EntityType.Location), ("France", EntityType.Location));
        int[] before = (int[])labels.Clone();
        Assert.False(NameJoins.Apply(text, rows, labels, NerLexicon.Empty));
        Assert.Equal(before, labels);
    }

    [Fact]
    public void Embedded_model_gives_one_mention_with_joins_and_the_split_without()
    {
        const string Text = "Ratings agency S and P announced a downgrade on Monday. The Committee to Protect Bloggers' director said the arrest was wrong.";
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(Text);
        PerceptronEntityRecognizer model = PerceptronEntityRecognizer.Default;
        var raw = new PerceptronEntityRecognizer(model.Model) { JoinsOrganisationNames = false };

        IReadOnlyList<EntityMention> joined = model.Recognize(doc);
        IReadOnlyList<EntityMention> split = raw.Recognize(doc);

        Assert.Contains(joined, m => m.Text == "S and P" && m.Type == EntityType.Organization);
        Assert.Contains(joined, m => m.Text == "Committee to Protect Bloggers" && m.Type == EntityType.Organization);
        Assert.DoesNotContain(split, m => m.Text == "S and P");
        Assert.DoesNotContain(split, m => m.Text == "Committee to Protect Bloggers");
        Assert.True(model.WithConfidenceTemperature(2.0).JoinsOrganisationNames);
    }

    [Theory]
    [InlineData("The Committee to Protect Journalists said three reporters had been held without charge.", "Committee to Protect Journalists")]
    [InlineData("\"We are disappointed with the figures,\" Marks and Spencer's chief executive told reporters.", "Marks and Spencer")]
    [InlineData("Standard and Poor's said it had cut the country's credit rating by one notch.", "Standard and Poor's")]
    [InlineData("Pupils at St Kevin's High School were sent home early on Monday.", "St Kevin's High School")]
    [InlineData("Tom Ellery, a researcher at King’s College London, said the results were clear.", "King’s College London")]
    public void Embedded_model_gives_the_whole_organisation_with_joins_only(string text, string name)
    {
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(text);
        PerceptronEntityRecognizer model = PerceptronEntityRecognizer.Default;
        var raw = new PerceptronEntityRecognizer(model.Model) { JoinsOrganisationNames = false };
        Assert.Contains(model.Recognize(doc), m => m.Text == name && m.Type == EntityType.Organization);
        Assert.DoesNotContain(raw.Recognize(doc), m => m.Text == name);
    }

    [Fact]
    public void Tag_applies_the_same_joins_as_Recognize()
    {
        const string Text = "Shares in Procter and Gamble rose after S and P announced a review.";
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(Text);
        PerceptronEntityRecognizer model = PerceptronEntityRecognizer.Default;
        int[] labels = model.Tag(doc);
        List<string> tagged = BilouLabels.ToSpans(labels).Select(s => doc.GetText(new TextSpan(doc.Tokens[s.Start].Start, doc.Tokens[s.End - 1].End))).ToList();
        Assert.Equal(model.Recognize(doc).Select(m => m.Text).ToList(), tagged);
        Assert.Contains("S and P", tagged);
    }

    [Fact]
    public void A_legal_form_after_an_organisation_is_part_of_its_name()
    {
        Assert.Equal(["ORG:Lakeland Bank af 1871 A/S"], Joined("Lakeland Bank af 1871 A/S said profits rose .", ("Lakeland Bank", EntityType.Organization), ("A/S", EntityType.Organization)));
        Assert.Equal(["ORG:Varro Holdings Inc"], Joined("Varro Holdings Inc said no .", ("Varro", EntityType.Organization), ("Holdings Inc", EntityType.Organization)));
    }

    [Fact]
    public void A_legal_form_after_a_person_punctuation_or_long_words_stays()
    {
        Assert.Equal(["PER:Ann Vos", "ORG:AG"], Joined("Ann Vos AG said no .", ("Ann Vos", EntityType.Person), ("AG", EntityType.Organization)));
        Assert.Equal(["ORG:Varro", "ORG:AG"], Joined("Varro , AG said no .", ("Varro", EntityType.Organization), ("AG", EntityType.Organization)));
        Assert.Equal(["ORG:Varro", "ORG:AG"], Joined("Varro bought shares AG said .", ("Varro", EntityType.Organization), ("AG", EntityType.Organization)));
    }

    [Fact]
    public void A_name_and_co_is_one_firm()
    {
        Assert.Equal(["ORG:Varrow and Co"], Joined("Varrow and Co said it would list .", ("Varrow", EntityType.Person), ("Co", EntityType.Organization)));
        Assert.Equal(["ORG:Varrow & Sons"], Joined("Shares in Varrow & Sons fell .", ("Varrow", EntityType.Person)));
    }

    [Fact]
    public void A_name_and_co_stays_when_the_model_saw_no_name_or_the_word_is_another()
    {
        Assert.Equal(["ORG:Co"], Joined("Varrow and Co said it would list .", ("Co", EntityType.Organization)));
        Assert.Equal(["PER:Ann Vos", "PER:Colin"], Joined("Ann Vos and Colin left .", ("Ann Vos", EntityType.Person), ("Colin", EntityType.Person)));
    }

    private static List<string> Joined(string text, params (string Words, EntityType Type)[] mentions) => Joined(text, NerLexicon.Empty, mentions);

    private static List<string> Joined(string text, NerLexicon lexicon, params (string Words, EntityType Type)[] mentions)
    {
        (TokenRow[] rows, int[] labels) = EntityLabelTestHelpers.Labelled(text, mentions);
        NameJoins.Apply(text, rows, labels, lexicon);
        return EntityLabelTestHelpers.Mentions(text, rows, labels);
    }

    internal static NerLexicon Lexicon(params (string Phrase, GazetteerCategory Category)[] phrases)
    {
        var entries = new Dictionary<ulong, int>();
        foreach ((string phrase, GazetteerCategory category) in phrases)
        {
            string[] words = phrase.Split(' ');
            ulong h = 0;
            for (int i = 0; i < words.Length; i++)
            {
                ulong key = NerLexicon.WordKey(words[i]);
                h = i == 0 ? NerLexicon.PhraseStart(key) : NerLexicon.PhraseNext(h, key);
                entries.TryGetValue(h, out int existing);
                entries[h] = existing | (i == words.Length - 1 ? 1 << (int)category : NerLexicon.PrefixBit);
            }
        }

        return new NerLexicon(NerLexicon.Empty.Clusters, new HashIndex(entries));
    }
}
