using NewsNlp.Documents;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes;

public class QuoteMarkPairerTests
{
    private static List<string> Quotes(string text)
    {
        var paragraphs = new List<TextSpan>();
        int start = 0;
        foreach (string line in text.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                paragraphs.Add(new TextSpan(start, start + line.Length));
            }

            start += line.Length + 1;
        }

        var found = new List<QuotedSpan>();
        QuoteMarkPairer.Find(text, paragraphs, found);
        return found.ConvertAll(q => string.Join(" | ", q.Content.Select(c => text[c.Start..c.End])));
    }

    [Theory]
    [InlineData("He said “we will win” today.", "we will win")]
    [InlineData("He said \"we will win\" today.", "we will win")]
    [InlineData("He said ''we will win'' today.", "we will win")]
    [InlineData("He said ``we will win'' today.", "we will win")]
    [InlineData("He said ‘we will win’ today.", "we will win")]
    [InlineData("He said 'we will win' today.", "we will win")]
    [InlineData("He said «we will win» today.", "we will win")]
    public void FindsEveryQuoteStyle(string text, string expected) => Assert.Equal([expected], Quotes(text));

    [Theory]
    [InlineData("Reuters' reporters don't like the '90s or rock 'n' roll.")]
    [InlineData("It’s the country’s ’90s hit, Jones’ favourite.")]
    [InlineData("He is 6'2\" tall and the screen is 5\" wide.")]
    [InlineData("Norland\"s exports fell as the dollar\"s slide hurt Kestrel\"s firms.")]
    public void ApostrophesAndInchMarksAreNotQuotes(string text) => Assert.Empty(Quotes(text));

    [Fact]
    public void MultiParagraphQuoteIsOneQuotation()
    {
        List<string> found = Quotes("“First paragraph of the speech.\n“Second paragraph of it.\n“Last part,” she said.\nNext paragraph “another one” here.");
        Assert.Equal(2, found.Count);
        Assert.Equal("First paragraph of the speech. | Second paragraph of it. | Last part,", found[0]);
        Assert.Equal("another one", found[1]);
    }

    [Fact]
    public void ATranscriptTurnStartsANewQuotation()
    {
        List<string> found = Quotes("\"WALLACE: Let us start with the news.\n\"PENCE: Well, look at the numbers.\n\"They speak for themselves.\"");
        Assert.Equal(["WALLACE: Let us start with the news.", "PENCE: Well, look at the numbers. | They speak for themselves."], found);
    }

    [Fact]
    public void WrongWayOpeningMarkAtParagraphStart()
    {
        List<string> found = Quotes("” As long as there was a stalemate, nothing moved.”\nAfter.");
        Assert.Equal(["As long as there was a stalemate, nothing moved."], found);
    }

    [Fact]
    public void QuotesInsideQuotesKeepTheOuterPair()
    {
        List<string> found = Quotes("“He told me ‘no way’ and left,” she said. Then “a second one” came.");
        Assert.Equal(["He told me ‘no way’ and left,", "a second one"], found);
    }

    [Fact]
    public void UnclosedQuoteEndsAtParagraphAndLaterQuotesAreFound()
    {
        List<string> found = Quotes("“This never closes and goes on\nLater “this one closes” fine. And “another” too.");
        Assert.Equal(["This never closes and goes on", "this one closes", "another"], found);
    }

    [Fact]
    public void NewOpeningMarkEndsAnUnclosedQuote()
    {
        List<string> found = Quotes("“Unclosed start. Then “a real quote” ends.");
        Assert.Equal(["Unclosed start. Then", "a real quote"], found);
    }

    [Fact]
    public void OnlyQuoteMarksGiveNoQuotes()
    {
        Assert.Empty(Quotes("\"\"\"\"\"“”“”‘’''``"));
    }
}
