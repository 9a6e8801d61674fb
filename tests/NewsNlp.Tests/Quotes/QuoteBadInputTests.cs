using System.Text;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;
using static NewsNlp.Tests.Quotes.QuoteTestHelpers;

namespace NewsNlp.Tests.Quotes;

public class QuoteBadInputTests
{
    // A plain paragraph first: a quote left open at a paragraph end followed by a paragraph opening with a mark is one multi-paragraph quotation.
    private const string Tail = "\n\nThe meeting ended.\n\n“We will win the vote,” said John Smith.";

    private static int TokenCount(string text)
    {
        var doc = new NewsDocument(text);
        new TokenizerStage().Process(doc, CancellationToken.None);
        return doc.Tokens.Count;
    }

    private static void AssertTailQuoteFound(NewsDocument doc)
    {
        Quote last = doc.Quotes[^1];
        Assert.Equal("We will win the vote,", ContentText(doc, last));
        Assert.Equal("John Smith", last.SpeakerName);
    }

    [Theory]
    [InlineData('“')]
    [InlineData('”')]
    [InlineData('"')]
    [InlineData('\'')]
    public void TenThousandUnbalancedMarks(char mark)
    {
        string text = "He said " + new string(mark, 10_000) + " and then left." + Tail;
        NewsDocument doc = Annotate(text);
        Assert.Equal(TokenCount(text), doc.Tokens.Count);
        AssertTailQuoteFound(doc);
    }

    [Fact]
    public void TenThousandSpacedUnbalancedMarks()
    {
        var sb = new StringBuilder("Opening words ");
        for (int i = 0; i < 10_000; i++)
        {
            sb.Append(i % 3 == 0 ? "“word " : i % 3 == 1 ? "“another " : "more” ");
        }

        string text = sb + Tail;
        NewsDocument doc = Annotate(text);
        Assert.Equal(TokenCount(text), doc.Tokens.Count);
        AssertTailQuoteFound(doc);
    }

    [Fact]
    public void QuoteThatNeverCloses()
    {
        string text = "“This quotation never closes and the paragraph ends without a mark, he said" + Tail;
        NewsDocument doc = Annotate(text);
        Assert.Equal(2, doc.Quotes.Count(q => q.Kind == QuoteKind.Direct));
        AssertTailQuoteFound(doc);
    }

    [Fact]
    public void FiveMegabyteSingleParagraph()
    {
        const string Unit = "“We will keep the port open,” said Anna Berg, the minister. Officials said the talks would continue next week. ";
        var sb = new StringBuilder(5 * 1024 * 1024 + Unit.Length);
        while (sb.Length < 5 * 1024 * 1024)
        {
            sb.Append(Unit);
        }

        string text = sb.ToString();
        int units = text.Length / Unit.Length;
        NewsDocument doc = Annotate(text);
        Assert.Single(doc.Paragraphs);
        Assert.True(doc.Quotes.Count(q => q.Kind == QuoteKind.Direct) >= units - 1, $"{doc.Quotes.Count} quotes for {units} units");
        Assert.Equal("Anna Berg", doc.Quotes[0].SpeakerName);
        Assert.Equal("Anna Berg", doc.Quotes[^2].SpeakerName);
    }

    [Fact]
    public void QuotesInsideQuotes()
    {
        NewsDocument doc = Annotate("“He told me ‘we will never give up the port’ and walked away,” said Anna Berg." + Tail);
        Quote first = doc.Quotes[0];
        Assert.Equal("He told me ‘we will never give up the port’ and walked away,", ContentText(doc, first));
        Assert.Equal("Anna Berg", first.SpeakerName);
        AssertTailQuoteFound(doc);
    }

    [Fact]
    public void DocumentOfOnlyQuoteMarks()
    {
        string text = string.Concat(Enumerable.Repeat("\"“”‘’''``«» \n", 2_000));
        NewsDocument doc = Annotate(text);
        Assert.Empty(doc.Quotes);
        Assert.Empty(doc.Speakers);
        Assert.Equal(TokenCount(text), doc.Tokens.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\\uD800 lone surrogate “and a quote,” he said \\uDC00")]
    [InlineData("\0\u0001\u0002 binary “junk” \uFFFF")]
    public void EmptyAndOddTextGiveAResult(string text)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);   // lone surrogates cannot live in attribute data
        NewsDocument doc = Annotate(text);
        Assert.True(doc.Has(AnnotationNames.Quotes));
    }

    [Fact]
    public void EntitiesAndTokensAreLeftIntact()
    {
        NewsDocument doc = NewsPipeline.CreateDefault().Process("Anna Berg met John Smith in Rotterdam.\n“We will win,” said Anna Berg.");
        int entities = doc.Entities.Count, tokens = doc.Tokens.Count;
        new QuoteStage().Process(doc, CancellationToken.None);
        Assert.Equal(entities, doc.Entities.Count);
        Assert.Equal(tokens, doc.Tokens.Count);
        Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void CancellationIsHonoured()
    {
        var doc = new NewsDocument("“We will win,” said Anna Berg.");
        new TokenizerStage().Process(doc, CancellationToken.None);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new QuoteStage().Process(doc, cts.Token));
    }
}
