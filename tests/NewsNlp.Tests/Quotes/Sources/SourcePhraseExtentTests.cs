using NewsNlp.Quotes;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Tests.Quotes.Sources;

/// <summary>
/// How far a source phrase reaches (session 16): a hyphen compound, a possessor before its head, an adjective with its
/// complement, and a name holding <c>for the</c> or <c>on</c> stay whole. Every sentence is written for the test.
/// </summary>
public sealed class SourcePhraseExtentTests
{
    [Theory]
    [InlineData("The 31-year-old admitted he was at fault.", "admitted", "The 31-year-old")]
    [InlineData("A well-known harbour pilot said the port was unsafe.", "said", "A well-known harbour pilot")]
    [InlineData("People familiar with the matter said the port would close.", "said", "People familiar with the matter")]
    [InlineData("Sources close to the harbour board said the port would close.", "said", "Sources close to the harbour board")]
    [InlineData("The Joint Council for the Welfare of Dock Workers said the port was unsafe.", "said", "The Joint Council for the Welfare of Dock Workers")]
    [InlineData("The Council on Coastal Affairs said the port was unsafe.", "said", "The Council on Coastal Affairs")]
    [InlineData("The Joint Council for the Welfare of Dock Workers (JCWDW) said the port was unsafe.", "said", "The Joint Council for the Welfare of Dock Workers")]
    [InlineData("Ana Ruiz said the port was unsafe.", "said", "Ana Ruiz")]
    [InlineData("The mother of three replied that the port was unsafe.", "replied", "The mother of three")]
    [InlineData("The plan for the harbour worked, Ana Ruiz said.", "said", "Ana Ruiz")]
    public void TheSubjectBeforeACueKeepsItsWholePhrase(string text, string cue, string expected)
    {
        using var v = View(text);
        int at = TokenAt(v, text, cue);
        (int f, int e) = SourceFinder.SubjectBefore(v, at, 0);
        Assert.Equal(expected, Text(v, text, f, e));
    }

    [Fact]
    public void AnAdjectiveAfterAnOrganisationDoesNotMakeItTheSubject()
    {
        // "One source at a bank close to the deal said": the phrase hangs on "One source", not on "a bank".
        const string text = "One source at a bank close to the deal said the port was unsafe.";
        using var v = View(text);
        (int f, int e) = SourceFinder.SubjectBefore(v, TokenAt(v, text, "said"), 0);
        Assert.False(Text(v, text, f, e)?.StartsWith("a bank", StringComparison.Ordinal) ?? false);
    }

    [Theory]
    [InlineData("The film is the best of the year, according to the UK's leading movie critics.", "the UK's leading movie critics")]
    [InlineData("The film is the best of the year, said Norland's top critic Ana Ruiz.", "Norland's top critic Ana Ruiz")]
    [InlineData("The film is the best of the year, according to Ana Ruiz.", "Ana Ruiz")]
    [InlineData("The film is the best of the year, said the Council on Coastal Affairs.", "the Council on Coastal Affairs")]
    [InlineData("The film is the best of the year, said the Centre for the Study of Film.", "the Centre for the Study of Film")]
    [InlineData("The film is the best of the year, said Ana Ruiz on Friday.", "Ana Ruiz")]
    [InlineData("The film is the best of the year, according to the Dunmore Herald's review on Friday.", "the Dunmore Herald's review")]
    public void ThePhraseAfterAnInvertedCueKeepsThePossessedHeadAndTheWholeName(string text, string expected)
    {
        using var v = View(text);
        int cue = TokenAt(v, text, expected);
        (int f, int e) = SourceFinder.PhraseAfter(v, cue, v.Count);
        Assert.Equal(expected, Text(v, text, f, e));
    }

    [Theory]
    [InlineData("People familiar with the matter said the port would close.", "People familiar with the matter", "People familiar with the matter")]
    [InlineData("The Joint Council for the Welfare of Dock Workers said the port was unsafe.", "The Joint Council for the Welfare of Dock Workers", "The Joint Council for the Welfare of Dock Workers")]
    [InlineData("The Council on Coastal Affairs said the port was unsafe.", "The Council on Coastal Affairs", "The Council on Coastal Affairs")]
    [InlineData("The Times on Saturday said the port was unsafe.", "The Times on Saturday", "The Times")]
    [InlineData("A spokesman for the port said the docks were unsafe.", "A spokesman for the port", "A spokesman")]
    public void TheCoreOfAMentionKeepsComplementsAndNames(string text, string mention, string expected)
    {
        using var v = View(text);
        int f = TokenAt(v, text, mention);
        int e = TokenAt(v, text, mention, last: true) + 1;
        (int cf, int ce) = SourceFinder.Core(v, f, e);
        Assert.Equal(expected, Text(v, text, cf, ce));
    }

    private static DocumentView View(string text) => new(QuoteTestHelpers.Annotate(text), useEntities: false);

    private static string? Text(DocumentView v, string text, int first, int end) => first < 0 ? null : text[v.Starts[first]..v.Ends[end - 1]];

    private static int TokenAt(DocumentView v, string text, string words, bool last = false)
    {
        int start = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, words);
        return TokenSearch.IndexAt(v, last ? start + words.Length - 1 : start);
    }
}
