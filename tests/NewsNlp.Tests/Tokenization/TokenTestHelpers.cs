using NewsNlp.Documents;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Tokenization;

/// <summary>Helpers shared by the tokenization tests.</summary>
internal static class TokenTestHelpers
{
    public static TokenTable Tokenize(string text, NewsTokenizer? tokenizer = null)
    {
        var table = new TokenTable();
        (tokenizer ?? NewsTokenizer.Default).Tokenize(text, table);
        return table;
    }

    public static string[] Texts(string text, NewsTokenizer? tokenizer = null)
    {
        TokenTable table = Tokenize(text, tokenizer);
        var result = new string[table.Count];
        for (int i = 0; i < table.Count; i++)
        {
            result[i] = text.Substring(table[i].Start, table[i].Length);
        }

        return result;
    }

    public static NewsDocument Process(string text)
    {
        var document = new NewsDocument(text);
        new TokenizerStage().Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>Asserts the rebuild invariant: tokens are non-empty, in order, non-overlapping, and only white space lies between them.</summary>
    /// <summary>Processes <paramref name="text"/> and checks that the tokens rebuild it and the sentences tile the tokens.</summary>
    public static NewsDocument ProcessChecked(string text)
    {
        NewsDocument document = Process(text);
        AssertRebuildsText(text, document.Tokens);
        int expected = 0;
        foreach (TokenRange sentence in document.Sentences)
        {
            Assert.Equal(expected, sentence.FirstToken);
            Assert.True(sentence.EndToken > sentence.FirstToken);
            expected = sentence.EndToken;
        }

        Assert.Equal(document.Tokens.Count, expected);
        return document;
    }

    public static void AssertRebuildsText(string text, TokenTable table)
    {
        int position = 0;
        for (int i = 0; i < table.Count; i++)
        {
            TokenRow row = table[i];
            if (row.Length <= 0 || row.Start < position || row.End > text.Length)
            {
                Assert.Fail($"token {i} [{row.Start}, {row.End}) is empty, overlaps the previous token (ending at {position}) or ends past the text");
            }

            AssertWhiteSpace(text, position, row.Start);
            position = row.End;
        }

        AssertWhiteSpace(text, position, text.Length);
    }

    private static void AssertWhiteSpace(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                Assert.Fail($"non-space character U+{(int)text[k]:X4} at {k} is not in any token");
            }
        }
    }
}
