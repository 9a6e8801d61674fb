using NewsNlp.Documents;
using NewsNlp.Documents.Parts;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Quotes.Filters;

/// <summary>
/// Clauses with cue-like verbs that report no speech (not saying something, a passive rumour or estimate, figures that
/// show, a plea in court, a cue word used as a noun (also before "of" with no source), a topic or thing as the object (also after a participle opening the sentence; a bare noun after highlight), a question put to someone (Asked whether …), a thing denied or challenged, a purpose in the to-infinitive, a passive accusation with no accuser, a proposed thing named in quotation marks, a phrase after a conjunction that follows the cue) are found but typed as another act, so only callers asking for every act get them; the words
/// after "told" that name its audience, or after an inverted "said" its speaker, are no quote at all. Every text here is written for the test.
/// </summary>
public sealed class NonSpeechClauseFilterTests
{
    private static readonly NewsPipeline Pipeline = new([new TokenizerStage(), new StructureStage(), new QuoteStage()]);
    private static readonly NewsPipeline AllActs = new([new TokenizerStage(), new StructureStage(), new QuoteStage(new QuoteStageOptions { Acts = AttributionActs.All })]);

    [Theory]
    [InlineData("The port authority did not say whether the damaged cranes would be repaired.", "whether the damaged cranes would be repaired")]
    [InlineData("The harbour master has not said how much the new quay will cost.", "how much the new quay will cost")]
    [InlineData("The outbreak is estimated to have cost the country up to 8 billion crowns.", "to have cost the country up to 8 billion crowns")]
    [InlineData("The company is said to be worth more than 200 million crowns.", "to be worth more than 200 million crowns")]
    [InlineData("Brandt has never said whether the union would strike again.", "whether the union would strike again")]
    [InlineData("The minister would not respond to \"tittle-tattle in the papers\" about the union.", "tittle-tattle in the papers")]
    [InlineData("Container traffic was forecast to fall by a tenth next year.", "to fall by a tenth next year")]
    [InlineData("New figures showed a sharp fall in container traffic in the last quarter.", "a sharp fall in container traffic")]
    [InlineData("Studies have shown that larger ships wear the quay walls faster.", "larger ships wear the quay walls faster")]
    [InlineData("Two former harbour managers have already pleaded guilty to fraud.", "fraud")]
    [InlineData("The two exchanges have been discussing the possibility of a single clearing house since January.", "the possibility of a single clearing house")]
    [InlineData("Nordlink announced a fresh gas discovery off the northern coast at the beginning of the year.", "a fresh gas discovery")]
    [InlineData("Brandt also revealed the extent of the damage to the northern quay.", "the extent of the damage")]
    [InlineData("The shipping line was declared insolvent in December after it emerged that its accounts were false.", "insolvent in December")]
    [InlineData("Under the plan all claims would be processed at the border.", "would be processed at the border")]
    [InlineData("Senior harbour officials met yesterday at Kestrel to discuss ways of stopping the oil leak.", "ways of stopping the oil leak")]
    [InlineData("Ola Brandt denies 12 charges of fraud and false accounting.", "12 charges of fraud")]
    [InlineData("The union leader challenged the remark at a meeting on Monday.", "the remark")]
    [InlineData("The harbour board rejected Nordlink Shipping's proposed offer in December.", "proposed offer")]
    [InlineData("The quay was damaged and reports of more flooding are still coming in.", "more flooding")]
    [InlineData("Citing the fall in container traffic, the harbour board closed the northern quay.", "the fall in container traffic")]
    [InlineData("The port operator reported a 6% rise in profits to 280 million crowns.", "a 6% rise in profits")]
    [InlineData("Commenting on President Okafor's decision to raise port fees, Brandt said the two ports were not comparable.", "President Okafor's decision")]
    [InlineData("Her story has highlighted concerns amongst the growing dockers' community about pay, safety and free speech on the quays.", "concerns amongst the growing")]
    [InlineData("A Nordlink spokesman reiterated this position on Wednesday.", "this position")]
    [InlineData("Asked whether the northern quay would reopen in May, the harbour master said nothing.", "whether the northern quay would reopen")]
    [InlineData("Asked if the strike could end without a new contract, the harbour master declined to comment.", "if the strike could end")]
    [InlineData("The harbour master, asked about the closure of the quay by reporters, said the strike was regrettable.", "the closure of the quay")]
    [InlineData("The port festival drew large crowds, with some estimates putting the attendance at 20,000.", "the attendance at 20,000")]
    [InlineData("The harbour master has been accused of hiding the true cost of the new quay.", "hiding the true cost")]
    [InlineData("The transport minister proposes \"quay orders\" for shipping lines that break the safety rules.", "quay orders")]
    [InlineData("Ola Brandt said voters wanted a port with credibility, both on what it promised and what it was expected to deliver.", "what it was expected to deliver")]
    [InlineData("The port authority unveiled a \"green berth\" scheme for ferries in the northern harbour.", "green berth")]
    public void ANonSpeechClauseIsOnlyReportedWithEveryAct(string sentence, string content)
    {
        string text = "Dock workers walk out at Kestrel\n\n" + sentence + "\n\nOla Brandt said the strike would go on.";
        NewsDocument byDefault = Pipeline.Process(text);
        Assert.DoesNotContain(byDefault.Quotes, q => Covers(byDefault, q, content));
        Assert.Contains(byDefault.Quotes, q => Covers(byDefault, q, "the strike would go on"));

        NewsDocument all = AllActs.Process(text);
        Quote found = Assert.Single(all.Quotes, q => Covers(all, q, content));
        Assert.Equal(AttributionAct.Other, found.Act);
    }

    [Theory]
    [InlineData("The harbour master said he would not resign over the closure.", "he would not resign over the closure")]
    [InlineData("The paper quoted a union source as saying Brandt did not tell the board about the loans.", "the board about the loans")]
    [InlineData("Brandt was not the first to say the strike would spread, the paper said.", "the strike would spread")]
    [InlineData("Nordlink announced the northern terminal would close in May.", "the northern terminal would close in May")]
    [InlineData("One union leader said the strike was over. Another said the Soviet-built cranes would never work again.", "the Soviet-built cranes would never work again")]
    [InlineData("Brandt went on to say the strike would spread to other ports.", "the strike would spread to other ports")]
    [InlineData("The harbour report says larger ships wear the quay walls faster.", "larger ships wear the quay walls faster")]
    [InlineData("The dredging is expected to cost 40 million crowns, Brandt said.", "to cost 40 million crowns")]
    [InlineData("Brandt denied that the port would close.", "the port would close")]
    [InlineData("Brandt pointed out that the quay was too old for the new ships.", "the quay was too old for the new ships")]
    public void TheSpeechTheseRulesMustNotTouchIsStillReported(string sentence, string content)
    {
        NewsDocument doc = Pipeline.Process("Dock workers walk out at Kestrel\n\n" + sentence);
        Quote q = Assert.Single(doc.Quotes, q => Covers(doc, q, content));
        Assert.True(q.Act is AttributionAct.Speech or AttributionAct.Writing, q.Act.ToString());
    }

    [Fact]
    public void TheSpeakerAfterAnInvertedSaidIsNoQuote()
    {
        const string Text = "Dock workers walk out at Kestrel\n\nSales of the crane have tripled since launch, outstripping the older model, said market analysts Portwatch.";
        foreach (NewsDocument doc in new[] { Pipeline.Process(Text), AllActs.Process(Text) })
        {
            Assert.DoesNotContain(doc.Quotes, q => QuoteTestHelpers.ContentText(doc, q).Contains("Portwatch", StringComparison.Ordinal));
            Quote q = Assert.Single(doc.Quotes, q => Covers(doc, q, "Sales of the crane have tripled"));
            Assert.Equal("market analysts Portwatch", QuoteTestHelpers.SourceText(doc, q));
        }
    }

    [Fact]
    public void TheAudienceAfterToldIsNoQuote()
    {
        const string Text = "Dock workers walk out at Kestrel\n\n\"We will not load a single ship,\" Ms Lund told Norland Radio's Morning programme.";
        foreach (NewsDocument doc in new[] { Pipeline.Process(Text), AllActs.Process(Text) })
        {
            Assert.DoesNotContain(doc.Quotes, q => Covers(doc, q, "Morning programme"));
            Quote q = Assert.Single(doc.Quotes, q => Covers(doc, q, "We will not load a single ship"));
            Assert.Equal("Ms Lund", QuoteTestHelpers.SourceText(doc, q));
        }
    }

    private static bool Covers(NewsDocument doc, Quote q, string words) =>
        q.Content.Any(s => doc.GetText(s).Contains(words, StringComparison.Ordinal));
}
