using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Tests.Tokenization;

namespace NewsNlp.Tests.Entities;

/// <summary>Sentences labelled by hand for the entity-repair passes: the tokens of a text, BILOU labels marking given
/// mentions, and the mentions read back as <c>TYPE:words</c>.</summary>
internal static class EntityLabelTestHelpers
{
    /// <summary>Tokens of <paramref name="text"/> and labels marking each mention's words (its first occurrence).</summary>
    public static (TokenRow[] Rows, int[] Labels) Labelled(string text, params (string Words, EntityType Type)[] mentions)
    {
        TokenTable table = TokenTestHelpers.Tokenize(text);
        TokenRow[] rows = table.Rows.ToArray();
        var spans = new List<(int Start, int End, EntityType Type)>();
        foreach ((string words, EntityType type) in mentions)
        {
            int start = text.IndexOf(words, StringComparison.Ordinal);
            Assert.True(start >= 0, words);
            int first = Array.FindIndex(rows, r => r.Start == start), last = Array.FindIndex(rows, r => r.End == start + words.Length);
            Assert.True(first >= 0 && last >= first, words);
            spans.Add((first, last + 1, type));
        }

        int[] labels = new int[rows.Length];
        BilouLabels.FromSpans(spans, labels);
        return (rows, labels);
    }

    /// <summary>The mentions <paramref name="labels"/> mark, as <c>PER:Ann Lee</c>.</summary>
    public static List<string> Mentions(string text, TokenRow[] rows, int[] labels) =>
        BilouLabels.ToSpans(labels).Select(s => $"{BilouLabels.ShortName(s.Type)}:{text[rows[s.Start].Start..rows[s.End - 1].End]}").ToList();
}
