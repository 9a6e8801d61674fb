using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Tests.Quotes.Sources;

/// <summary>
/// The source-mention rules run on each kept quote: a relative pronoun right before the cue verb, and the subject of
/// <c>faced criticism</c>. Every sentence is written for the test.
/// </summary>
public sealed class SourceMentionRuleTests
{
    [Theory]
    [InlineData("Dock workers who said the port was unsafe walked out.", "Dock workers", "said", "who")]
    [InlineData("A harbour group which has also argued for a new pier met on Monday.", "A harbour group", "argued", "which")]
    [InlineData("Officials who spoke on condition of anonymity said the port was unsafe.", "Officials", "said", null)]
    [InlineData("Dock workers said the port was unsafe.", "Dock workers", "said", null)]
    [InlineData("Residents that said the port was unsafe walked out.", "Residents", "said", null)]
    public void ARelativePronounBeforeTheCueVerbIsTheSource(string text, string source, string cue, string? expected)
    {
        using var v = View(text);
        int sourceEnd = TokenAt(v, text, source, last: true) + 1;
        int result = RestrictiveRelativeSource.PronounAt(v, sourceEnd, TokenAt(v, text, cue));
        Assert.Equal(expected is null ? -1 : TokenAt(v, text, expected), result);
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz has faced sharp criticism for closing the harbour.", "Mayor Ana Ruiz", "criticism for", null)]
    [InlineData("The port plan drew criticism from dock workers over the costs.", "The port plan", "criticism from", "dock workers")]
    [InlineData("The minister is facing questions about the harbour deal.", "The minister", "questions about", null)]
    [InlineData("The minister asked questions about the harbour deal.", "The minister", "questions about", "The minister")]
    public void TheSubjectOfFacedCriticismIsNotTheSource(string text, string source, string cue, string? expected)
    {
        using var v = View(text);
        var d = new QuoteDraft();
        d.SetCue(TokenAt(v, text, cue), TokenAt(v, text, cue, last: true) + 1);
        d.SetSource(TokenAt(v, text, source), TokenAt(v, text, source, last: true) + 1);
        FacedCriticism.Apply(v, d);
        string? got = d.HasSource ? text[v.Starts[d.SourceFirst]..v.Ends[d.SourceEnd - 1]] : null;
        Assert.Equal(expected, got);
    }

    private static DocumentView View(string text) => new(QuoteTestHelpers.Annotate(text), useEntities: false);

    /// <summary>The first (or, with <paramref name="last"/>, the last) token of the first occurrence of <paramref name="words"/>.</summary>
    private static int TokenAt(DocumentView v, string text, string words, bool last = false)
    {
        int start = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, words);
        return TokenSearch.IndexAt(v, last ? start + words.Length - 1 : start);
    }
}
