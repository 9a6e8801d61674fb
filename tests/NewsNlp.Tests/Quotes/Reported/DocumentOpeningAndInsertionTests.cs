using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Filters;
using NewsNlp.Quotes.Reported;

namespace NewsNlp.Tests.Quotes.Reported;

/// <summary>
/// Session 21 (quotes21), from a fresh scan of unlabelled news: a report made in a document opens its clause at a subject
/// pronoun or an opening quotation mark as well as at <c>that</c>; a reported clause cut at the comma that closes an
/// insertion in its subject, at a semicolon between list items or inside brackets, or where a report inside it begins runs
/// on; a sentence closing with its report says the whole clause; and a noun-and-verb cue word after an adjective is a noun. Every text is
/// written for the test.
/// </summary>
public sealed class DocumentOpeningAndInsertionTests
{
    private const string Lead = "Company results\n\nThe company met on Monday. ";

    [Theory]
    [InlineData("Texaco Canada said in the annual report it had a cash position of 808 mln dlrs.", "said in", "report it had a cash position of 808 mln dlrs", "it had a cash position of 808 mln dlrs")]
    [InlineData("The bank said in a statement it expects profits to rise this year.", "said", "in a statement it expects profits to rise this year", "it expects profits to rise this year")]
    [InlineData("The bank said in a statement it issued on Monday that profits would rise.", "said", "in a statement it issued on Monday that profits would rise", "profits would rise")]
    [InlineData("The bank said in a statement it issued on Monday profits would rise.", "said", "in a statement it issued on Monday profits would rise", null)]
    [InlineData("The bank said in the end it would stay.", "said", "in the end it would stay", null)]
    public void ADocumentAdjunctOpensAtItsClause(string sentence, string cue, string content, string? trimmed)
    {
        string text = Lead + sentence + "\n";
        (NewsDocument document, QuoteDraft draft) = Run(text, cue, content, RuleNames.None, SpeechEventOpening.Trim);
        Assert.Equal(trimmed ?? content, document.GetText(draft.Content[0]));
    }

    [Fact]
    public void AQuotationAfterASpeechAdjunctOpensTheContent()
    {
        NewsDocument doc = QuoteTestHelpers.AllActsPipeline.Process(
            Lead + "Ms Doi said in a speech in central Tokyo where shop owners oppose the tax \"The elections are a vote on the tax.\"\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q) == "\"The elections are a vote on the tax.\"");
    }

    [Theory]
    [InlineData("She said the surplus of 597 mln pesos, compared with a deficit a month earlier, reflected political uncertainty.", "said", "the surplus of 597 mln pesos, compared with a deficit a month earlier", "the surplus of 597 mln pesos, compared with a deficit a month earlier, reflected political uncertainty")]
    [InlineData("He said almost all candidates, whatever their party, are opposing the tax.", "said", "almost all candidates, whatever their party", "almost all candidates, whatever their party, are opposing the tax")]
    [InlineData("He said the company, a maker of pumps, based in Ohio, would grow.", "said", "the company, a maker of pumps", null)]
    [InlineData("He said the plan was good, and added that it would pass.", "said", "the plan was good", null)]
    public void AnInsertionInTheSubjectDoesNotEndTheClause(string sentence, string cue, string content, string? extended)
    {
        string text = Lead + sentence + "\n";
        (NewsDocument document, QuoteDraft draft) = Run(text, cue, content, RuleNames.LearnedPrefix + "-tagger", CommaInsertionRunOn.Extend);
        Assert.Equal(extended ?? content, document.GetText(draft.Content[^1]));
    }

    [Theory]
    [InlineData("The firm said it would only break even on the 1.2bn Australian dollars (£458m; $874m) rebuild after a rise in costs.", "said", "it would only break even on the 1.2bn Australian dollars (£458m", "it would only break even on the 1.2bn Australian dollars (£458m; $874m) rebuild after a rise in costs")]
    [InlineData("The company said Stuart Karl, president and chief executive officer; Court Shannon, executive vice president, and Gary Hunt, vice president, resigned.", "said", "Stuart Karl, president and chief executive officer", "Stuart Karl, president and chief executive officer; Court Shannon, executive vice president, and Gary Hunt, vice president, resigned")]
    [InlineData("The company said sales rose in the first quarter; Mr Smith, the chairman, was not available.", "said", "sales rose in the first quarter", null)]
    [InlineData("The company said Mr Smith, the chairman, would stay; Ms Jones, the chief executive, will leave.", "said", "Mr Smith, the chairman, would stay", null)]
    public void AListOrBracketSemicolonDoesNotEndTheClause(string sentence, string cue, string content, string? extended)
    {
        string text = Lead + sentence + "\n";
        (NewsDocument document, QuoteDraft draft) = Run(text, cue, content, RuleNames.LearnedPrefix + "-tagger", SemicolonRunOn.Extend);
        Assert.Equal(extended ?? content, document.GetText(draft.Content[^1]));
    }

    [Theory]
    [InlineData("Northrop Corp plans to spend 70 mln dlrs this year on research and development, the company said in its annual report.", "Northrop Corp plans to spend 70 mln dlrs this year on research and development")]
    [InlineData("Everyone could see the chancellor's \"sweeteners\", but these hid tax rises for hard working families, he said.", "Everyone could see the chancellor's \"sweeteners\", but these hid tax rises for hard working families")]
    public void AClosingReportSaysTheWholeClause(string sentence, string content)
    {
        NewsDocument doc = QuoteTestHelpers.DefaultPipeline.Process(Lead + sentence + "\n");
        Assert.Contains(doc.Quotes, q => QuoteTestHelpers.CueText(doc, q) == "said" && QuoteTestHelpers.ContentText(doc, q) == content);
    }

    [Theory]
    [InlineData("He said he plans to spend the $18 million he says he raised on the day after the debate.", "said", "he plans to spend the $18 million he", "says", "he raised on the day after the debate", "he plans to spend the $18 million he says he raised on the day after the debate")]
    [InlineData("Mook further asserted that Trump tells so many lies that Clinton could risk her message.", "asserted", "that Trump", "tells", "so many lies that Clinton could risk her message", "that Trump tells so many lies that Clinton could risk her message")]
    [InlineData("It also mentions policies she supported that Trump argues allowed the group to spread.", "mentions", "policies she supported that", "argues", "allowed the group to spread", "policies she supported that Trump argues allowed the group to spread")]
    [InlineData("Putin described the affair as a crackdown - and the BBC's correspondent in Moscow says most Russians agree.", "described", "the affair as a crackdown - and the BBC's correspondent in Moscow", "says", "most Russians agree", null)]
    [InlineData("He noted the centres would be checked The agency said it would act.", "noted", "the centres would be checked", "said", "it would act", null)]
    public void AReportInsideTheClauseDoesNotEndIt(string sentence, string cue, string content, string innerCue, string innerContent, string? extended)
    {
        string text = Lead + sentence + "\n";
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        (int cf, int ce) = QuoteTestHelpers.Tokens(v, text, cue);
        (int f, int e) = QuoteTestHelpers.Tokens(v, text, content);
        (int icf, int ice) = QuoteTestHelpers.Tokens(v, text, innerCue);
        (int jf, int je) = QuoteTestHelpers.Tokens(v, text, innerContent);
        var outer = new QuoteDraft { Kind = QuoteKind.Indirect, FirstToken = f, EndToken = e, DecidedBy = RuleNames.LearnedPrefix + "-tagger" };
        outer.Content.Add(v.Span(f, e));
        outer.SetCue(cf, ce);
        var inner = new QuoteDraft { Kind = QuoteKind.Indirect, FirstToken = jf, EndToken = je, DecidedBy = RuleNames.LearnedPrefix + "-tagger" };
        inner.Content.Add(v.Span(jf, je));
        inner.SetCue(icf, ice);
        using var state = new AttributionState(v);
        state.Drafts.Add(outer);
        state.Drafts.Add(inner);
        NestedSourceRunOn.Extend(v, state);
        Assert.Equal(extended ?? content, document.GetText(outer.Content[^1]));
    }

    [Theory]
    [InlineData("Concerns remain over the strength of the euro, weak domestic demand and a sluggish labour market.", "demand", "and a sluggish labour market", true)]
    [InlineData("Cuts in the rate have helped, boosting domestic demand and imports.", "demand", "and imports", true)]
    [InlineData("There were renewed calls for a ban on the drug.", "calls", "for a ban on the drug", true)]
    [InlineData("The unions demand a pay rise of five percent.", "demand", "a pay rise of five percent", false)]
    [InlineData("Workers in the plant claim they were not paid.", "claim", "they were not paid", false)]
    public void ANounCueAfterAnAdjectiveIsNoReport(string text, string cue, string content, bool action) =>
        Assert.Equal(action ? FilterVerdict.Action : FilterVerdict.Keep, QuoteTestHelpers.JudgeIndirect(new AdjectiveNounCueFilter(), text, cue, content));

    private static (NewsDocument Document, QuoteDraft Draft) Run(string text, string cue, string content, string decidedBy, Action<DocumentView, AttributionState> rule)
    {
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        (int cf, int ce) = QuoteTestHelpers.Tokens(v, text, cue);
        (int f, int e) = QuoteTestHelpers.Tokens(v, text, content);
        var draft = new QuoteDraft { Kind = QuoteKind.Indirect, FirstToken = f, EndToken = e, DecidedBy = decidedBy };
        draft.Content.Add(v.Span(f, e));
        draft.SetCue(cf, ce);
        using var state = new AttributionState(v);
        state.Drafts.Add(draft);
        rule(v, state);
        return (document, draft);
    }
}
