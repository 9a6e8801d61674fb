using NewsNlp.Documents;

namespace NewsNlp.Tests.DocumentParts;

/// <summary>Session 26: feed markup (AG News' <c>quot;</c>, escaped ticker links, backslash line breaks) made neutral in place.</summary>
public sealed class FeedMarkupTests
{
    [Fact]
    public void EscapedQuotationMarksBecomeMarksNextToTheirWords()
    {
        const string text = "He said,  quot;We will win. quot; The crowd cheered &quot;loudly&quot; then.";
        string neutral = FeedMarkup.Neutralize(text, out IReadOnlyList<TextSpan> blanked);
        Assert.Equal(text.Length, neutral.Length);
        Assert.Contains("\"We will win.\"", neutral, StringComparison.Ordinal);
        Assert.Contains("\"loudly\"", neutral, StringComparison.Ordinal);
        Assert.Empty(blanked);
    }

    [Fact]
    public void ATickerLinkBecomesSpacesAndIsReported()
    {
        const string text = "Acme Corp. &lt;A HREF=\"http://example.com/q?ticker=ACME.N\"&gt;ACME.N&lt;/A&gt; said on Monday profit rose.";
        string neutral = FeedMarkup.Neutralize(text, out IReadOnlyList<TextSpan> blanked);
        Assert.Equal(text.Length, neutral.Length);
        TextSpan link = Assert.Single(blanked);
        Assert.Equal("&lt;A HREF=\"http://example.com/q?ticker=ACME.N\"&gt;ACME.N&lt;/A&gt;", link.Slice(text).ToString());
        Assert.True(link.Slice(neutral).IsWhiteSpace());
        Assert.StartsWith("Acme Corp. ", neutral, StringComparison.Ordinal);
        Assert.EndsWith(" said on Monday profit rose.", neutral, StringComparison.Ordinal);
    }

    [Fact]
    public void ABackslashBetweenWordsIsALineBreakAndPlainTextIsReturnedAsItIs()
    {
        Assert.Equal("firms and banks", FeedMarkup.Neutralize("firms and\\banks", out _));
        const string plain = "Prices rose 5% in May, the office said.";
        Assert.Same(plain, FeedMarkup.Neutralize(plain, out IReadOnlyList<TextSpan> none));
        Assert.Empty(none);
    }
}
