using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Quotes.Finding;

/// <summary>
/// Session 28: an insertion between a reported clause's subject and its verb (<c>Analysts said the bank, Europe's largest
/// lender, would cut jobs.</c>) sank the tagger's margin at its commas, and the whole report was lost or cut at the first
/// comma. Every text is written for the test (invented firms, people and places).
/// </summary>
public sealed class InsertionInReportedClauseTests
{
    private static readonly NewsPipeline Pipeline = NewsPipelineBuilder.CreateDefault().Build();

    [Theory]
    [InlineData("Shares in Norland Bank fell sharply on Tuesday. Analysts said the bank, Europe's largest lender, would cut jobs. The bank's chief executive declined to comment.",
        "the bank, Europe's largest lender, would cut jobs", "Analysts")]
    [InlineData("Trade union leaders were angry. Officials said the new rules, which take effect in June, would cut costs for small firms.",
        "the new rules, which take effect in June, would cut costs for small firms", "Officials")]
    [InlineData("Trade union leaders were angry. Councillor Rita Okonjo spoke first. She said the first plan, in 1998, failed.",
        "the first plan, in 1998, failed", "Rita Okonjo")]
    [InlineData("Trade union leaders were angry. Okonjo said the plan, announced in June, was too costly.",
        "the plan, announced in June, was too costly", "Okonjo")]
    public void TheWholeClauseIsReported(string paragraph, string content, string speaker)
    {
        NewsDocument doc = Pipeline.Process("Bank to cut jobs\n\n" + paragraph + "\n");
        int at = doc.Text.IndexOf(content, StringComparison.Ordinal);
        Quote q = Assert.Single(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("said", QuoteTestHelpers.CueText(doc, q));
        Assert.Contains(speaker, q.SpeakerName, StringComparison.Ordinal);
    }
}
