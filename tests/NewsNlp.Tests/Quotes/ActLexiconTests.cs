using NewsNlp.Documents;
using NewsNlp.Entities.Linking;
using NewsNlp.Quotes.Acts;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Tests.Quotes;

/// <summary>The act lists, the shared document nouns and the person titles, read from their data files.</summary>
public sealed class ActLexiconTests
{
    [Theory]
    [InlineData("said", AttributionAct.Speech)]
    [InlineData("testified", AttributionAct.Speech)]
    [InlineData("noted", AttributionAct.Speech)] // also a writing verb: the speech list is read first
    [InlineData("tweeted", AttributionAct.Writing)]
    [InlineData("hoped", AttributionAct.Thought)] // also an intention verb: the thought list is read first
    [InlineData("intends", AttributionAct.Intention)]
    [InlineData("overheard", AttributionAct.Perception)]
    [InlineData("boycotted", AttributionAct.Other)]
    [InlineData("interview", AttributionAct.Speech)]
    [InlineData("memo", AttributionAct.Writing)]
    [InlineData("sceptical", AttributionAct.Thought)]
    [InlineData("eager", AttributionAct.Intention)]
    public void AWordTakesTheActOfTheFirstListThatHasIt(string word, AttributionAct act)
    {
        Assert.True(ActLexicon.TryGet(word, out ActLexicon.Entry entry));
        Assert.Equal(act, entry.Act);
    }

    [Theory]
    [InlineData("hopes", AttributionAct.Intention, AttributionAct.Thought)]
    [InlineData("sought", AttributionAct.Intention, AttributionAct.Intention)]
    [InlineData("declined", AttributionAct.Other, AttributionAct.Other)]
    [InlineData("agreed", AttributionAct.Other, AttributionAct.Speech)]
    [InlineData("felt", AttributionAct.Thought, AttributionAct.Perception)]
    [InlineData("shows", AttributionAct.Other, AttributionAct.Other)]
    [InlineData("read", AttributionAct.Writing, AttributionAct.Other)]
    public void FramesSetTheActsBeforeToAndBeforeAnObject(string word, AttributionAct beforeTo, AttributionAct beforeObject)
    {
        Assert.True(ActLexicon.TryGet(word, out ActLexicon.Entry entry));
        Assert.Equal(beforeTo, entry.BeforeTo);
        Assert.Equal(beforeObject, entry.BeforeObject);
    }

    [Fact]
    public void AFramedVerbListedWithIrregularFormsGetsNoRegularForm() =>
        Assert.False(ActLexicon.TryGet("planed", out _));

    [Theory]
    [InlineData("statement", true, true)]
    [InlineData("Poll", true, true)]
    [InlineData("ruling", true, false)]
    [InlineData("tweets", true, false)]
    [InlineData("spokesman", false, false)]
    public void DocumentNounsAreOneListWithTheSpeakerRulesSubsetTagged(string word, bool any, bool speakerRules)
    {
        Assert.Equal(any, SpeakerWords.IsAnyDocumentNoun(word));
        Assert.Equal(speakerRules, SpeakerWords.IsDocumentNoun(word));
    }

    [Theory]
    [InlineData("Mrs.", true)]
    [InlineData("president", true)]
    [InlineData("Sen.", true)]
    [InlineData("Obama", false)]
    public void PersonTitlesAreRead(string word, bool title) => Assert.Equal(title, PersonTitles.IsTitle(word));

    [Theory]
    [InlineData("Mrs. Clinton", "Female")]
    [InlineData("Queen", "Female")]
    [InlineData("Sir Keir", "Male")]
    [InlineData("Dr. Okafor", "Unknown")]
    [InlineData("President Okafor", "Unknown")]
    public void GenderedTitlesComeFromTheTitlesList(string name, string gender) => Assert.Equal(Enum.Parse<Gender>(gender), NameGenders.OfName(name));
}
