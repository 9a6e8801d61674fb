using NewsNlp.Quotes;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Tests.Quotes.Sources;

/// <summary>
/// A participle cue after a comma takes the subject of the clause it hangs on, also after one adverb and when the
/// participle is no listed cue verb; a participle opening a prepositional phrase does not. Every sentence is written for
/// the test.
/// </summary>
public sealed class ParticipleSubjectTests
{
    [Theory]
    [InlineData("The harbour board was pleased, saying the port would reopen.", "saying", "The harbour board")]
    [InlineData("The harbour board was pleased, perhaps recognizing that the port would reopen.", "recognizing", "The harbour board")]
    [InlineData("The harbour board was pleased, recognizing that the port would reopen.", "recognizing", "The harbour board")]
    [InlineData("In the meeting room, the dock workers were calm, apparently hoping that the port would reopen.", "hoping", "the dock workers")]
    [InlineData("The harbour board met ten firms, including Vantor and Dunmore Freight.", "including", null)]
    public void AParticipleAfterACommaTakesTheClauseSubject(string text, string cue, string? expected)
    {
        using var v = new DocumentView(QuoteTestHelpers.Annotate(text), useEntities: false);
        int at = TokenSearch.IndexAt(v, text.IndexOf(cue, StringComparison.Ordinal));
        var d = new QuoteDraft();
        d.SetCue(at, at + 1);
        ParticipleSubject.Apply(v, d);
        string? got = d.HasSource ? text[v.Starts[d.SourceFirst]..v.Ends[d.SourceEnd - 1]] : null;
        Assert.Equal(expected, got);
    }
}
