using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Source mentions repaired after the source ranker: the quoted person of <c>quoted X as saying</c>, the person of
/// <c>X of &lt;firm&gt; said</c>, the subject of a verb of saying coordinated with an earlier verb, the organisation of
/// <c>a spokesman for &lt;firm&gt; (ACR)</c>, the person after an institution named after someone. Every text is written
/// for the test (invented people, places and firms).
/// </summary>
public sealed class SourceRepairFilterTests
{
    private static readonly NewsPipeline Pipeline = NewsPipelineBuilder.CreateDefault().Build();

    [Theory]
    [InlineData("Mr Varga was quoted by Dunmore radio as saying the strike would go on.", "the strike would go on", "Varga")]
    [InlineData("The Norland news agency quoted Mr Varga as saying the strike would go on.", "the strike would go on", "Varga")]
    public void TheQuotedPersonIsTheSourceNotTheAgencyQuotingThem(string sentence, string content, string source)
    {
        Quote q = QuoteHolding(Pipeline.Process("Strike talk\n\n" + sentence + "\n"), content, out NewsDocument doc);
        Assert.Contains(source, QuoteTestHelpers.SourceText(doc, q), StringComparison.Ordinal);
        Assert.Contains(source, q.SpeakerName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tomas Varga of Kral Brothers, Dunmore Capital and Co said the market would fall.", "the market would fall")]
    [InlineData("\"The market will fall,\" said Tomas Varga of Kral Brothers, adding that bonds were safer.", "bonds were safer")]
    public void APersonNamedWithTheirFirmSpeaksNotTheFirm(string sentence, string content)
    {
        Quote q = QuoteHolding(Pipeline.Process("Market view\n\n" + sentence + "\n"), content, out NewsDocument doc);
        Assert.Equal("Tomas Varga", QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal("Tomas Varga", q.SpeakerName);
    }

    [Theory]
    [InlineData("The Dunmore Hunt Trust \"congratulated\" Mr Okafor on his stand, but said it did not go far enough.")]
    [InlineData("The Dunmore Hunt Trust congratulated Mr Okafor on his courage but said it did not go far enough.")]
    public void AVerbOfSayingAfterAndOrButSharesTheSubjectOfTheVerbBeforeIt(string sentence)
    {
        Quote q = QuoteHolding(Pipeline.Process("Hunting row\n\n" + sentence + "\n"), "it did not go far enough", out NewsDocument doc);
        Assert.Equal("The Dunmore Hunt Trust", QuoteTestHelpers.SourceText(doc, q));
        Assert.DoesNotContain("Okafor", q.SpeakerName ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oxfam senior policy adviser Ana Ruiz welcomed the statement and said the ministers had done well.", "Ana Ruiz")]
    [InlineData("The trust met Mr Okafor, who praised the plan and said it would work.", "who")]
    public void ASubjectOfItsOwnOrARelativeClauseKeepsTheSource(string sentence, string source)
    {
        string content = sentence.Contains("done well", StringComparison.Ordinal) ? "the ministers had done well" : "it would work";
        Quote q = QuoteHolding(Pipeline.Process("Hunting row\n\n" + sentence + "\n"), content, out NewsDocument doc);
        Assert.Contains(source, QuoteTestHelpers.SourceText(doc, q), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A spokesman for the Kral Shipping Company (KSC) said fares would rise.", "A spokesman for the Kral Shipping Company (KSC)", "spokesman for Kral Shipping Company")]
    [InlineData("A spokeswoman for Dunmore Port Authority (DPA) said fares would rise.", "A spokeswoman for Dunmore Port Authority (DPA)", "spokeswoman for Dunmore Port Authority")]
    public void ASpokespersonForAnOrganisationWithItsAcronymKeepsTheOrganisationInTheSource(string sentence, string source, string speaker)
    {
        Quote q = QuoteHolding(Pipeline.Process("Fares row\n\n" + sentence + "\n"), "fares would rise", out NewsDocument doc);
        Assert.Equal(source, QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal(speaker, q.SpeakerName);
    }

    [Theory]
    [InlineData("Fraser of Allander Institute economist Tom Reid said the outlook was poor.", "the outlook was poor")]
    [InlineData("\"Growth will slow,\" said Fraser of Allander Institute economist Tom Reid.", "Growth will slow")]
    public void AnInstitutionNamedAfterAPersonIsNotTheSpeaker(string sentence, string content)
    {
        Quote q = QuoteHolding(Pipeline.Process("Growth row\n\n" + sentence + "\n"), content, out NewsDocument doc);
        Assert.Equal("economist Tom Reid", QuoteTestHelpers.SourceText(doc, q));
        Assert.Equal("Tom Reid", q.SpeakerName); // PrepositionHolder: a source that names a person is not the organisation of one
    }

    private static Quote QuoteHolding(NewsDocument doc, string content, out NewsDocument document)
    {
        document = doc;
        int at = doc.Text.IndexOf(content, StringComparison.Ordinal);
        Assert.True(at >= 0);
        Quote? q = doc.Quotes.FirstOrDefault(q => q.Content.Any(c => c.Start <= at && at < c.End));
        Assert.True(q is not null, "a quote holds '" + content + "'; found: " + string.Join(" / ", doc.Quotes.Select(x => QuoteTestHelpers.ContentText(doc, x))));
        return q;
    }
}
