using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Filters;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Session 16's pattern scan of fresh unlabelled news (quotes16): a cue word heading a noun phrase of a determiner and
/// modifiers (<c>a new label</c>, <c>an estimated 2,000</c>), no comment with an adjective (<c>had no immediate comment
/// on</c>), calling oneself a name, a judged subject (<c>criticised for</c>, <c>attracted criticism for</c>), a topic after
/// <c>discuss</c> or a cue closed by <c>about</c>, and a reported clause opened right after an inserted cue (<c>In a bid to
/// cut costs, Harwell said it has …</c>). Every text is written
/// for the test (invented people, places and firms); the pipeline cases were checked to fail on main c293ca8.
/// </summary>
public sealed class NounHeadAndSubjectPhraseTests
{
    private const string Headline = "Harbour plan stalls in Kestrel\n\n";

    private static NewsPipeline ByDefault => QuoteTestHelpers.DefaultPipeline;

    [Theory]
    [InlineData("Tony Vale, the music mogul who set up Harbour Records in the 1990s, is to launch a new label - convinced he has discovered "
        + "his \"third great band\".", "label")]
    [InlineData("Ms Vale thinks the duo - signed to her K2 label, the second version of Harbour - will \"steal the show\".", "label")]
    [InlineData("Harbour Water officials had no immediate comment on the ruling.", "had no immediate comment on")]
    [InlineData("They called themselves the Night Owls and met every Tuesday.", "called")]
    [InlineData("With Tom Reed criticised for prolonging the row over his tackles, the coach stayed silent.", "criticised for")]
    [InlineData("Labour has attracted sharp criticism for using the new rules to dig up old files.", "has attracted sharp criticism for")]
    [InlineData("A panel of the Harbour Board will discuss plans for merging the two ports on Monday.", "will discuss")]
    [InlineData("They could then boast about their cracking skills without giving away their real names.", "could then boast about")]
    public void ACueWordThatReportsNoStatementIsNotReportedByDefault(string sentence, string cue)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == cue);
    }

    [Theory]
    [InlineData("The agency said in its annual statement that it had assets of 25 billion dlrs at the end of 1986.", "it had assets of 25 billion dlrs at the end of 1986")]
    [InlineData("A senior official says the plan is dead.", "the plan is dead")]
    [InlineData("The plan will hurt small firms, he told his staff.", "The plan will hurt small firms")]
    public void ReportsBesideThoseShapesStay(string sentence, string content)
    {
        NewsDocument doc = ByDefault.Process(Headline + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == content);
    }

    [Theory]
    [InlineData("The storm cut power to 40 towns and an estimated 9,000 homes were still dark.", "an estimated", "9,000 homes were still dark")]
    [InlineData("The bank took a pre-tax charge of $40m in the quarter.", "charge", "of $40m in the quarter")]
    [InlineData("Ms Vale signed to her K2 label, the second version of Harbour.", "label", ", the second version of Harbour")]
    public void ACueInsideANounPhraseOfModifiersIsAnAction(string text, string cue, string content)
    {
        Assert.Equal(FilterVerdict.Action, QuoteTestHelpers.JudgeIndirect(new ModifiedNounCueFilter(), text, cue, content));
    }

    [Theory]
    [InlineData("A senior official says the plan is dead.", "says", "the plan is dead")]
    [InlineData("Each new recruit says the plan is dead.", "says", "the plan is dead")]
    [InlineData("The agency said in its annual statement that it had assets.", "statement", "it had assets")]
    public void ACueAfterAHeadNounAPastFormOrAVerbOfSayingStays(string text, string cue, string content)
    {
        Assert.Equal(FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new ModifiedNounCueFilter(), text, cue, content));
    }

    [Fact]
    public void AReportedClauseOpeningRightAfterAnInsertedCueIsTheContent()
    {
        NewsDocument doc = ByDefault.Process(Headline + "In a bid to cut costs, Harwell said it has already closed two plants, three shops and a depot.\n");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("it has already closed two plants, three shops and a depot", QuoteTestHelpers.ContentText(doc, q));
    }
}
