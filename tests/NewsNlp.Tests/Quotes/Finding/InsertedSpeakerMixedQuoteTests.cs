using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Finding;

/// <summary>
/// Session 14's pattern scan (quotes14): a report inserted between commas with its speaker after the verb, before a
/// quoted fragment (<c>Ultimately, there will be, says Mr X, no value in being "…"</c>), is that speaker's, not the
/// sentence's first word's. Texts written for the test; checked to change on main c6fe39c (source "Ultimately").
/// </summary>
public sealed class InsertedSpeakerMixedQuoteTests
{
    [Fact]
    public void TheSpeakerAfterAnInsertedVerbOfSayingIsTheSource()
    {
        NewsDocument doc = QuoteTestHelpers.DefaultPipeline.Process("Kestrel firm looks ahead\n\n"
            + "The firm was founded in 1998. Ultimately, there will be, says Mr Harlow, no value in being \"computer illiterate\".\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("Mr Harlow", QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal("says", QuoteTestHelpers.CueText(doc, q));
        Assert.Equal("no value in being \"computer illiterate\"", QuoteTestHelpers.ContentText(doc, q));
    }
}
