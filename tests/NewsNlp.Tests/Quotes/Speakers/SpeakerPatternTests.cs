using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// The wrong-speaker patterns measured on real news (issue 12), each in a short text written for the test, run through
/// the default pipeline (tokenizer, entity recogniser, linker, quotes) as the CLI runs it.
/// </summary>
public class SpeakerPatternTests
{
    private static readonly NewsPipeline Pipeline = NewsPipelineBuilder.CreateDefault().Build();

    [Fact]
    public void ColonLeadInKeepsItsOwnSpeakerNotTheNextSentences()
    {
        const string text = "Coalition splits over budget\n\nThe coalition was divided on Tuesday over the spending plan.\n\n"
            + "Party leader Anna Keller accused her partners of breaking their word on pensions. She told a radio show: \"We will not sign a budget that cuts the pensions of people who worked all their lives.\" Finance Minister Tobias Brandt said the plan was fair and would pass.\n";
        Assert.Equal("Anna Keller", SpeakerOf(text, "We will not sign"));
    }

    [Fact]
    public void NestedReportGivesTheInnerQuoteToTheInnerSpeaker()
    {
        const string text = "Mine talks stall\n\nWage talks at the mine stalled again on Monday.\n\n"
            + "According to union officials, mine manager Peter Dlamini said: \"There is no more money on the table this year.\" The union said it would consult its members.\n";
        Assert.Equal("Peter Dlamini", SpeakerOf(text, "There is no more money"));
    }

    [Fact]
    public void ContinuationAfterAnotherPersonTookTheFloorIsTheirs()
    {
        const string text = "Port strike widens\n\nDock workers extended their strike on Wednesday.\n\n"
            + "\"We will stay out until the company listens,\" said union leader Maria Visser. Hans de Boer, the port's chief executive, disagreed.\n\n"
            + "\"Every week of this strike costs us more than the raise would.\"\n";
        Assert.Equal("Maria Visser", SpeakerOf(text, "We will stay out"));
        Assert.Equal("Hans de Boer", SpeakerOf(text, "Every week of this strike"));
    }

    [Fact]
    public void ContinuationWithNoOneElseKeepsThePreviousSpeaker()
    {
        const string text = "Port strike widens\n\nDock workers extended their strike on Wednesday.\n\n"
            + "\"We will stay out until the company listens,\" said union leader Maria Visser.\n\n"
            + "\"Every week of this strike costs them more than the raise would.\"\n";
        Assert.Equal("Maria Visser", SpeakerOf(text, "Every week of this strike"));
    }

    [Fact]
    public void AppositiveNameAfterAnOrganisationsAnalystIsTheSpeaker()
    {
        const string text = "Rand slips\n\nThe rand weakened on Thursday as investors worried about power cuts.\n\n"
            + "\"The outages are hurting confidence and growth,\" a Nedbank analyst, Thandi Mokoena, said in a note.\n";
        Assert.Equal("Thandi Mokoena", SpeakerOf(text, "The outages are hurting"));
    }

    [Fact]
    public void PronounSkipsAnEarlierWordThatCannotBeAWoman()
    {
        const string text = "Minister defends reform\n\nLabour Minister Claire Martin defended the pension reform on Friday.\n\n"
            + "Martin said the changes were needed to keep the system solvent. Unions have called a national strike for next week.\n\n"
            + "Opposition lawmakers called the reform unjust and said it would hurt the poor.\n\n"
            + "Later in the day she told reporters that the government would not back down.\n";
        Assert.Equal("Claire Martin", SpeakerOf(text, "the government would not back down"));
    }

    [Fact]
    public void PronounSkipsAPersonOfTheOtherGender()
    {
        const string text = "Election race tightens\n\nSenator Laura Diaz spoke in Denver on Monday. Her rival, Mark Owens, was in Boise.\n\n"
            + "She said the race was closer than the polls showed.\n";
        Assert.Equal("Laura Diaz", SpeakerOf(text, "the race was closer"));
    }

    [Fact]
    public void ADocumentsClaimIsTheDocumentsNotAPersonNamedInIt()
    {
        const string text = "New book on the president\n\nA new book about the White House went on sale on Tuesday.\n\n"
            + "The book says former adviser John Miller ordered staff to delete the emails. Miller has denied wrongdoing.\n";
        string? speaker = SpeakerOf(text, "ordered staff to delete");
        Assert.NotNull(speaker);
        Assert.Contains("book", speaker, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The speaker of the quote whose content holds <paramref name="words"/> (fails when no quote does).</summary>
    private static string? SpeakerOf(string text, string words)
    {
        NewsDocument doc = Pipeline.Process(text);
        int at = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, "the words are in the text");
        Quote? quote = doc.Quotes.FirstOrDefault(q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.True(quote is not null, $"a quote holds '{words}'; found: {string.Join(" / ", doc.Quotes.Select(q => string.Join(" | ", q.Content.Select(doc.GetText))))}");
        return quote.SpeakerName;
    }
}
