using NewsNlp.Documents;
using NewsNlp.Tokenization;
using static NewsNlp.Tests.Tokenization.TokenTestHelpers;

namespace NewsNlp.Tests.Tokenization;

/// <summary>
/// Long runs of closers (closing quote marks and brackets): the sentence splitter used to walk back over the whole run at
/// every token of it. These check that nothing is lost and that the decisions do not depend on the run's length.
/// </summary>
public class CloserRunBadInputTests
{
    private const string Tail = "\n\nThe meeting ended.\n\n“We will win the vote,” said John Smith.";

    private static string[] SentenceTexts(NewsDocument document)
    {
        var result = new string[document.Sentences.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = document.GetText(document.Sentences[i].Span);
        }

        return result;
    }

    [Theory]
    [InlineData('\u201D')]
    [InlineData('\u00BB')]
    [InlineData(')')]
    [InlineData(']')]
    public void Forty_thousand_closers_in_one_chunk_are_one_token_each(char closer)
    {
        const int Marks = 40_000;
        string text = "He said " + new string(closer, Marks) + " and then left." + Tail;
        NewsDocument document = ProcessChecked(text);

        // "He" "said", the marks, "and" "then" "left" ".", then the tail's 4 + 12 tokens.
        Assert.Equal(2 + Marks + 4 + 4 + 12, document.Tokens.Count);
        Assert.Equal(3, document.Paragraphs.Count);
        Assert.Equal("He said", document.GetText(new TextSpan(document.Tokens[0].Start, document.Tokens[1].End - document.Tokens[0].Start)));
        Assert.Equal("left", document.GetToken(2 + Marks + 2).Text.ToString());
        string[] sentences = SentenceTexts(document);
        Assert.Equal("The meeting ended.", sentences[^2]);
        Assert.Equal("“We will win the vote,” said John Smith.", sentences[^1]);
    }

    [Theory]
    [InlineData('\u201D')]
    [InlineData(')')]
    public void Sentence_decisions_after_a_closer_run_do_not_depend_on_its_length(char closer)
    {
        // Final punctuation, a run of closers, then a capitalised word: the decision looks back over the run to the period.
        static string Text(char closer, int marks) => "The vote was lost." + new string(closer, marks) + " Then he left. And " + new string(closer, marks) + " so on." + Tail;

        string[] shortRun = SentenceTexts(ProcessChecked(Text(closer, 50)));
        string[] longRun = SentenceTexts(ProcessChecked(Text(closer, 50_000)));
        Assert.Equal(shortRun.Length, longRun.Length);
        for (int i = 0; i < shortRun.Length; i++)
        {
            Assert.Equal(shortRun[i].Replace(new string(closer, 50), "RUN", StringComparison.Ordinal), longRun[i].Replace(new string(closer, 50_000), "RUN", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Spaced_closers_with_clitics_and_brackets()
    {
        string text = "It ended. " + string.Concat(Enumerable.Repeat("” ) ] ’ ", 20_000)) + "Then more." + Tail;
        NewsDocument document = ProcessChecked(text);
        Assert.Equal(3 + (4 * 20_000) + 3 + 4 + 12, document.Tokens.Count);
        Assert.Equal("“We will win the vote,” said John Smith.", SentenceTexts(document)[^1]);
    }
}
