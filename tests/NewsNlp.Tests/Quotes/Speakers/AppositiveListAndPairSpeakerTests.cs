using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Speaker patterns of session 19, each a rule of English news writing checked on short texts written for the test: an
/// appositive or an "including" list between the subject and the cue names someone talked about; "both" and members
/// named between dashes speak as a pair; a he/she after a fronted clause means its subject; a sure first name of the
/// other gender vetoes a he/she in its own paragraph; a word before "they" is no antecedent; an age before a demonym, a
/// name after an organisation noun, two titles after an organisation and modifiers sharing one head noun; "the prime
/// minister" is no other recent speaker; a second clause after "and" has its own subject.
/// </summary>
public class AppositiveListAndPairSpeakerTests
{
    [Fact]
    public void NameInsideAnAppositiveIsTalkedAbout()
    {
        // "As many tax lawyers, including Mr. Feld, have pointed out, …": the lawyers speak, not the one named among them.
        const string text = "Tax row\n\nThe returns were not released on Monday.\n\n"
            + "As many tax lawyers, including Mr. Feld, have pointed out, the candidate is free to release his returns.\n";
        Assert.Equal("many tax lawyers", SpeakerOf(text, "the candidate is free"));
    }

    [Fact]
    public void ListAfterIncludingNamesMembersOfTheSubject()
    {
        // "Charities including Oxfam, Shelter and Help the Aged said": the charities speak, not the last one listed.
        const string text = "Budget row\n\nThe chancellor set out his budget on Wednesday.\n\n"
            + "Campaign groups including Friends of the Forest, the Clean Water Trust, and War on Hunger said the plan was a barrier to fighting poverty.\n";
        Assert.Equal("Campaign groups", SpeakerOf(text, "the plan was a barrier"));
    }

    [Fact]
    public void WordBeforeTheyIsNoAntecedent()
    {
        // "However they said …": "However" opens the clause; "they" is the record company of the sentence before.
        const string text = "Band to take a break\n\nThe pop band Rattle have confirmed that they plan to take a break.\n\n"
            + "A statement from the band's record company Halcyon said the singer planned to work on other projects. "
            + "However they said that Rattle would \"reconvene in due course\".\n";
        Assert.NotEqual("However", SpeakerOf(text, "Rattle would"));
    }

    [Fact]
    public void AgeBeforeADemonymDescribesThePersonOfTheStory()
    {
        // "The 55-year-old Frenchman told …": the manager the story is about, not a speaker called "Frenchman".
        const string text = "Manager signs new deal\n\nCity manager Pierre Lamont has signed a new contract to stay at the club until 2010.\n\n"
            + "The 55-year-old Frenchman told the club's website: \"My intention has always been clear.\"\n";
        Assert.Equal("Pierre Lamont", SpeakerOf(text, "My intention has always been clear"));
    }

    [Fact]
    public void PronounAfterAFrontedClauseMeansItsSubject()
    {
        // "When Joe Ruiz appeared on the station two days later, he said …": Ruiz, not the rapper quoted just before.
        const string text = "Rap feud\n\nIn an interview on Saturday, Tom Hale said he would not turn on his friends. \"They are my friends,\" he said. "
            + "When Joe Ruiz appeared on the same station two days later, he said Hale was no longer a member of the crew.\n";
        Assert.Equal("Joe Ruiz", SpeakerOf(text, "Hale was no longer a member"));
    }

    [Fact]
    public void BothMeansTheTwoLastNamedTogether()
    {
        // "Maria Olsen and Peter Hale met on Tuesday. Both said …": the pair speaks.
        const string pair = "Talks resume\n\nThe two negotiators met in Geneva.\n\nMaria Olsen and Peter Hale met on Tuesday. Both said the talks were \"constructive\".\n";
        Assert.Equal("Maria Olsen and Peter Hale", SpeakerOf(pair, "the talks were"));
    }

    [Fact]
    public void MembersBetweenDashesSpeakTogether()
    {
        // "Two of the largest airlines - Lufthansa and Ryanair - have said …": both airlines, not the last one.
        const string text = "Fuel costs hit airlines\n\nTwo of the largest airlines in Europe - Lufthansa and Ryanair - have said that record fuel prices hit their results.\n";
        Assert.Equal("Lufthansa and Ryanair", SpeakerOf(text, "record fuel prices"));
    }

    [Fact]
    public void SureFirstNameOfTheOtherGenderVetoesInItsParagraph()
    {
        // '"…," said Ann Lee. "…," he added.': the table is sure Ann is a woman; the "he" is not Ann Lee. The lone speaker
        // of a first name shared across sexes abroad (Ola) is still taken.
        const string ann = "Charity appeal\n\n\"We will win,\" said Ann Lee. \"It is only a matter of time,\" he added.\n";
        Assert.NotEqual("Ann Lee", SpeakerOf(ann, "only a matter of time"));
        const string ola = "Charity appeal\n\n\"We will win,\" said Ola Brandt. \"It is only a matter of time,\" he added.\n";
        Assert.Equal("Ola Brandt", SpeakerOf(ola, "only a matter of time"));
    }

    [Fact]
    public void NameAfterAnOrganisationNounIsWhatItMeans()
    {
        // "US supermarket group Winn-Dixie has filed …. Winn-Dixie, …, said …. It said …": "it" is the grocer, not the
        // subject's first words ("US supermarket group").
        const string text = "Winn-Dixie files for bankruptcy\n\nUS supermarket group Winn-Dixie has filed for court protection.\n\n"
            + "Winn-Dixie, once among the richest of US retailers, said the move would let it restructure. It said its 900 stores would stay open.\n";
        Assert.Equal("Winn-Dixie", SpeakerOf(text, "its 900 stores would stay open"));
    }

    [Fact]
    public void TwoTitlesAfterAnOrganisationBelongToTheName()
    {
        // '"…," Acme chairman and chief executive Rick Waller said': the chairman is named; not "Acme chairman".
        const string text = "Results\n\nAcme said its profits were hit by higher costs. "
            + "\"Acme reported solid results in 2004,\" Acme chairman and chief executive Rick Waller said in a statement.\n";
        Assert.Equal("Rick Waller", SpeakerOf(text, "Acme reported solid results"));
    }

    [Fact]
    public void ModifiersSharingOneHeadNounAreOneSource()
    {
        // "…, the Internet media and software company said": the whole phrase is the company named before it.
        const string text = "Promotion ends\n\nSEATTLE (Reuters) - Soundwave Inc. is ending its 49 cent-per-song download service but will keep the "
            + "promotional prices in place for top 10 songs, the Internet media and software company said on Thursday.\n";
        Assert.Equal("Soundwave Inc.", SpeakerOf(text, "promotional prices"));
    }

    [Fact]
    public void PrimeMinisterIsNoOtherRecentSpeaker()
    {
        // "Mr Hale said …. But the prime minister said …": with no "Prime Minister X" before, the office speaks, not Mr Hale.
        const string text = "Launch\n\nMr Hale said the scheme was \"working well\" and would be extended. He was joined at the launch by Tony Blair.\n\n"
            + "But the prime minister said he had discussed the claims with the chancellor and dismissed them as \"nonsense\".\n";
        Assert.Equal("prime minister", SpeakerOf(text, "nonsense"));
    }

    [Fact]
    public void SecondClauseAfterAndHasItsOwnSubject()
    {
        // "Mr Hale emphasized that …, and human rights groups warned that …": the groups warn, not Mr Hale.
        const string text = "Leader visits\n\nThe two leaders met at the White House on Wednesday.\n\n"
            + "\"We want the people of Varania to see rewards for a new way of doing business,\" Mr Hale said. He called Varania a \"good news story\" for the region.\n\n"
            + "Mr Hale emphasized that the reforms in Varania were not complete, and human rights groups warned that the government was giving up its leverage over the army.\n";
        Assert.Equal("human rights groups", SpeakerOf(text, "giving up its leverage"));
    }
}
