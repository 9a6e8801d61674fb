using NewsNlp.Documents;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes;

/// <summary>The forward token search the sieves use for quotations in text order finds what the plain binary search finds.</summary>
public sealed class TokenSearchTests
{
    [Fact]
    public void SearchFromAHintFindsTheSameTokenAsTheBinarySearch()
    {
        NewsDocument document = QuoteTestHelpers.Annotate("“We are  ready,” she said.\n\nThe port,   said Anna Berg, would reopen on Monday . . . ‘soon’");
        using var v = new DocumentView(document, useEntities: false);
        Assert.True(v.Count > 10);
        for (int offset = -2; offset <= document.Text.Length + 2; offset++)
        {
            int expected = TokenSearch.IndexAt(v, offset);
            for (int from = -1; from <= v.Count + 1; from++)
            {
                Assert.Equal(expected, TokenSearch.IndexAt(v, offset, from));
            }
        }
    }
}
