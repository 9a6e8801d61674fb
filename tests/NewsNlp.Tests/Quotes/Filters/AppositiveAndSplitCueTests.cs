using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Filters;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 24 (quotes24): an appositive between a source and its cue is not what was said (<c>Okafor, one of the two
/// votes against the plan, said …</c>), and a cue that ends inside a noun phrase is no cue of saying (<c>who made the
/// rail line the centerpiece of her campaign</c>). Every text is written for the test.
/// </summary>
public sealed class AppositiveAndSplitCueTests
{
    [Theory]
    [InlineData("Council member Raymond Okafor, one of the two votes against the plan, said the city was wrong.", "said", "the plan", "Council member Raymond Okafor", true)]
    [InlineData("Mark Delgado, a Republican from Delaware County, said he would oppose the bill.", "said", "Delaware County", "Mark Delgado", true)]
    [InlineData("The economy, the minister said, would grow by 2 percent.", "said", "would grow by 2 percent", "the minister", false)]
    [InlineData("Okafor said the plan was wrong, adding that costs would rise.", "adding", "costs would rise", "Okafor", false)]
    public void AnAppositiveBetweenSourceAndCueIsNoContent(string text, string cue, string content, string source, bool dropped)
    {
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        QuoteDraft draft = QuoteTestHelpers.IndirectDraft(v, text, cue, content, source);
        using var context = new FilterContext(v, []);
        Assert.Equal(dropped ? FilterVerdict.Reject : FilterVerdict.Keep, new AppositiveContentFilter().Judge(context, draft));
    }

    [Theory]
    [InlineData("Whitfield, who made the rail line the centerpiece of her campaign, said work could begin in 2027.", "made the rail", "line the centerpiece of her campaign", true)]
    [InlineData("The senator long enjoyed a revered global standing for her push.", "long enjoyed a revered", "global standing for her push", true)]
    [InlineData("The union issued a statement saying the strike would go ahead.", "issued a statement", "saying the strike would go ahead", false)]
    [InlineData("The firm sent the letter calling the plan a disaster.", "sent the letter", "calling the plan a disaster", false)]
    [InlineData("The mayor made the case that the line would pay for itself.", "made the case", "that the line would pay for itself", false)]
    public void ACueEndingInsideANounPhraseIsNoSpeech(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new SplitNounPhraseCueFilter(), text, cue, content));

    [Fact]
    public void TheAppositiveLeavesOnlyTheReportedClause()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            "Rail vote\n\nThe council voted on Tuesday.\n\nCouncil member Raymond Okafor, one of the two votes against the plan, said the city was betting the budget on optimistic numbers.\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains("the plan", StringComparison.Ordinal));
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).StartsWith("the city was betting", StringComparison.Ordinal));
    }
}
