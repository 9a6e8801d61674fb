using NewsNlp.Documents;

namespace NewsNlp.Entities;

/// <summary>
/// The recognizer's view of a document in which capitalised words joined by a hyphen (<c>Hapag-Lloyd</c>,
/// <c>Coca-Cola</c>, <c>Jean-Claude</c>, <c>Anglo-Dutch</c>) are one unit, as in the CoNLL-2003 tokens the model learned
/// from. The tokenizer splits hyphens as Universal Dependencies does, and the model, seeing <c>Hapag</c>, <c>-</c> and
/// <c>Lloyd</c> on their own, typed the parts separately (<c>Lloyd</c> a person). Only name parts join: a lower-case part
/// (<c>Cardiff-based</c>, <c>al-Assad</c>, <c>pro-Russian</c>), a one-letter part (the party and state of US politicians,
/// <c>R-Tenn.</c>, <c>D-N.Y.</c>) and hyphens with a space on either side keep the tokenizer's split.
/// </summary>
internal sealed class HyphenatedNameUnits
{
    private readonly int[] _firstToken;

    private HyphenatedNameUnits(TokenRow[] rows, TokenRange[] sentences, int[] firstToken)
    {
        Rows = rows;
        Sentences = sentences;
        _firstToken = firstToken;
    }

    /// <summary>The units: one row per unit, spanning the unit's text.</summary>
    public TokenRow[] Rows { get; }

    /// <summary>The sentences in unit indices.</summary>
    public TokenRange[] Sentences { get; }

    /// <summary>The document's first token of <paramref name="unit"/> (the token count for the unit count).</summary>
    public int FirstToken(int unit) => _firstToken[unit];

    /// <summary>The units of a document, or null when no hyphen joins two name parts (the document's own tokens are the units).</summary>
    public static HyphenatedNameUnits? Join(string text, ReadOnlySpan<TokenRow> rows, IReadOnlyList<TokenRange> sentences)
    {
        int n = rows.Length, joins = 0;
        bool[]? joined = null; // joined[i]: token i is a hyphen that joins its neighbours
        foreach (TokenRange sentence in sentences)
        {
            for (int i = sentence.FirstToken + 1; i < sentence.EndToken - 1; i++)
            {
                if (JoinsNames(text, rows[i - 1], rows[i], rows[i + 1]))
                {
                    joined ??= new bool[n];
                    joined[i] = true;
                    joins++;
                }
            }
        }

        if (joined is null)
        {
            return null;
        }

        int units = n - (2 * joins);
        var unitRows = new TokenRow[units];
        var firstToken = new int[units + 1];
        var unitOf = new int[n + 1];
        int u = 0;
        for (int t = 0; t < n; u++)
        {
            int end = t + 1;
            while (end + 1 < n && joined[end])
            {
                end += 2;
            }

            firstToken[u] = t;
            unitRows[u] = new TokenRow(rows[t].Start, rows[end - 1].End - rows[t].Start, rows[t].Kind, rows[t].Traits);
            for (int k = t; k < end; k++)
            {
                unitOf[k] = u;
            }

            t = end;
        }

        firstToken[units] = n;
        unitOf[n] = units;
        var unitSentences = new TokenRange[sentences.Count];
        for (int s = 0; s < unitSentences.Length; s++)
        {
            TokenRange sentence = sentences[s];
            unitSentences[s] = new TokenRange(unitOf[sentence.FirstToken], sentence.EndToken == 0 ? 0 : unitOf[sentence.EndToken - 1] + 1, sentence.Span);
        }

        return new HyphenatedNameUnits(unitRows, unitSentences, firstToken);
    }

    /// <summary>Writes the document's token labels for the unit labels <paramref name="unitLabels"/> (a mention keeps its type and covers every token of its units).</summary>
    public void ExpandLabels(ReadOnlySpan<int> unitLabels, Span<int> labels)
    {
        List<(int Start, int End, EntityType Type)> spans = BilouLabels.ToSpans(unitLabels);
        for (int i = 0; i < spans.Count; i++)
        {
            (int start, int end, EntityType type) = spans[i];
            spans[i] = (_firstToken[start], _firstToken[end], type);
        }

        labels.Clear();
        BilouLabels.FromSpans(spans, labels);
    }

    private static bool JoinsNames(string text, TokenRow before, TokenRow hyphen, TokenRow after) =>
        hyphen.Length == 1
        && text[hyphen.Start] is '-' or '\u2010' or '\u2011'
        && before.End == hyphen.Start
        && hyphen.End == after.Start
        && before.Length > 1
        && after.Length > 1
        && before.Kind == TokenKind.Word
        && after.Kind == TokenKind.Word
        && char.IsUpper(text[before.Start])
        && char.IsUpper(text[after.Start]);
}
