using NewsNlp.Documents;
using NewsNlp.Quotes.Filters;
using static NewsNlp.Tests.Quotes.QuoteTestHelpers;
using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Session 27 (lead), from the seed <c>manila-typhoon-forecast</c>: an agency story's dateline is no part of the first
/// sentence and its agency is nobody's antecedent; a possessed cue noun with a preposition is no report; people of a place
/// speak as the whole phrase; a role in apposition before a name is the source's description, not content, and closes a
/// report as its subject.
/// </summary>
public class AgencyStory27Tests
{
    [Fact]
    public void ParticipleAfterADatelineWhoseFirstWordTheTaggerTookAsSource()
    {
        const string text = "Lender trims outlook\n\nLIMA, May 2 (AFP) - The Andean Finance Fund (AFF) has cut its forecast, "
            + "saying floods and weaker copper prices would weigh on the economy.\n";
        Assert.Equal("Andean Finance Fund", SpeakerOf(text, "floods and weaker copper prices"));
    }

    [Fact]
    public void TheAgencyOfTheDatelineIsNoAntecedent()
    {
        const string text = "Lender trims outlook\n\nLIMA, May 2 (AFP) - The fund has cut its growth forecast for Peru to 3 percent this year, "
            + "saying floods would weigh on the economy.\n";
        string? speaker = SpeakerOf(text, "floods would weigh");
        Assert.NotEqual("AFP", speaker);
        Assert.Contains("fund", speaker ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("The fund has cut its growth forecast for Peru to 3 percent this year.", "forecast for", "Peru to 3 percent this year", true)]
    [InlineData("Analysts raised their price estimate of the shares to $40 after the results.", "estimate of", "the shares to $40 after the results", true)]
    [InlineData("The minister repeated his warning that fuel prices would rise again.", "warning", "that fuel prices would rise again", false)]
    public void APossessedCueNounBeforeAPrepositionIsNoReport(string sentence, string cue, string content, bool action)
    {
        string text = "Outlook\n\n" + sentence + "\n";
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, JudgeIndirect(new PossessedNounCueFilter(), text, cue, content));
    }

    [Theory]
    [InlineData("Families in the worst affected areas say help has been slow.", "Families in the worst affected areas")]
    [InlineData("Families in the hardest-hit areas said help has been slow.", "Families in the hardest-hit areas")]
    public void PeopleOfAPlaceSpeakAsTheWholePhrase(string sentence, string expected)
    {
        string text = "Relief slow\n\n" + sentence + "\n";
        Assert.Equal(expected, SpeakerOf(text, "help has been slow"));
    }

    [Fact]
    public void ARolePhraseInAppositionBeforeTheSourceIsNoContent()
    {
        const string text = "Library to close\n\nThe council voted on Monday. The council's leader, Rob Hennessy, said the authority had no choice after its budget was cut.\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        Assert.DoesNotContain(doc.Quotes, q => q.Content.Any(c => doc.GetText(c).Contains("leader", StringComparison.Ordinal)));
        Assert.Equal("Rob Hennessy", SpeakerOf(text, "the authority had no choice"));
    }

    [Theory]
    [InlineData("Prices will rise again next year, the minister, John Smith, said on Monday.", "John Smith")]
    [InlineData("The company will cut 500 jobs in its factories by the end of the year, the firm's chief executive, Jane Doe, said on Monday.", "Jane Doe")]
    public void AClosingReportByARoleWithTheNameInApposition(string sentence, string expected)
    {
        string text = "Outlook\n\n" + sentence + "\n";
        Assert.Equal(expected, SpeakerOf(text, sentence[..20]));
    }
}
