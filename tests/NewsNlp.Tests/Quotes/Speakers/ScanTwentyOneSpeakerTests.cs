using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Wrong-speaker patterns of session 21 (a fresh scan of 40 BBC, Reuters-21578 and AG News texts outside every seed set),
/// each stated as a rule of English news writing and checked on short texts written for the test, run through the default
/// pipeline as the CLI runs it.
/// </summary>
public class ScanTwentyOneSpeakerTests
{
    [Fact]
    public void NamesJoinedAfterADatelineSpeakTogether()
    {
        // 'NEW YORK (Reuters) - EarthLink Inc. and Yahoo Inc. said': the dateline's dash opens the clause; both firms speak.
        const string text = "Firms test new filter\n\nLONDON (Reuters) - Acme Corp. and Widget Inc. said on Tuesday they would begin tests of a new filter for junk mail.\n";
        string? speaker = SpeakerOf(text, "begin tests of a new filter");
        Assert.Contains("Acme", speaker ?? "", StringComparison.Ordinal);
        Assert.Contains("Widget", speaker ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void TitlesWithACapitalisedTheJoinedByAndSpeakTogether()
    {
        // 'The Sunday Times and The Sunday Telegraph say': the second title's capital "The" is part of the name.
        const string text = "Bid meets resistance\n\nThe shareholders will reportedly reject any formal offer for the club. "
            + "The Daily Mail and The Sunday Mirror say the two investors will oppose any formal bid from the tycoon.\n";
        string? speaker = SpeakerOf(text, "will oppose any formal bid");
        Assert.Contains("Mail", speaker ?? "", StringComparison.Ordinal);
        Assert.Contains("Mirror", speaker ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ANameAndAPluralDescriptionAfterTheReportedClauseSpeakTogether()
    {
        // '…, Government and industry sources said.': the report names two sources, the name and the plural description.
        const string text = "Plant faces closure\n\nThe plant could be the first casualty of the dispute over steel prices, Government and union sources said.\n";
        string? speaker = SpeakerOf(text, "first casualty of the dispute");
        Assert.Contains("Government", speaker ?? "", StringComparison.Ordinal);
        Assert.Contains("union sources", speaker ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void TheyAfterACoordinatedSubjectIsTheWholeCoordination()
    {
        // 'Labour and the Tories have set out … . Inevitably they insist': "they" is both parties, not the first one.
        const string text = "Greens set out tax plan\n\nThe Greens will offer voters a higher top rate of tax. "
            + "Labour and the Tories have both set out rival plans for public spending. "
            + "Inevitably they insist there is no need to raise taxes to fund better services.\n";
        Assert.Equal("Labour and the Tories", SpeakerOf(text, "no need to raise taxes"));
    }

    [Theory]
    [InlineData("Secretary of State Clara Dunn said the talks would go on next week.", "Clara Dunn")]
    [InlineData("Chancellor of the Exchequer Tom Hale said the talks would go on next week.", "Tom Hale")]
    public void TheOfficeBeforeATitledNameIsNoPartOfTheSpeakersName(string sentence, string expected)
    {
        // 'Secretary of State Condoleezza Rice said' gave the speaker "State Condoleezza Rice": the word after an office's
        // "of" names the office, so the name read backwards from the person stops before it.
        string text = "Talks to resume\n\n" + sentence + "\n";
        Assert.Equal(expected, SpeakerOf(text, "the talks would go on"));
    }

    [Fact]
    public void WhoAfterANameAndItsAgeIsThatName()
    {
        // 'Staunton, 49, who told BBC News 24': the age between commas is no part of the relative pronoun's antecedent.
        const string text = "Debut nomination\n\nIt is also a first nomination for the actress Clara Dunn, 52, who told reporters she had not expected the film to appeal to voters.\n";
        Assert.Equal("Clara Dunn", SpeakerOf(text, "not expected the film to appeal"));
    }

    [Fact]
    public void APartyAndStateEpithetIsThePoliticianNamedBefore()
    {
        // '"…," the Texas Democrat said': the senator just named, not a speaker called "Texas Democrat".
        const string text = "Senator warns on trade\n\nSenate Finance Committee chairman Tom Hale said the resolution may put the trade agreement at risk.\n\n"
            + "\"We need a truly free trade agreement that both countries can live with,\" the Ohio Republican said in a statement.\n";
        Assert.Equal("Tom Hale", SpeakerOf(text, "truly free trade agreement"));
    }

    [Fact]
    public void AnInvertedCueAfterANonSubjectTakesTheSubjectAfterIt()
    {
        // '…, too says BT.' and 'It helps, said Mr Burke, that …': the words before the cue are no subject; the name after it speaks.
        const string text = "Broadband TV plans\n\nBut the service could be used for home security, \"pet cams\" and local news, too says Acme.\n\n"
            + "It helps, said Mr Ford, that people are more familiar with terms like \"digital\" and \"interactive\" than they were.\n";
        Assert.Equal("Acme", SpeakerOf(text, "pet cams"));
        Assert.Contains("Ford", SpeakerOf(text, "more familiar with terms") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void AVerbAfterButSharesTheSentencesSubjectNotTheFirstVerbsObject()
    {
        // 'The Pro-Life Alliance "congratulated" Mr Howard …, but said it did not go far enough': the alliance speaks.
        const string text = "Time limit row\n\nAnna Berg said she favoured a cut in the time limit for abortions. "
            + "The Family Rights Alliance \"congratulated\" Ms Berg on her stance, but said it did not go far enough.\n";
        Assert.Contains("Family Rights Alliance", SpeakerOf(text, "did not go far enough") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ASpokesmanOfAPossessorOpeningTheClauseSpeaksBeforeAParticiple()
    {
        // 'The prime minister's official spokesman also rejected the claims, saying:': the spokesman, not the prime minister.
        const string text = "Row over claims\n\nTom Hale faced claims that he had misled MPs. "
            + "The prime minister's official spokesman also rejected the claims, saying: \"There is no truth in them at all.\"\n";
        Assert.Equal("prime minister's official spokesman", SpeakerOf(text, "no truth in them"));
    }

    [Fact]
    public void ACoordinatedSubjectSpeaksThroughAParticipleAfterItsPredicate()
    {
        // 'Mr Magnier and Mr McManus issued a statement late on Friday saying that they remained "long-term investors"'.
        const string text = "Investors hold stake\n\nThe two men own a 29% stake in the club. "
            + "Mr Kavanagh and Mr Doherty issued a statement late on Friday saying that they remained \"long-term investors\" in the club.\n";
        string? speaker = SpeakerOf(text, "long-term investors");
        Assert.Contains("Kavanagh", speaker ?? "", StringComparison.Ordinal);
        Assert.Contains("Doherty", speaker ?? "", StringComparison.Ordinal);
    }
}
