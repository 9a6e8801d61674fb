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
    public static void AssertRebuildsText(string text, TokenTable table)
    {
        int position = 0;
        for (int i = 0; i < table.Count; i++)
        {
            TokenRow row = table[i];
            Assert.True(row.Length > 0, $"token {i} is empty");
            Assert.True(row.Start >= position, $"token {i} at {row.Start} overlaps or precedes {position}");
            Assert.True(row.End <= text.Length, $"token {i} ends past the text");
            for (int k = position; k < row.Start; k++)
            {
                Assert.True(char.IsWhiteSpace(text[k]), $"non-space character U+{(int)text[k]:X4} at {k} is not in any token");
            }

            position = row.End;
        }

        for (int k = position; k < text.Length; k++)
        {
            Assert.True(char.IsWhiteSpace(text[k]), $"non-space character U+{(int)text[k]:X4} at {k} after the last token");
        }
    }
}
