using System.Text;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;
using static NewsNlp.Tests.Quotes.QuoteTestHelpers;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// Long repetitions of one pattern in a single paragraph, each of which used to take the quote code through a
/// quadratic path (a backward search per quote or per cue verb). The answers for many repetitions must be the answers
/// for a few, repeated: the same distinct quotes, and a quote count that grows by the same amount per repetition.
/// </summary>
public class RepeatedPatternBadInputTests
{
    private const string Tail = "\n\nThe meeting ended.\n\n“We will win the vote,” said John Smith.";

    private static readonly Lazy<NewsPipeline> Default = new(() => NewsPipeline.CreateDefault());

    public static TheoryData<string, string, string, bool> Patterns => new()
    {
        // name, text before the repetitions, the repeated unit, with NER (the default pipeline) or without
        { "scare quotes", "Opening words ", "“word more” ", false },
        { "pronoun they, no group mentioned", "", "John Smith met Anna Berg. “We will win the vote,” they said. ", true },
        { "pronoun he after organisations", "John Smith arrived. ", "The Ministry of Finance said the talks would continue. “We will keep the port open,” he said. ", true },
        { "pronoun he, one speaker", "“We will win the vote,” said John Smith. ", "“We will keep the port open,” he said. ", false },
        { "role noun", "", "“We will win the vote,” the spokesman said. ", false },
    };

    private static NewsDocument Run(string text, bool entities) => entities ? Default.Value.Process(text) : Annotate(text);

    private static string Text(string prefix, string unit, int count)
    {
        var sb = new StringBuilder(prefix, prefix.Length + (unit.Length * count) + Tail.Length);
        for (int i = 0; i < count; i++)
        {
            sb.Append(unit);
        }

        return sb.Append(Tail).ToString();
    }

    private static string Signature(NewsDocument doc, Quote q) =>
        $"{q.Kind}|{ContentText(doc, q)}|{SourceText(doc, q)}|{CueText(doc, q)}|{q.SpeakerName}|{q.DecidedBy}";

    private static void AssertCoversText(NewsDocument doc)
    {
        int expected = 0;
        foreach (TokenRange paragraph in doc.Paragraphs)
        {
            Assert.Equal(expected, paragraph.FirstToken);
            expected = paragraph.EndToken;
        }

        Assert.Equal(doc.Tokens.Count, expected);
        foreach (Quote q in doc.Quotes)
        {
            foreach (TextSpan span in q.Content)
            {
                Assert.InRange(span.Start, 0, doc.Text.Length);
                Assert.InRange(span.End, span.Start, doc.Text.Length);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Many_repetitions_give_the_answers_of_a_few(string name, string prefix, string unit, bool entities)
    {
        const int Many = 4_000;
        NewsDocument six = Run(Text(prefix, unit, 6), entities);
        NewsDocument eight = Run(Text(prefix, unit, 8), entities);
        NewsDocument many = Run(Text(prefix, unit, Many), entities);
        AssertCoversText(many);

        // The tail paragraph's quote is still found and attributed after the repetitions.
        Quote last = many.Quotes[^1];
        Assert.Equal("We will win the vote,", ContentText(many, last));
        Assert.Equal("John Smith", last.SpeakerName);

        var distinctFew = eight.Quotes.Select(q => Signature(eight, q)).ToHashSet();
        var distinctMany = many.Quotes.Select(q => Signature(many, q)).ToHashSet();
        Assert.True(distinctFew.SetEquals(distinctMany), $"{name}: the quotes differ from those of 8 repetitions");

        // Quotes may pair up across two repetitions (a split quote), so the count grows per two repetitions.
        int perTwo = eight.Quotes.Count - six.Quotes.Count;
        Assert.Equal(six.Quotes.Count + ((Many - 6) / 2 * perTwo), many.Quotes.Count);
    }

    [Fact]
    public void Tokens_are_not_lost_in_a_long_cue_verb_chain()
    {
        string text = Text("", "He said ", 20_000);
        NewsDocument doc = Annotate(text);
        var tokensOnly = new NewsDocument(text);
        new TokenizerStage().Process(tokensOnly, CancellationToken.None);
        Assert.Equal(tokensOnly.Tokens.Count, doc.Tokens.Count);
        Assert.Equal((2 * 20_000) + 4 + 12, doc.Tokens.Count);
        Assert.Equal("John Smith", doc.Quotes[^1].SpeakerName);
    }
}
