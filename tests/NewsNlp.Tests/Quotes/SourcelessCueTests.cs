using NewsNlp.Documents;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Sources;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes;

/// <summary>Passive and seeming cues carry no source mention (PolNeAR's convention); active reporting verbs do.</summary>
public sealed class SourcelessCueTests
{
    [Theory]
    [InlineData("Mr. Quiros was accused of using the money.", "was accused of", true)]
    [InlineData("The senator has been harshly criticized for the vote.", "has been harshly criticized for", true)]
    [InlineData("The storm is not thought to be dangerous.", "is not thought", true)]
    [InlineData("The plan seems doomed.", "seems", true)]
    [InlineData("Officials are expected to approve it.", "are expected", true)]
    [InlineData("Anna Berg accused the mayor of lying.", "accused", false)]
    [InlineData("The minister said the border would reopen.", "said", false)]
    [InlineData("He was quoted as saying the port would close.", "was quoted as saying", false)]
    [InlineData("She has been saying that for years.", "has been saying", false)]
    [InlineData("The plan was widely criticized as reckless.", "criticized", true)]
    [InlineData("Asked about the plan, Clinton said it would work.", "Asked", true)]
    [InlineData("Clinton reportedly wants a recount.", "reportedly", true)]
    [InlineData("Clinton asked whether the plan would work.", "asked", false)]
    [InlineData("The plan will work, Clinton said when asked whether it was ready.", "asked", true)]
    [InlineData("After being asked about the plan, Clinton smiled.", "asked", true)]
    [InlineData("Clinton smiled when first asked about the plan.", "asked", true)]
    [InlineData("Clinton smiled when asked by a reporter about the plan.", "asked", false)]
    [InlineData("The mayor, who asked about the plan, left early.", "asked", false)]
    [InlineData("Dock owners were also incensed that the deal went ahead.", "were also incensed", false)]
    [InlineData("We are convinced the port will reopen.", "are convinced", false)]
    [InlineData("The deal was signed that the port would reopen.", "was signed", true)]
    public void PassiveAndSeemingCuesHaveNoSource(string text, string cue, bool sourceless)
    {
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        int start = text.IndexOf(cue, StringComparison.Ordinal);
        int first = TokenSearch.IndexAt(v, start);
        int end = TokenSearch.IndexAt(v, start + cue.Length - 1) + 1;
        Assert.Equal(sourceless, SourceFinder.IsSourcelessCue(v, first, end));
    }
}
