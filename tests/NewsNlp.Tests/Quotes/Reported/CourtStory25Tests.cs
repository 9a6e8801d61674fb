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

    [Theory]
    [InlineData("wrote on Facebook")]
    [InlineData("said in an interview")]
    [InlineData("told reporters outside the court")]
    public void ClauseAfterAPrepositionsObjectStartsAtThat(string cue)
    {
        string text = "Headline\n\nHis wife, Anna Lindqvist, " + cue + " that she would \"not stop until the roads are safe.\"\n";
        NewsDocument doc = QuoteProbe.Pipeline.Process(text);
        Quote quote = QuoteAt(doc, text, "she would");
        Assert.StartsWith("she would", doc.GetText(quote.Content[0]), StringComparison.Ordinal);
    }
}
