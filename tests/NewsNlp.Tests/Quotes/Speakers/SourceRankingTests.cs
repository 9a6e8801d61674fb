using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Speakers;
using NewsNlp.Quotes.Speakers.Ranking;
using NewsNlp.Quotes.Speakers.Rules;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>The source ranker's candidates and model file, the first-name gender table and pronoun agreement.</summary>
public class SourceRankingTests
{
    [Theory]
    [InlineData("Claire", "Female")]
    [InlineData("tobias", "Male")]
    [InlineData("Hillary", "Female")]
    [InlineData("Donald", "Male")]
    [InlineData("Mrs.", "Female")]
    [InlineData("Mr", "Male")]
    [InlineData("Reuters", "Unknown")]
    public void FirstNamesAndTitlesHaveTheirGender(string word, string expected) => Assert.Equal(expected, NameGenders.OfWord(word).ToString());

    [Fact]
    public void NameGenderReadsTheTitleOrFirstNameAndNotASurnameAlone()
    {
        Assert.True(NameGenders.Count > 10_000);
        Assert.Equal(Gender.Female, NameGenders.OfName("Claire Martin"));
        Assert.Equal(Gender.Male, NameGenders.OfName("Mr. Grassley"));
        Assert.Equal(Gender.Unknown, NameGenders.OfName("Martin"));
        Assert.Equal(Gender.Female, NameGenders.OfPronoun("She"));
        Assert.Equal(Gender.Unknown, NameGenders.OfPronoun("they"));
    }

    [Fact]
    public void PronounAgreementRejectsTheOtherGenderAndALoneUnknownPlural()
    {
        var claire = new SpeakerCandidate("claire martin", "Claire Martin", EntityType.Person, 1, true, false);
        var unions = new SpeakerCandidate("unions", "Unions", null, -1, true, false);
        var jones = new SpeakerCandidate("jones", "Jones", EntityType.Person, 2, true, false);
        Assert.True(PersonPronounRule.Agrees(claire, Gender.Female));
        Assert.False(PersonPronounRule.Agrees(claire, Gender.Male));
        Assert.False(PersonPronounRule.Agrees(unions, Gender.Female));
        Assert.True(PersonPronounRule.Agrees(jones, Gender.Male));
    }

    [Fact]
    public void ATitleBeforeANameIsOneCandidateWithItAndTheNameStaysACandidate()
    {
        const string text = "\"We will stay out until the company listens,\" said union leader Maria Visser on Wednesday.";
        List<string> candidates = Candidates(text, cue: "said", content: "We will stay out until the company listens,");
        Assert.Contains("union leader Maria Visser", candidates);
        Assert.DoesNotContain("union leader", candidates);
        Assert.DoesNotContain(candidates, c => c.Contains("company", StringComparison.Ordinal)); // inside the quotation
    }

    [Fact]
    public void CandidatesHoldPronounsNamesAndNounPhrasesAroundTheCue()
    {
        const string text = "Officials met on Monday. The report says the budget will fall, and she told reporters the cuts were unfair.";
        List<string> candidates = Candidates(text, cue: "told", content: "the cuts were unfair");
        Assert.True(candidates.Contains("she"), string.Join(" | ", candidates));
        Assert.True(candidates.Contains("The report"), string.Join(" | ", candidates));
        Assert.True(candidates.Contains("Officials"), string.Join(" | ", candidates));
    }

    [Fact]
    public void TheEmbeddedModelSavesAndLoadsToTheSameBytes()
    {
        SourceRanker ranker = Assert.IsType<SourceRanker>(SourceRanker.Embedded);
        string first = Path.GetTempFileName(), second = Path.GetTempFileName();
        try
        {
            ranker.Save(first);
            SourceRanker.Load(first).Save(second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
            Assert.Equal(ranker.Margin, SourceRanker.Load(first).Margin);
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void TheRankerCanBeTurnedOff()
    {
        const string text = "Talks stall\n\nLawmakers met on Monday and officials said the budget would shrink by a tenth next year.\n";
        NewsDocument on = NewsPipelineBuilder.CreateDefault().Build().Process(text);
        NewsDocument off = NewsPipelineBuilder.CreateDefault().Replace(QuoteStage.StageName, new QuoteStage(new QuoteStageOptions { UseSourceRanker = false })).Build().Process(text);
        Assert.Equal(on.Quotes.Count, off.Quotes.Count);
        Assert.DoesNotContain(off.Quotes, q => q.DecidedBy.Contains("/ranked", StringComparison.Ordinal));
    }

    /// <summary>The candidate texts for a quote with the given content and the first <paramref name="cue"/> word as its cue.</summary>
    private static List<string> Candidates(string text, string cue, string content)
    {
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(text);
        using DocumentView v = NewsNlp.Quotes.Learning.AttributionTrainer.Prepare(doc, useEntities: true);
        int cueToken = NewsNlp.Quotes.Grammar.TokenSearch.IndexAt(v, text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1);
        int start = text.IndexOf(content, StringComparison.Ordinal);
        int first = NewsNlp.Quotes.Grammar.TokenSearch.IndexAt(v, start), end = NewsNlp.Quotes.Grammar.TokenSearch.IndexAt(v, start + content.Length - 1) + 1;
        var frame = new QuoteFrame(first, end, [new TextSpan(start, start + content.Length)], cueToken, cueToken + 1, -1, -1, QuoteKind.Indirect, QuoteFrame.HashRule("learned-tagger"));
        var into = new List<SourceCandidate>();
        SourceCandidates.Collect(v, frame, into);
        return [.. into.Select(c => text[v.Starts[c.First]..v.Ends[c.End - 1]])];
    }
}
