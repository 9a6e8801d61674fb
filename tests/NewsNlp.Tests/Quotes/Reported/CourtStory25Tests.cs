using NewsNlp.Documents;
using NewsNlp.Tests.Quotes.Speakers;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 25 (lead, seed <c>denver-crash-trial</c>): a closing report followed by a long chain of time and place phrases
/// (<c>AdjunctTail</c>) reports the clause before it, whether the learned tagger read the tail as content or left the
/// sentence alone; a clause opening with a preposition's object after a bare verb of saying starts at <c>that</c>
/// (<c>PrepositionObjectOpening</c>).
/// </summary>
public class CourtStory25Tests
{
    private static Quote QuoteAt(NewsDocument doc, string text, string words)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        return Assert.Single(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End));
    }

    [Theory]
    [InlineData("The company will cut 500 jobs, the chief executive said on Monday at a conference in Paris.", "the chief executive")]
    [InlineData("The company will cut 500 jobs, chief executive Anna Berg said on Monday at a conference in Paris.", "chief executive Anna Berg")]
    [InlineData("A delivery driver ran a red light before the crash, a witness said Tuesday on the second day of the trial.", "a witness")]
    [InlineData("A delivery driver ran a red light seconds before a crash that killed two cyclists, a witness testified Tuesday on the second day of his manslaughter trial.", "a witness")]
    public void ClosingReportBeforeALongAdjunctTailReportsTheClauseBeforeIt(string sentence, string source)
    {
        string text = "Headline\n\n" + sentence + "\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        Quote quote = QuoteAt(doc, text, sentence[..12]);
        string content = string.Concat(quote.Content.Select(doc.GetText));
        Assert.Equal(sentence[..sentence.IndexOf(", ", StringComparison.Ordinal)].Length, content.Length);
        Assert.Equal(source, quote.Source is { } s ? doc.GetText(s) : null);
        Assert.NotNull(quote.Cue);
        Assert.DoesNotContain(' ', doc.GetText(quote.Cue!.Value));
    }

    [Theory]
    [InlineData("Prices will rise, the minister said on Monday that the bank had warned of a slowdown in the economy.")]
    [InlineData("Prices will rise, he said in an interview with the BBC that was broadcast on Monday.")]
    public void TailWithAClauseIsNoAdjunct(string sentence)
    {
        string text = "Headline\n\n" + sentence + "\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        int at = text.IndexOf("Prices", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Quotes, q => q.Content.Any(c => c.Start <= at && at < c.End) && q.Content.Count == 1
            && doc.GetText(q.Content[0]) == "Prices will rise");
    }

    [Fact]
    public void ObjectAfterAClosingCueStaysTheContent()
    {
        const string text = "Headline\n\nIn her 2003 book, Living History, Clinton noted the clot's existence.\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        Assert.DoesNotContain(doc.Quotes, q => q.Content.Any(c => doc.GetText(c).Contains("2003 book", StringComparison.Ordinal)));
    }

    [Fact]
    public void ClauseAfterAClosingCueStaysTheContent()
    {
        const string text = "Headline\n\nAsked if central banks might act to prevent a sharp rise in the dollar, he said this would depend on the circumstances.\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        Quote quote = QuoteAt(doc, text, "would depend");
        Assert.StartsWith("this would depend", doc.GetText(quote.Content[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeClauseOnAnInvertedSpeakerIsNoContent()
    {
        const string text = "Headline\n\nA deal could be announced as soon as next week, said the people, who asked not to be identified because the talks are private. "
            + "Another deal fell through last year, said the bankers, who asked not to be named.\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        Quote quote = QuoteAt(doc, text, "A deal could");
        Assert.Equal("A deal could be announced as soon as next week", string.Join("|", quote.Content.Select(doc.GetText)));
        Assert.Equal("the people", quote.Source is { } s ? doc.GetText(s) : null);
    }

    [Theory]
    [InlineData("on a conference call")]
    [InlineData("in a phone call")]
    public void CallAfterItsKindIsANoun(string phrase)
    {
        string text = "Headline\n\nSandra Voigt told analysts " + phrase + " last month that the company was \"actively looking\" for acquisitions.\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        Quote quote = QuoteAt(doc, text, "actively looking");
        Assert.Equal("told", quote.Cue is { } c ? doc.GetText(c) : null);
        Assert.StartsWith("the company was", doc.GetText(quote.Content[0]), StringComparison.Ordinal);
        Assert.Equal(AttributionAct.Speech, quote.Act);
    }

    [Fact]
    public void RelativeClauseOnAnInvertedSpeakerKeepsTheReport()
    {
        const string text = "Headline\n\nThe chain has done well in the towns that its new stores are aimed at, said Ms Lane, who also expected several rival grocers to cut their prices in response.\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        Quote quote = QuoteAt(doc, text, "The chain has");
        Assert.Equal("The chain has done well in the towns that its new stores are aimed at", string.Join("|", quote.Content.Select(doc.GetText)));
    }

    [Theory]
    [InlineData("one of the people")]
    [InlineData("two of the officials")]
    public void OneOfAGroupClosesTheReport(string subject)
    {
        string text = "Headline\n\nThe venture firm has pushed the company to explore a sale since its shares slumped, " + subject + " said.\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        Quote quote = QuoteAt(doc, text, "explore a sale");
        Assert.Equal("The venture firm has pushed the company to explore a sale since its shares slumped", string.Join("|", quote.Content.Select(doc.GetText)));
        Assert.Equal(subject, quote.Source is { } s ? doc.GetText(s) : null);
    }

    [Fact]
    public void ClauseAfterALongPrepositionalObjectStartsAtThat()
    {
        const string text = "Headline\n\nThe company said in a filing with the U.S. Securities and Exchange Commission in October that it expected to seek approval next year.\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        Quote quote = QuoteAt(doc, text, "it expected");
        Assert.Equal("it expected to seek approval next year", doc.GetText(quote.Content[0]));
    }

    [Theory]
    [InlineData("wrote on Facebook")]
    [InlineData("said in an interview")]
    [InlineData("told reporters outside the court")]
    [InlineData("wrote in a note to clients")]
    public void ClauseAfterAPrepositionsObjectStartsAtThat(string cue)
    {
        string text = "Headline\n\nHis wife, Anna Lindqvist, " + cue + " that she would \"not stop until the roads are safe.\"\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        Quote quote = QuoteAt(doc, text, "she would");
        Assert.StartsWith("she would", doc.GetText(quote.Content[0]), StringComparison.Ordinal);
    }
}
