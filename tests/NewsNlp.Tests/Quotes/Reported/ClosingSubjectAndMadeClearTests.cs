using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 14's pattern scan of fresh unlabelled news (quotes14): a closing report whose subject is a coordination, is
/// followed by a place adverb (<c>…, foreign bankers and government officials here said.</c>) or has a title (<c>…, Mr Ruiz
/// said.</c>, from speakers14's fresh articles), and a statement made clear
/// (<c>X made it clear he was …</c>). Every text is written for the test; each case was checked to change on main
/// c6fe39c (the clause was read as the tagger's intention <c>sought to …</c>, or not found).
/// </summary>
public sealed class ClosingSubjectAndMadeClearTests
{
    private const string Lead = "Kestrel debt talks stall\n\nThe talks ended on Monday. ";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Theory]
    [InlineData("Under this proposal, it sought to defer payments until June, officials here said.", "officials")]
    [InlineData("Under this proposal, it sought to defer payments until June, Mr Ruiz said.", "Mr Ruiz")]
    [InlineData("Under this proposal, it sought to defer payments until June, foreign bankers and government officials here said.", "foreign bankers")]
    public void AClosingReportsSubjectIsReadPastAPlaceAdverbAndOverACoordination(string sentence, string sourceStart)
    {
        NewsDocument doc = ByDefault.Process(Lead + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("Under this proposal, it sought to defer payments until June", QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal("said", QuoteTestHelpers.CueText(doc, q));
        Assert.StartsWith(sourceStart, QuoteTestHelpers.SourceText(doc, q), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mr Harlow made it clear he was determined to fight the ruling.", "made it clear", "he was determined to fight the ruling")]
    [InlineData("The minister has made it plain that the harbour would be sold.", "made it plain", "the harbour would be sold")]
    public void MakingItClearIsAStatement(string sentence, string cue, string content)
    {
        NewsDocument doc = ByDefault.Process(Lead + sentence + "\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(cue, QuoteTestHelpers.CueText(doc, q));
        Assert.Equal(content, QuoteTestHelpers.ContentText(doc, q));
        Assert.Equal(AttributionAct.Speech, q.Act);
    }
}
