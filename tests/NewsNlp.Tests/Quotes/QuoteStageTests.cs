using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using static NewsNlp.Tests.Quotes.QuoteTestHelpers;

namespace NewsNlp.Tests.Quotes;

public class QuoteStageTests
{
    [Fact]
    public void TrailingCueWithInvertedName()
    {
        NewsDocument doc = Annotate("“We will keep fighting for the town,” said John Smith, the mayor.");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("We will keep fighting for the town,", ContentText(doc, q));
        Assert.Equal("said", CueText(doc, q));
        Assert.Equal("John Smith", SourceText(doc, q));
        Assert.Equal("John Smith", q.SpeakerName);
        Assert.StartsWith("cue-after-quote", q.DecidedBy, StringComparison.Ordinal);
    }

    [Fact]
    public void TrailingCueAfterANameWithAParenthetical()
    {
        NewsDocument doc = Annotate("“Subpoenas are not optional,” Sen. Ted Cruz (R-Texas) said after the hearing.");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("Sen. Ted Cruz", SourceText(doc, q));
        Assert.StartsWith("cue-after-quote", q.DecidedBy, StringComparison.Ordinal);
    }

    [Fact]
    public void NytStyleMarksAndPronounResolvesToEarlierPerson()
    {
        NewsDocument doc = Annotate("Mary Jones arrived late on Monday.\n''The vote was rigged from the start,'' she said.");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("she", SourceText(doc, q));
        Assert.Equal("Mary Jones", q.SpeakerName);
        Assert.Contains("pronoun", q.DecidedBy, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitQuoteIsOneQuoteWithTwoSpans()
    {
        NewsDocument doc = Annotate("“We could not agree on the date,” said Anna Berg, head of the delegation. “But we will meet again next month.”");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(2, q.Content.Count);
        Assert.Equal("Anna Berg", q.SpeakerName);
        Assert.StartsWith("split-quote", q.DecidedBy, StringComparison.Ordinal);
    }

    [Fact]
    public void ContinuationParagraphKeepsTheSpeaker()
    {
        NewsDocument doc = Annotate("“The people did not elect him!” Omar Haddad said.\n\n“He is collecting youth from the streets to fight for him.”");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal("Omar Haddad", doc.Quotes[1].SpeakerName);
        Assert.Null(doc.Quotes[1].Cue);
        Assert.StartsWith("continuation", doc.Quotes[1].DecidedBy, StringComparison.Ordinal);
        Speaker speaker = Assert.Single(doc.Speakers);
        Assert.Equal([0, 1], speaker.QuoteIds);
    }

    [Fact]
    public void ColonLeadInWithShortAnswer()
    {
        NewsDocument doc = Annotate("Reporters asked the spokesman, Omar Haddad, about the talks. He replied tersely: “Not yet.”");
        Quote q = Assert.Single(doc.Quotes, x => x.Kind == QuoteKind.Direct);
        Assert.Equal("Not yet.", ContentText(doc, q));
        Assert.Equal("He", SourceText(doc, q));
        Assert.Equal("Omar Haddad", q.SpeakerName);
    }

    [Fact]
    public void ScareQuotesAreNotQuotations()
    {
        NewsDocument doc = Annotate("The so-called “reform” package passed the house on a Tuesday.");
        Assert.DoesNotContain(doc.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.DoesNotContain(doc.Quotes, q => ContentText(doc, q) == "reform");
    }

    [Fact]
    public void MixedQuoteCoversTheReportedClause()
    {
        NewsDocument doc = Annotate("The opposition held a news conference where they said they “hope” the pledges will be implemented.");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("they “hope” the pledges will be implemented", ContentText(doc, q));
    }

    [Fact]
    public void ShortFragmentsInOneReportedClauseAreOneMixedQuote()
    {
        NewsDocument doc = Annotate("Omar Haddad said the claim was “false” or “pants on fire” in every version he read.");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("the claim was “false” or “pants on fire” in every version he read", ContentText(doc, q));
    }

    [Theory]
    [InlineData("Omar Haddad called the plan “a betrayal of the voters” and accused the mayor of lying.", "the plan “a betrayal of the voters”")]
    [InlineData("Omar Haddad called the plan “a betrayal of the voters,” implicitly blaming the mayor.", "the plan “a betrayal of the voters,”")]
    [InlineData("Omar Haddad said it was “a mistake” to use private email at the ministry.", "it was “a mistake” to use private email at the ministry")]
    public void AReportedClauseEndsBeforeANewCueOrATrailingParticiple(string text, string content)
    {
        NewsDocument doc = Annotate(text);
        Quote q = Assert.Single(doc.Quotes, x => x.Kind == QuoteKind.Mixed);
        Assert.Equal(content, ContentText(doc, q));
        Assert.Equal("Omar Haddad", q.SpeakerName);
    }

    [Theory]
    [InlineData("The auditor said that “the penalties are so light” that firms simply pay them.", QuoteKind.Mixed, "“the penalties are so light” that firms simply pay them")]
    [InlineData("The auditor said, “The penalties are so light,” before the hearing ended.", QuoteKind.Direct, "The penalties are so light,")]
    public void AQuotationTheSentenceContinuesAfterIsPartOfTheReportedClause(string text, QuoteKind kind, string content)
    {
        NewsDocument doc = Annotate(text);
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(kind, q.Kind);
        Assert.Equal(content, ContentText(doc, q));
    }

    [Theory]
    [InlineData("In a Bloomberg interview Donald Trump declared, “I think the alliance may be obsolete.”", "Donald Trump")]
    [InlineData("The spot ends with footage of Donald Trump saying, “I have a winning temperament.”", "Donald Trump")]
    public void APersonEndingALongerPhraseIsTheSource(string text, string source)
    {
        // Needs the entity recogniser: without person mentions "the mayor of London" could not be told apart.
        NewsDocument doc = NewsPipeline.CreateDefault().Process(text);
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(source, SourceText(doc, q));
        Assert.Equal(source, q.SpeakerName);
    }

    [Fact]
    public void ACapitalisedWordInsideASentenceIsNotACue()
    {
        NewsDocument doc = Annotate("Mrs. Clinton assured supporters at Kent State University on Monday that the review would “reach the same conclusion as last year.”");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("assured", CueText(doc, q));
        Assert.Equal("Mrs. Clinton", SourceText(doc, q));
    }

    [Theory]
    [InlineData("The rally was led by Anna Berg, who said “the vote was rigged from the start.”", "who")]
    [InlineData("Anna Berg, who leads the group, said “the vote was rigged from the start.”", "Anna Berg")]
    public void TheRelativePronounIsTheSourceOfACueInItsClause(string text, string source)
    {
        NewsDocument doc = Annotate(text);
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(source, SourceText(doc, q));
        Assert.Equal("Anna Berg", q.SpeakerName);
    }

    [Fact]
    public void TranscriptTurnsAreQuotesOfTheirLabelledSpeaker()
    {
        NewsDocument doc = Annotate("A partial transcript follows.\n\n\"WALLACE: Let us start with the breaking news tonight.\n\n\"PENCE: Well, look, the numbers speak for themselves.\"");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal(["WALLACE", "PENCE"], doc.Quotes.Select(q => SourceText(doc, q)));
        Assert.Equal("Let us start with the breaking news tonight.", ContentText(doc, doc.Quotes[0]));
        Assert.All(doc.Quotes, q => Assert.Equal(":", CueText(doc, q)));
    }

    [Fact]
    public void AQuotedTitleOnItsOwnLineIsAHeadingNotAQuote()
    {
        NewsDocument doc = Annotate("“We will not give up on this town,” said Anna Berg.\n\n‘Legend in the Coal Fields.’\n\nBankruptcy is like a chess game.");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("Anna Berg", q.SpeakerName);
    }

    [Fact]
    public void ATrailingAdverbIsNotPartOfTheSource()
    {
        NewsDocument doc = Annotate("Back then the state incorrectly stated that about 12,000 voters were felons.");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("the state", SourceText(doc, q));
    }

    [Fact]
    public void LongerQuotationInsideAReportedClauseIsMixed()
    {
        NewsDocument doc = Annotate("Omar Haddad warned that the money may come from “the drug trade, human trafficking or other criminal activities.”");
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.StartsWith("the money may come from “the drug trade", ContentText(doc, q), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The minister said that the border would reopen next week.", "the border would reopen next week", "The minister", "said")]
    [InlineData("The border would reopen next week, the minister said.", "The border would reopen next week", "the minister", "said")]
    [InlineData("According to officials, the border would reopen next week.", "the border would reopen next week", "officials", "According to")]
    [InlineData("The border would reopen next week, according to officials.", "The border would reopen next week", "officials", "according to")]
    [InlineData("Anna Berg told reporters that the border would reopen next week.", "the border would reopen next week", "Anna Berg", "told")]
    [InlineData("Anna Berg, who leads the delegation, said the border would reopen next week.", "the border would reopen next week", "Anna Berg", "said")]
    public void IndirectSpeechPatterns(string text, string content, string source, string cue)
    {
        NewsDocument doc = Annotate(text);
        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal(content, ContentText(doc, q));
        Assert.Equal(source, SourceText(doc, q));
        Assert.Equal(cue, CueText(doc, q));
    }

    [Fact]
    public void IndirectSpeechCanBeSwitchedOff()
    {
        NewsDocument doc = Annotate("The minister said that the border would reopen next week.", new QuoteStageOptions { FindIndirectSpeech = false });
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void UsesEntityClustersForCanonicalNames()
    {
        const string text = "Bashar al-Jaafari arrived.\n“We will not negotiate with terrorists,” Jaafari said.";
        var doc = new NewsDocument(text);
        new NewsNlp.Tokenization.TokenizerStage().Process(doc, CancellationToken.None);
        doc.MarkProduced(AnnotationNames.Tokens);
        doc.MarkProduced(AnnotationNames.Sentences);
        doc.MarkProduced(AnnotationNames.Paragraphs);
        AddEntity(doc, "Bashar al-Jaafari", 0, 7);
        AddEntity(doc, "Jaafari", text.IndexOf("Jaafari said", StringComparison.Ordinal), 7);
        doc.EntityClusters.Add(new DocumentEntity { Id = 7, CanonicalName = "Bashar al-Jaafari", Type = EntityType.Person, MentionIndexes = [0, 1] });
        doc.MarkProduced(AnnotationNames.Entities);
        doc.MarkProduced(AnnotationNames.EntityClusters);
        int tokens = doc.Tokens.Count;

        new QuoteStage().Process(doc, CancellationToken.None);

        Quote q = Assert.Single(doc.Quotes);
        Assert.Equal("Bashar al-Jaafari", q.SpeakerName);
        Assert.Contains("entity", q.DecidedBy, StringComparison.Ordinal);
        Speaker s = Assert.Single(doc.Speakers);
        Assert.Equal(7, s.EntityId);
        Assert.Equal(EntityType.Person, s.Type);
        Assert.Equal(tokens, doc.Tokens.Count);
        Assert.Equal(2, doc.Entities.Count);
    }

    [Fact]
    public void NameVariantsMergeWithoutEntities()
    {
        NewsDocument doc = Annotate("Bashar al-Jaafari spoke first.\n“We will not negotiate with them,” Jaafari said.\n“Never,” al-Jaafari said again.");
        Assert.All(doc.Quotes, q => Assert.Equal("Bashar al-Jaafari", q.SpeakerName));
        Assert.Single(doc.Speakers);
    }

    [Fact]
    public void DefaultPipelineEndsWithQuotes()
    {
        NewsPipeline pipeline = NewsPipeline.CreateDefault();
        Assert.Equal(QuoteStage.StageName, pipeline.Stages[^1].Name);
        NewsDocument doc = pipeline.Process("“It works,” she said.");
        Assert.True(doc.Has(AnnotationNames.Quotes));
    }

    private static void AddEntity(NewsDocument doc, string text, int start, int id)
    {
        int first = doc.Tokens.IndexAtOrAfter(start);
        int end = doc.Tokens.IndexAtOrAfter(start + text.Length);
        doc.Entities.Add(new EntityMention
        {
            Span = new TextSpan(start, start + text.Length),
            FirstToken = first,
            EndToken = end,
            Type = EntityType.Person,
            Text = text,
            Producer = "test",
            EntityId = id,
        });
    }
}
