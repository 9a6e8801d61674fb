using NewsNlp.Quotes.Filters;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 19's leftovers from unlabelled scans (quotes19): questions someone dodged were put by others (<c>brushed aside
/// questions over why …</c>), and a relative clause on a noun is no reported clause (<c>opposes any legislation
/// that would …</c>). Every text is written for the test.
/// </summary>
public sealed class DodgedQuestionAndRelativeClauseTests
{
    [Theory]
    [InlineData("The chancellor brushed aside questions over why the budget had been delayed.", "brushed aside questions over", "why the budget had been delayed", true)]
    [InlineData("The minister faced questions about whether the contract was legal.", "faced questions about", "whether the contract was legal", true)]
    [InlineData("The coach sidestepped questions on when he would name his captain.", "sidestepped questions on", "when he would name his captain", true)]
    [InlineData("The report raised questions about whether the contract was legal.", "raised questions about", "whether the contract was legal", false)]
    [InlineData("The minister said the contract was legal.", "said", "the contract was legal", false)]
    public void QuestionsSomeoneDodgedWerePutByOthers(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new DodgedQuestionFilter(), text, cue, content));

    [Theory]
    [InlineData("The senator opposes any legislation that would raise the tax on fuel.", "opposes any legislation", "would raise the tax on fuel", true)]
    [InlineData("The union rejected the offer which would have cut overtime pay.", "rejected the offer", "would have cut overtime pay", true)]
    [InlineData("The minister said that would be a mistake.", "said", "would be a mistake", false)]
    [InlineData("China warned the North to refrain from further steps that would worsen the crisis.", "warned", "would worsen the crisis", true)]
    [InlineData("The minister told reporters that would be a mistake.", "told", "would be a mistake", false)]
    [InlineData("The senator opposes any legislation that raises the tax on fuel.", "opposes any legislation", "raises the tax on fuel", false)]
    public void ARelativeClauseOnTheCuesObjectIsNoReport(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new RelativeClauseContentFilter(), text, cue, content));
}
