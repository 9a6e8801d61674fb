using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Finding;

/// <summary>Transcript turns (<c>"HOST: …</c>): the label in capitals is the source. Texts written for the test.</summary>
public sealed class TranscriptLabelTests
{
    [Fact]
    public void ATurnRunningOverSeveralParagraphsIsItsLabelsNotThePreviousSpeakers()
    {
        const string text = "Interview transcript\n\n"
            + "\"OKAFOR: Will the dock strike be over by Friday?\n\n"
            + "\"KRAL: Well, look, the unions have been out there saying some pretty tough things about the port.\n\n"
            + "\"But the truth is that the port has a plan, and we will keep to it.\n\n"
            + "\"OKAFOR: Thank you.\n";
        NewsDocument doc = QuoteTestHelpers.Annotate(text);
        int at = text.IndexOf("Well, look", StringComparison.Ordinal);
        Quote q = Assert.Single(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.Equal("KRAL", QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal(RuleNames.TranscriptLabel, q.DecidedBy.Split('+')[0]);
        Assert.StartsWith("Well, look", QuoteTestHelpers.ContentText(doc, q), StringComparison.Ordinal);
    }
}
