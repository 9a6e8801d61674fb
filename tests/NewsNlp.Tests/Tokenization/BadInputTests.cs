using NewsNlp.Documents;
using NewsNlp.Tokenization;
using static NewsNlp.Tests.Tokenization.TokenTestHelpers;

namespace NewsNlp.Tests.Tokenization;

/// <summary>Hostile input: every case must give a result that rebuilds the text (no timing assertions).</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" \t\r\n\n\u00A0\u2028 ")]
    public void Empty_and_whitespace_give_no_tokens(string text)
    {
        NewsDocument document = ProcessChecked(text);
        Assert.Equal(0, document.Tokens.Count);
        Assert.Empty(document.Sentences);
        Assert.Empty(document.Paragraphs);
    }

    [Fact]
    public void Ten_megabyte_article()
    {
        const string paragraph = "WASHINGTON (Reuters) - U.S. Sen. John Smith said on Tuesday that the $5.2 billion deal, announced Jan. 3, was \"a mistake.\" Shares fell 3.5% to $21.50.\n\n";
        var builder = new System.Text.StringBuilder(10 * 1024 * 1024 + paragraph.Length);
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(paragraph);
        }

        NewsDocument document = ProcessChecked(builder.ToString());
        Assert.True(document.Sentences.Count > 100_000);
    }

    [Fact]
    public void Binary_data_decoded_as_utf8()
    {
        var random = new Random(7);
        byte[] bytes = new byte[1 << 20];
        random.NextBytes(bytes);
        ProcessChecked(System.Text.Encoding.UTF8.GetString(bytes));
        char[] chars = new char[1 << 18];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0x10000);
        }

        ProcessChecked(new string(chars));
    }

    [Fact]
    public void Lone_surrogates()
    {
        NewsDocument document = ProcessChecked("a\uD800b \uDC00 \uDC00\uD800 x\uD83D");
        Assert.True(document.Tokens.Count >= 5);
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\'')]
    [InlineData('\u201C')]
    [InlineData('`')]
    public void Hundred_thousand_quote_marks(char quote)
    {
        ProcessChecked(new string(quote, 100_000));
        ProcessChecked(string.Concat(Enumerable.Repeat(quote + " ", 50_000)));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a.")]
    [InlineData("a-")]
    [InlineData("1,")]
    [InlineData(".")]
    [InlineData("'s")]
    [InlineData("http://x.com/")]
    [InlineData("a@")]
    [InlineData("a...")]
    public void Megabyte_token_without_spaces(string unit)
    {
        var builder = new System.Text.StringBuilder(1 << 20);
        while (builder.Length < 1 << 20)
        {
            builder.Append(unit);
        }

        ProcessChecked(builder.ToString());
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        string text = string.Concat(Enumerable.Repeat("Word word. ", 200_000));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => NewsTokenizer.Default.Tokenize(text, new TokenTable(), cancelled.Token));
        var document = new NewsDocument(text);
        NewsTokenizer.Default.Tokenize(text, document.Tokens);
        Assert.ThrowsAny<OperationCanceledException>(() => LearnedSentenceSplitter.Default.Split(document, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => new TokenizerStage().Process(new NewsDocument(text), cancelled.Token));
    }
}
