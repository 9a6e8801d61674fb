using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Acts;
using NewsNlp.Tests.Quotes;

namespace NewsNlp.Tests.Quotes.Acts;

/// <summary>The act of a cue, read in its frame, and the selection of acts the caller asked for.</summary>
public sealed class ActClassifierTests
{
    [Theory]
    [InlineData("The mayor said the bridge would close.", "said", AttributionAct.Speech)]
    [InlineData("The mayor told reporters the bridge would close.", "told", AttributionAct.Speech)]
    [InlineData("According to the mayor, the bridge will close.", "According", AttributionAct.Speech)]
    [InlineData("The mayor wrote that the bridge would close.", "wrote", AttributionAct.Writing)]
    [InlineData("The mayor tweeted that the bridge would close.", "tweeted", AttributionAct.Writing)]
    [InlineData("The mayor believes the bridge will close.", "believes", AttributionAct.Thought)]
    [InlineData("The mayor thinks the bridge will close.", "thinks", AttributionAct.Thought)]
    [InlineData("The mayor expects that the bridge will close.", "expects", AttributionAct.Thought)]
    [InlineData("The mayor hopes that the bridge will close.", "hopes", AttributionAct.Thought)]
    [InlineData("The mayor hopes to close the bridge.", "hopes", AttributionAct.Intention)]
    [InlineData("The mayor plans to close the bridge.", "plans", AttributionAct.Intention)]
    [InlineData("The mayor wants to close the bridge.", "wants", AttributionAct.Intention)]
    [InlineData("The mayor intends to close the bridge.", "intends", AttributionAct.Intention)]
    [InlineData("The mayor saw the bridge close.", "saw", AttributionAct.Perception)]
    [InlineData("The mayor heard the bridge creak.", "heard", AttributionAct.Perception)]
    [InlineData("The mayor noticed cracks in the bridge.", "noticed", AttributionAct.Perception)]
    [InlineData("Visitors can feel the tension in the square.", "feel", AttributionAct.Perception)]
    [InlineData("Visitors feel that the square is tense.", "feel", AttributionAct.Thought)]
    [InlineData("The mayor refused to close the bridge.", "refused", AttributionAct.Other)]
    [InlineData("The mayor opted not to close the bridge.", "opted", AttributionAct.Other)]
    [InlineData("Giant banners show smiling ministers.", "show", AttributionAct.Other)]
    [InlineData("The mayor has also said the bridge would close.", "has also said", AttributionAct.Speech)]
    [InlineData("The mayor promised to close the bridge.", "promised", AttributionAct.Speech)]
    public void CueActReadsTheCueInItsFrame(string text, string cue, AttributionAct expected)
    {
        NewsDocument document = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(document, useEntities: false);
        (int first, int end) = QuoteTestHelpers.Tokens(v, text, cue);
        Assert.Equal(expected, ActClassifier.CueAct(v, first, end, out bool listed));
        Assert.True(listed);
    }

    [Fact]
    public void AnUnlistedCueIsAnotherActAndPunctuationIsSpeech()
    {
        const string Text = "The mayor juggled three plates. The mayor: we will reopen.";
        NewsDocument document = QuoteTestHelpers.Annotate(Text);
        using var v = new DocumentView(document, useEntities: false);
        (int f, int e) = QuoteTestHelpers.Tokens(v, Text, "juggled");
        Assert.Equal(AttributionAct.Other, ActClassifier.CueAct(v, f, e, out bool listed));
        Assert.False(listed);
        (f, e) = QuoteTestHelpers.Tokens(v, Text, ":");
        Assert.Equal(AttributionAct.Speech, ActClassifier.CueAct(v, f, e, out listed));
        Assert.True(listed);
    }

    [Theory]
    [InlineData("The report says the bridge is unsafe.", "The report", true)]
    [InlineData("The joint statement said the bridge is unsafe.", "The joint statement", true)]
    [InlineData("A study by the ministry found the bridge unsafe.", "A study by the ministry", true)]
    [InlineData("The mayor says the bridge is unsafe.", "The mayor", false)]
    public void ADocumentSourceWrites(string text, string source, bool document)
    {
        NewsDocument doc = QuoteTestHelpers.Annotate(text);
        using var v = new DocumentView(doc, useEntities: false);
        (int first, int end) = QuoteTestHelpers.Tokens(v, text, source);
        var draft = new QuoteDraft();
        draft.SetSource(first, end);
        Assert.Equal(document, ActClassifier.SourceIsDocument(v, draft));
    }

    [Fact]
    public void TheDefaultReportsSpeechAndWritingOnlyAndAllReportsEveryAct()
    {
        const string Text = """
            Nadia Brenner, the port's director, said on Monday that the cranes would be repaired by June.

            Brenner believes the strike will end soon. The union plans to hold a vote on Friday.

            "We are ready to talk," Brenner said.
            """;
        NewsDocument all = QuoteTestHelpers.Annotate(Text, new QuoteStageOptions { Acts = AttributionActs.All });
        NewsDocument speech = QuoteTestHelpers.Annotate(Text);
        NewsDocument thoughtOnly = QuoteTestHelpers.Annotate(Text, new QuoteStageOptions { Acts = AttributionActs.Thought });

        Assert.Contains(all.Quotes, q => q.Act == AttributionAct.Speech && q.Kind == QuoteKind.Direct);
        Assert.Contains(all.Quotes, q => q.Act == AttributionAct.Thought);
        Assert.True(speech.Quotes.Count < all.Quotes.Count);
        Assert.All(speech.Quotes, q => Assert.True(q.Act is AttributionAct.Speech or AttributionAct.Writing, q.Act.ToString()));
        Assert.All(thoughtOnly.Quotes, q => Assert.Equal(AttributionAct.Thought, q.Act));

        // Selecting acts only removes attributions: what is kept is what "all" reports for that act, ids renumbered.
        Assert.Equal(
            all.Quotes.Where(q => q.Act is AttributionAct.Speech or AttributionAct.Writing).Select(q => (q.Content[0], q.Act)),
            speech.Quotes.Select(q => (q.Content[0], q.Act)));
        Assert.Equal(Enumerable.Range(0, speech.Quotes.Count), speech.Quotes.Select(q => q.Id));
        Assert.Equal(all.Quotes.Count(q => q.Act == AttributionAct.Thought), thoughtOnly.Quotes.Count);
        Assert.All(speech.Speakers, s => Assert.All(s.QuoteIds, id => Assert.InRange(id, 0, speech.Quotes.Count - 1)));
    }
}
