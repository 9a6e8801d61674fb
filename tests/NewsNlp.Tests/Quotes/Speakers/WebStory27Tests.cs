using NewsNlp.Documents;
using static NewsNlp.Tests.Quotes.Speakers.QuoteProbe;

namespace NewsNlp.Tests.Quotes.Speakers;

/// <summary>
/// Session 27 (lead), from an invented US web story: a programme's title closing the sentence of a split quote is no
/// part of it; a hearer aboard a named plane is no content; a lead's described speaker with a party word is the senator
/// the next sentence quotes, named with a home state.
/// </summary>
public class WebStory27Tests
{
    private const string Story = "Senator says bill 'dead on arrival'\n\n"
        + "Washington (CNN) - A border deal appeared close to collapse on Sunday after a leading Republican senator said the bill would be \"dead on arrival\" in the House.\n\n"
        + "\"I don't see a path forward right now,\" Sen. Walter Brigg of Idaho told CNN's Ana Reyes on \"State of the Union.\" \"The House will not take up a bill that does not secure the border first.\"\n\n"
        + "The White House pushed back. Press secretary Lena Ortiz told reporters aboard Air Force One that the president \"is ready to sign this bill the moment it reaches his desk.\"\n";

    [Fact]
    public void AProgrammeTitleClosingTheCueSentenceIsNoPartOfTheQuote()
    {
        NewsDocument doc = QuoteProbe.Pipeline.Process(Story);
        Quote quote = Assert.Single(doc.Quotes, q => q.Content.Any(c => doc.GetText(c).Contains("path forward", StringComparison.Ordinal)));
        Assert.DoesNotContain(quote.Content, c => doc.GetText(c).Contains("State of the Union", StringComparison.Ordinal));
        Assert.Contains(quote.Content, c => doc.GetText(c).Contains("The House will not", StringComparison.Ordinal));
    }

    [Fact]
    public void AHearerAboardANamedPlaneIsNoContent()
    {
        NewsDocument doc = QuoteProbe.Pipeline.Process(Story);
        Quote quote = Assert.Single(doc.Quotes, q => q.Content.Any(c => doc.GetText(c).Contains("ready to sign", StringComparison.Ordinal)));
        Assert.StartsWith("the president", doc.GetText(quote.Content[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void ALeadsDescribedSpeakerIsTheSenatorQuotedNext()
    {
        Assert.Equal("Walter Brigg", SpeakerOf(Story, "the bill would be"));
    }
}
