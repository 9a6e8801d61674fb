using NewsNlp.Stance.Features;
using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

public sealed class SideCueReaderTests
{
    private static readonly DocumentSideReader Sides = DocumentSideReader.Default;

    private static double Score(string claim, string text, ClaimSubject? subject = null, bool actsOnly = false) =>
        Sides.Reader.Read(Sides.Frame(claim), subject ?? ClaimSubject.Unknown, text, actsOnly).Score;

    [Theory]
    [InlineData("welcomed", true)]
    [InlineData("backed", true)]
    [InlineData("denied", true)]
    [InlineData("denies", true)]
    [InlineData("slammed", true)]
    [InlineData("criticising", true)]
    [InlineData("weather", false)]
    public void Verb_entries_match_their_inflections(string word, bool isCue) =>
        Assert.Equal(isCue, SideCueLexicon.Default.MatchAt([word, "the", "plan"], 0, SideCueKind.Act) is not null);

    [Fact]
    public void A_malformed_lexicon_line_is_refused_with_its_line_number()
    {
        var ex = Assert.Throws<InvalidDataException>(() => SideCueLexicon.Parse(new StringReader("# c\nact\t+\twelcome\nverdict\tx\tfalse\n"), "test.tsv"));
        Assert.Contains("test.tsv line 3", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The coach should be sacked", true, -1)]
    [InlineData("The Carrow maternity unit should close", true, -1)]
    [InlineData("The Kestrel mine expansion should go ahead", true, 1)]
    [InlineData("The second runway will create thousands of jobs", false, 1)]
    [InlineData("The minister lied about the hospital contract", false, -1)]
    [InlineData("The ceasefire is holding", false, 0)]
    [InlineData("The coach should not be sacked", true, 1)]
    [InlineData("The mayor should apologise for his remarks", true, -1)]
    [InlineData("The council must admit it lost the files", true, -1)]
    public void A_claim_is_read_as_for_or_against_its_subject(string claim, bool proposal, int effect)
    {
        ClaimFrame frame = Sides.Frame(claim);
        Assert.Equal(proposal, frame.IsProposal);
        Assert.Equal(effect, frame.SubjectEffect);
    }

    [Theory]
    [InlineData("The coach should be sacked", true)]
    [InlineData("Daniel Okafor will leave Westbury Rovers this summer", true)]
    [InlineData("Veltrix dumped waste into the River Lenne", false)]
    [InlineData("The minister lied about the hospital contract", false)]
    public void Only_removal_claims_read_departure_words(string claim, bool removal)
    {
        Assert.Equal(removal, Sides.Frame(claim).IsRemoval);
        Assert.Equal(removal ? 1 : 0, Math.Sign(Score(claim, "He has to go.", new ClaimSubject(new HashSet<string>(), true, false))));
    }

    [Theory]
    [InlineData("The bridge money should have been spent on schools", true)]
    [InlineData("The council ought to have consulted residents", true)]
    [InlineData("The club should have sold the striker in January", true)]
    [InlineData("Wardens should have the power to fine litter louts", false)]
    [InlineData("Visitors should have to show a ticket", false)]
    [InlineData("The council should consult residents", false)]
    public void A_claim_of_what_ought_to_have_happened_blames_its_subject(string claim, bool counterfactual)
    {
        ClaimFrame frame = Sides.Frame(claim);
        Assert.Equal(counterfactual, ClaimFrame.IsCounterfactual(frame.Words, frame.VerbIndex));
        Assert.Equal(counterfactual ? -1 : 1, frame.SubjectEffect);
    }

    [Fact]
    public void The_subject_is_the_words_before_the_verb() =>
        Assert.Equal(["coach"], Sides.Frame("The coach should be sacked").SubjectStems);

    [Theory]
    [InlineData("The city should cap rents", "Tenant groups welcomed the plan.", 1)]
    [InlineData("The city should cap rents", "The landlords rejected the proposal.", -1)]
    [InlineData("The city should cap rents", "The landlords did not welcome the plan.", -1)]
    [InlineData("The minister lied about the hospital contract", "said the accusation was false", -1)]
    [InlineData("The second runway will create thousands of jobs", "The promise of new jobs is a myth", -1)]
    [InlineData("The second runway will create thousands of jobs", "Those job numbers are wildly exaggerated", -1)]
    [InlineData("The Bellport migrant camp should be closed", "This is a mistake.", -1)]
    [InlineData("The Bellport migrant camp should be closed", "Closing Bellport is the humane thing to do.", 1)]
    public void Acts_and_verdicts_on_the_claim_take_their_own_sign(string claim, string text, int sign) =>
        Assert.Equal(sign, Math.Sign(Score(claim, text)));

    [Theory]
    [InlineData("Club captain Marco Silva defended the coach.", -1)]
    [InlineData("Supporters attacked the coach after the match.", 1)]
    [InlineData("He has to go.", 1)]
    [InlineData("The coach is going nowhere.", -1)]
    public void Acts_on_the_subject_take_the_claims_effect_on_it(string text, int sign) =>
        Assert.Equal(sign, Math.Sign(Score("The coach should be sacked", text, new ClaimSubject(new HashSet<string> { "stefan", "novak" }, true, false))));

    [Fact]
    public void A_call_for_the_subject_to_go_is_a_call_for_the_claim()
    {
        var novak = new ClaimSubject(new HashSet<string> { "stefan", "novak" }, true, false);
        Assert.True(Score("The coach should be sacked", "Fans called for the coach to be sacked.", novak) > 0);
        Assert.True(Score("The coach should be sacked", "Fans defended the coach.", novak) < 0);
    }

    [Fact]
    public void Leaving_is_against_a_person_but_not_against_a_country()
    {
        var britain = new ClaimSubject(new HashSet<string> { "britain" }, IsPerson: false, IsSpeaker: false);
        Assert.Equal(0, Score("Britain should leave the European Union", "Britain is a great country.", britain));
        Assert.True(Score("Britain should leave the European Union", "Britain must stay.", britain) < 0);
        var holm = new ClaimSubject(new HashSet<string> { "anders", "holm" }, IsPerson: true, IsSpeaker: false);
        Assert.True(Score("Anders Holm should resign", "Holm is the right person for the job.", holm) < 0);
    }

    [Theory]
    [InlineData("Reyes, a fierce critic of the plan, spoke first.", -1)]
    [InlineData("Reyes, a supporter of the plan, spoke first.", 1)]
    [InlineData("Reyes has long been in favour of the plan.", 1)]
    public void Reporter_nouns_of_taking_sides_are_acts(string text, int sign) =>
        Assert.Equal(sign, Math.Sign(Score("The city should cap rents", text)));

    [Fact]
    public void Praise_of_the_subject_by_name_disagrees_with_a_claim_against_it()
    {
        var novak = new ClaimSubject(new HashSet<string> { "stefan", "novak" }, true, false);
        Assert.True(Score("The coach should be sacked", "Stefan has my complete support.", novak) < 0);
    }

    [Fact]
    public void A_speaker_who_is_the_subject_names_it_with_I()
    {
        var holm = new ClaimSubject(new HashSet<string> { "anders", "holm" }, true, IsSpeaker: true);
        Assert.True(Score("Anders Holm should resign as chief executive", "I am committed to this company and I will see the plan through", holm) < 0);
    }

    [Theory]
    [InlineData("We will read the report carefully. It is too early to draw conclusions.")]
    [InlineData("We don't comment on speculation.")]
    [InlineData("It would be wrong to speculate about the cause before the results are in.")]
    public void Declining_to_take_a_side_is_neutral(string text)
    {
        SideReading reading = Sides.Reader.Read(Sides.Frame("The sugar tax has reduced childhood obesity"), ClaimSubject.Unknown, text);
        Assert.True(reading.Neutral);
        Assert.Equal(0, reading.Score);
    }

    [Fact]
    public void Words_shared_with_the_claim_are_not_verdicts() =>
        Assert.Equal(0, Score("The minister lied about the hospital contract", "She lies, plain and simple."));

    [Fact]
    public void Reporter_clauses_stop_at_the_verb_of_saying() =>
        Assert.Equal(0, Score("The city should cap rents", ", the landlord, said the tenants welcomed the plan", actsOnly: true));

    [Theory]
    [InlineData("Ms Grant was wrong to say the law was biased in favour of squatters", -1)]
    [InlineData("Critics say the plan is a disaster", 0)]
    [InlineData("Those who claim we reject the plan have not read it", 0)]
    [InlineData("Ms Grant claimed the plan was a disaster", -1)]
    public void Words_reported_from_someone_else_are_not_the_speakers_cues(string text, int sign) =>
        Assert.Equal(sign, Math.Sign(Score("The law on squatters should be changed", text)));

    [Theory]
    [InlineData("wrong to say the law was biased", 3, 6)]
    [InlineData("those who claim it is a disaster but it is not", 3, 6)]
    [InlineData("Pierce claimed the detention had driven them to madness", -1, -1)]
    [InlineData("I have always said the plan was right", -1, -1)]
    public void A_report_scope_opens_after_an_infinitive_a_relative_or_a_plural_subject(string text, int first, int last)
    {
        string[] words = text.ToLowerInvariant().Split(' ');
        bool[] reported = SideCueReader.ReportedWords(words);
        for (int i = 0; i < words.Length; i++)
        {
            Assert.Equal(first >= 0 && i >= first && i <= last, reported[i]);
        }
    }

    [Fact]
    public void A_plan_is_the_claim_of_a_proposal_the_subject_of_a_claim_about_a_thing_and_nothing_for_a_person()
    {
        Assert.True(Score("The city should cap rents", "Tenant groups welcomed the plan.") > 0);
        Assert.True(Score("The second runway will create thousands of jobs", "The union welcomed the plan.") > 0);
        Assert.True(Score("The hospital closures were a political ploy", "She is a fierce critic of the plans.") > 0);
        var minister = new ClaimSubject(new HashSet<string> { "karen", "walsh" }, IsPerson: true, IsSpeaker: false);
        Assert.Equal(0, Score("The minister lied about the hospital contract", "Critics attacked the plan.", minister));
        Assert.True(Score("The minister lied about the hospital contract", "Critics attacked the accusation.", minister) < 0);
    }

    [Fact]
    public void Text_without_cues_reads_nothing() =>
        Assert.False(Sides.Reader.Read(Sides.Frame("The coach should be sacked"), ClaimSubject.Unknown, "The new seats will be ready by March.").HasCue);

    [Theory]
    [InlineData("Terror suspects should be held under house arrest without trial", false)]
    [InlineData("Foreign terror suspects should be detained without trial", false)]
    [InlineData("Terror suspects should not be held without trial", true)]
    [InlineData("The coach should never be sacked", true)]
    public void Without_negates_its_object_not_the_claim(string claim, bool negated) =>
        Assert.Equal(negated, Sides.Frame(claim).IsNegated);

    [Theory]
    [InlineData("Terror suspects should be held under house arrest", "suspect")]
    [InlineData("The legal advice on the Iraq war should be published", "advice")]
    [InlineData("The new EU rules on compensation for air passengers are justified", "rule")]
    public void The_subject_head_is_its_last_noun_before_a_preposition(string claim, string head) =>
        Assert.Equal(TextPreparer.Stem(head), Sides.Frame(claim).SubjectHead);

    [Theory]
    [InlineData("the terror law changes", 1, true)]
    [InlineData("rushing anti terrorism legislation", 2, false)]
    [InlineData("holding terror suspects", 1, false)]
    [InlineData("the suspects", 1, false)]
    public void A_subject_word_that_only_modifies_another_noun_is_a_topic(string text, int index, bool lone) =>
        Assert.Equal(lone, Sides.Frame("Terror suspects should be held under house arrest").IsLoneModifier(text.Split(' '), index));

    [Fact]
    public void A_capitalised_subject_word_names_the_subject_alone() =>
        Assert.False(Sides.Frame("The Carrow maternity unit should close").IsLoneModifier(["carrow", "is", "safe"], 0));

    /// <summary>"terror law changes" are changes (a proposal noun: the claim), not the suspects; "anti-terrorism legislation" is legislation.</summary>
    [Theory]
    [InlineData("The government is making a mistake in rushing anti-terrorism legislation.", -1)]
    [InlineData("It would be a mistake to lock up terror suspects without trial.", -1)]
    [InlineData("The prime minister defended the terror law changes.", 1)]
    [InlineData("The prime minister defended house arrest for terror suspects.", 1)]
    public void A_topic_word_is_not_the_claims_subject(string text, int sign) =>
        Assert.Equal(sign, Math.Sign(Score("Terror suspects should be placed under house arrest without trial", text)));
}
