using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Wrong-speaker patterns read on fresh BBC and Reuters articles of session 10 (a firm, an office or a publication taken
/// for the person it belongs to), each stated as a rule of English news writing and checked on short texts written for
/// the test, run through the default pipeline as the CLI runs it.
/// </summary>
public class HolderSpeakerTests
{
    [Theory]
    [InlineData("\"Prices will rise again before the summer,\" Maria Lopez of Harlow and Finch said.", "Prices will rise again", "Maria Lopez")]
    [InlineData("\"I see no reason for a pause,\" said Daniel Okafor of Brent Capital Inc.", "no reason for a pause", "Daniel Okafor")]
    public void PersonOfAFirmIsThePerson(string body, string words, string speaker)
    {
        // "X of Y said": the firm after "of" says where the person works; the person speaks.
        string text = "Markets\n\nNEW YORK, April 7 - Stocks rose on Tuesday.\n\n" + body + "\n";
        Assert.Equal(speaker, SpeakerOf(text, words));
    }

    [Theory]
    [InlineData("\"The pound will weaken until the banks step in,\" one dealer for a Dutch bank said.", "The pound will weaken", "dealer for a Dutch bank")]
    [InlineData("\"Calling the market now is a mistake,\" one senior trader with a Swiss bank said.", "Calling the market now", "trader with a Swiss bank")]
    public void PersonNounForABankIsTheDescribedPerson(string body, string words, string speaker)
    {
        // "one dealer for a Dutch bank": the dealer speaks, described by the bank; the bank says nothing.
        string text = "Currencies\n\nLONDON, March 3 - The dollar fell in early trading.\n\n" + body + "\n";
        Assert.Contains(speaker, SpeakerOf(text, words) ?? "(none)", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Sales fell sharply in the spring,\" said Harlow Finch (Holdings) Ltd analyst Daniel Okafor.", "Sales fell sharply", "Daniel Okafor")]
    [InlineData("In May, Health and Transport Secretary Maria Lopez said she wanted shorter waiting lists.", "she wanted shorter waiting lists", "Maria Lopez")]
    public void NameAfterAnOrganisationsTitleIsThePerson(string body, string words, string speaker)
    {
        // An organisation or office written before a role noun or title names whose role it is; the name after it speaks.
        string text = "Week ahead\n\nThe figures were published on Monday.\n\n" + body + "\n";
        Assert.Equal(speaker, SpeakerOf(text, words));
    }

    [Fact]
    public void SurnameAfterAFirmsPossessiveIsThePerson()
    {
        // "Brent Capital's Okafor": the possessive names the firm of the person named after it.
        const string text = "Chip deal\n\nTOKYO, March 17 - Analyst Daniel Okafor of Brent Capital said the sale had failed.\n\n"
            + "\"They will keep buying smaller pieces,\" said Brent Capital's Okafor.\n";
        Assert.Contains("Okafor", SpeakerOf(text, "keep buying smaller pieces") ?? "(none)", StringComparison.Ordinal);
    }

    [Fact]
    public void PersonQuotedInANewspaperIsTheSpeaker()
    {
        // "X was quoted in the Courier saying": the newspaper reports; X said it.
        const string text = "Candidate suspended\n\nJohn Tanner, 54, was due to stand at the next election.\n\n"
            + "Mr Tanner was quoted in the Evening Courier newspaper saying: \"I feel the party has over-reacted.\"\n";
        Assert.Contains("Tanner", SpeakerOf(text, "the party has over-reacted") ?? "(none)", StringComparison.Ordinal);
    }

    [Fact]
    public void ObjectOfQuotedAsSayingIsTheSpeaker()
    {
        // "The Times quoted Ms Hale as saying …": Ms Hale said it, not the paper.
        const string text = "Inquiry\n\nWASHINGTON, March 2 - Senator Ann Hale said the inquiry would widen.\n\n"
            + "The Times quoted Ms Hale as saying the plan was dead.\n";
        Assert.Contains("Hale", SpeakerOf(text, "the plan was dead") ?? "(none)", StringComparison.Ordinal);
    }

    [Fact]
    public void VerbOfSayingAfterAndSharesTheFirstVerbsSubject()
    {
        // "X accused Y of … and said …": the second verb has X as its subject, not the object Y of the first.
        const string text = "Manifesto row\n\nThe Liberal Democrats launched their plans on Monday.\n\n"
            + "Labour's health spokeswoman Jane Porter accused the Liberal Democrats of offering \"false hope\" and said their sums did not add up.\n";
        Assert.Contains("Jane Porter", SpeakerOf(text, "their sums did not add up") ?? "(none)", StringComparison.Ordinal);
    }

    [Fact]
    public void OrganisationNounWithAnAppositiveNameIsThatOrganisation()
    {
        // "The employers' organisation, the FSB," names the organisation in apposition.
        const string text = "Rates\n\nThe Bank of England held interest rates on Thursday.\n\n"
            + "The employers' organisation, the FSB, said it expected rates to stay on hold.\n";
        Assert.Equal("FSB", SpeakerOf(text, "it expected rates to stay"));
    }

    [Fact]
    public void RoleAfterAnInvertedCueWithAnAppositiveNameIsThePerson()
    {
        // "said FSB chief economist, Tom Barker.": the name closing the sentence is the economist.
        const string text = "Rates\n\nThe Bank of England held interest rates on Thursday.\n\n"
            + "\"Growth is slowing across the regions,\" said FSB chief economist, Tom Barker.\n";
        Assert.Equal("Tom Barker", SpeakerOf(text, "Growth is slowing"));
    }

    [Fact]
    public void SourceCloseToAPersonIsNotThatPerson()
    {
        // "a source close to X": the source speaks; X is whom it is close to.
        const string text = "Inquiry\n\nWASHINGTON, March 2 - President Tom Hale denied knowing about the payments.\n\n"
            + "The paper quoted a source close to Hale as saying the White House expected the adviser \"will say he had authority\" for the payments.\n";
        Assert.Contains("source close to", SpeakerOf(text, "expected the adviser") ?? "(none)", StringComparison.Ordinal);
    }

    [Fact]
    public void RelativePronounAfterABracketedAcronymIsTheOrganisation()
    {
        // "the International Air Transport Association (IATA), which …": the acronym repeats the name; "which" is the association.
        const string text = "Travel tax\n\nThe plan was criticised by airlines. The International Air Transport Association (IATA), which has attacked the plan as \"a tax on travel\", said fares would rise.\n";
        Assert.Contains("International Air Transport Association", SpeakerOf(text, "a tax on travel") ?? "(none)", StringComparison.Ordinal);
    }

    [Fact]
    public void PronounAfterARoleSubjectIsThatRolesPerson()
    {
        // "The Tory leader was asked …. He replies:": the pronoun continues the role phrase's person, not the last name.
        const string text = "Election trail\n\nTory leader Michael Howard has launched the Conservative campaign in Kent. Tony Blair was in Scotland.\n\n"
            + "The Tory leader was asked whether he would cut taxes. He replies: \"We will cut waste first.\"\n";
        Assert.Equal("Michael Howard", SpeakerOf(text, "We will cut waste first"));
    }

    [Fact]
    public void PronounAfterASpeakingSpokesmanIsTheSpokesmanNotThePossessor()
    {
        // "The prime minister's official spokesman said …. But he added": the spokesman spoke; "prime minister" only possesses.
        const string text = "Cabinet row\n\nTony Blair was criticised by a former civil servant on Monday.\n\n"
            + "The prime minister's official spokesman said the cabinet still met every week. But he added: \"You cannot take every decision in cabinet.\"\n";
        Assert.Contains("spokesman", SpeakerOf(text, "You cannot take every decision") ?? "(none)", StringComparison.Ordinal);
    }
}
