using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Words reported through a raising passive (<c>X is alleged to have said that …</c>, <c>X is understood to have told
/// colleagues …</c>) are the subject's speech, with the inner verb as the cue; a raising passive before another verb
/// (<c>is said to have cost</c>) stays a rumour, which the default acts leave out. Every text is written for the test;
/// on main 04fef02 the reports were read as another act with the participle as the cue and no speech came out.
/// </summary>
public sealed class RaisedReportTests
{
    private const string Lead = "Harbour sale row\n\nThe talks ended on Monday. ";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Theory]
    [InlineData("The port's chairman is alleged to have said that the sale was finished.", "said", "the sale was finished", "The port's chairman")]
    [InlineData("Mr Harlow was reported to have said that the sale was finished.", "said", "the sale was finished", "Mr Harlow")]
    [InlineData("The minister is understood to have told colleagues that the sale was finished.", "told", "the sale was finished", "The minister")]
    public void ARaisingPassiveBeforeAVerbOfSayingReportsTheSubjectsWords(string sentence, string cue, string content, string source)
    {
        NewsDocument doc = ByDefault.Process(Lead + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(cue, QuoteTestHelpers.CueText(doc, q));
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.EndsWith(source.Split(' ')[^1], QuoteTestHelpers.SourceText(doc, q) ?? "", StringComparison.Ordinal);
        Assert.Equal(AttributionAct.Speech, q.Act);
    }

    [Fact]
    public void ARaisingPassiveBeforeAnotherVerbIsNoSpeech()
    {
        NewsDocument doc = ByDefault.Process(Lead + "The painting is said to have cost more than ten million pounds.\n");
        Assert.Empty(doc.Quotes);
    }
}
