using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Tests.Sides;

public sealed class PolarityComposerTests
{
    private static double Compose(string claim, string text) => PolarityComposer.Compose(claim, text).Score;

    [Fact]
    public void A_negative_judgement_of_a_refusal_agrees() =>
        Assert.True(Compose("Pubs should open for longer hours", "It is wrong to deny drinkers the longer hours.") > 0);

    [Fact]
    public void Keeping_what_the_claim_says_is_lost_disagrees() =>
        Assert.True(Compose("The city is losing its tram network", "We will keep the tram network.") < 0);

    [Fact]
    public void A_negated_shifter_phrase_keeps_what_it_would_give_up() =>
        Assert.True(Compose("The city is losing its tram network", "There is no question of the city giving up the tram network.") < 0);

    [Fact]
    public void An_evaluative_judges_its_whole_clause_and_an_absence_under_it_turns_once_more() =>
        Assert.True(Compose("Suspects should be held without charge", "Holding suspects without charge is unacceptable in a democracy.") < 0);

    [Fact]
    public void A_negated_judgement_of_the_claim_agrees() =>
        Assert.True(Compose("The museum should stay open", "It would not be wrong to keep the museum open.") > 0);

    [Fact]
    public void A_negated_passive_shifter_scopes_back_over_its_subject() =>
        Assert.True(Compose("Mobile phones should be banned in schools", "Phones should not be banned in schools.") < 0);

    [Fact]
    public void A_relative_clause_on_a_noun_that_no_denies_is_denied_with_it()
    {
        // "no plan which does not keep X" = every plan must keep X; "no plan that does not keep X" reads so in one clause.
        Assert.True(Compose("The city's tram network is worth keeping", "There will be no budget which does not keep the tram network.") > 0);
        Assert.True(Compose("The city's tram network is worth keeping", "There will be no budget that does not keep the tram network.") > 0);
        Assert.True(Compose("The city's tram network is worth keeping", "The budget, which does not keep the tram network, was passed.") < 0);
    }

    [Fact]
    public void A_conditional_clause_takes_no_position() =>
        Assert.Equal(0, Compose("The city is losing its tram network", "If we lose the tram network, who will pay for buses?"));

    [Fact]
    public void A_shifter_after_a_determiner_is_a_noun_and_acts_on_nothing() =>
        Assert.Equal(0, Compose("The council should keep its veto on planning", "The veto on planning is being debated this week."));

    [Fact]
    public void Words_no_operator_scopes_over_do_not_vote() =>
        Assert.Equal(0, Compose("The city is losing its tram network", "The tram network carries thirty thousand people a day."));

    [Fact]
    public void One_claim_word_votes_only_when_an_act_is_on_it()
    {
        Assert.Equal(0, Compose("The city should cap rents", "Nobody should have to choose between paying the rent and eating."));
        Assert.True(Compose("The city should cap rents", "We oppose rents being capped by the city.") < 0);
    }

    [Fact]
    public void The_voting_words_carry_their_vote() =>
        Assert.Contains("-network", PolarityComposer.Compose("The city is losing its tram network", "We will keep the tram network.").Words);

    [Fact]
    public void The_side_reader_adds_the_composition_to_its_cues()
    {
        DocumentSideReader sides = DocumentSideReader.Default;
        SideReading reading = sides.Reader.Read(sides.Frame("The city is losing its tram network"), ClaimSubject.Unknown, "We will keep the tram network.");
        Assert.True(reading.Score < 0);
    }

    [Fact]
    public void Vetoing_a_cut_keeps_what_would_be_cut() =>
        Assert.True(Compose("The regional grant is justified", "The council was prepared to veto any attempt to reduce the regional grant.") > 0);

    [Fact]
    public void Not_standing_down_keeps_the_candidacy() =>
        Assert.True(Compose("Maria Lopez should be allowed to stand as the party candidate", "She will not stand down as the party candidate.") > 0);

    [Fact]
    public void A_verb_of_harm_judges_its_subject() =>
        Assert.True(Compose("Holding suspects without trial is necessary", "Holding suspects without trial breaks international law.") < 0);

    [Fact]
    public void Whilst_opens_a_clause_that_a_negator_before_it_does_not_reach() =>
        Assert.True(Compose("The city is losing its tram network", "Whilst nobody wants higher fares, we will keep the tram network.") < 0);

    [Fact]
    public void A_judgement_of_unfitness_disagrees_with_allowing_it() =>
        Assert.True(Compose("Maria Lopez should be allowed to stand as the party candidate", "Maria Lopez is ineligible to stand as the party candidate.") < 0);

    [Fact]
    public void A_relative_clause_on_people_says_what_they_think_not_the_speaker() =>
        Assert.Equal(0, Compose("A new bypass would benefit the valley", "The campaign is run by outsiders who are not interested in the valley or its bypass."));

    [Fact]
    public void Unseating_acts_against_its_object_as_removing_does() =>
        Assert.True(Compose("The party can unseat leading ministers", "Voters can remove a leading minister in every one of these seats.") > 0);

    [Fact]
    public void A_preposition_after_a_determiner_and_noun_still_acts_on_what_follows() =>
        // "the case against terror suspects": "against" is no noun of "the case" (it was read as "a phone ban", acting on "case").
        Assert.Contains("-suspects", PolarityComposer.Compose("Terror suspects should be released", "They have built the case against terror suspects.").Words);

    [Fact]
    public void Costing_something_acts_against_it() =>
        // A consequence said in the speaker's own words: "it will cost jobs" toward "… will create jobs".
        Assert.True(Compose("The new runway will create jobs", "The runway will cost jobs in the town.") < 0);
}
