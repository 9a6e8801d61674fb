using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// One sentence as the name-join rules see it: its tokens (the recognizer's units) and the model's BILOU labels.
/// Indices are relative to the sentence.
/// </summary>
internal readonly ref struct JoinSentence
{
    public JoinSentence(string text, ReadOnlySpan<TokenRow> rows, ReadOnlySpan<int> labels, NerLexicon lexicon)
    {
        Text = text;
        Rows = rows;
        Labels = labels;
        Lexicon = lexicon;
    }

    public string Text { get; }

    public ReadOnlySpan<TokenRow> Rows { get; }

    /// <summary>The model's labels (BILOU ids, see <see cref="BilouLabels"/>).</summary>
    public ReadOnlySpan<int> Labels { get; }

    /// <summary>The gazetteer phrases compiled into the model.</summary>
    public NerLexicon Lexicon { get; }

    public int Count => Rows.Length;

    public ReadOnlySpan<char> Word(int i) => WordOf(Text, Rows[i]);

    /// <summary>The characters of <paramref name="row"/> in <paramref name="text"/> (for rules that read rows outside a sentence).</summary>
    public static ReadOnlySpan<char> WordOf(string text, TokenRow row) => text.AsSpan(row.Start, row.Length);

    /// <summary>The token is <c>and</c> or <c>&amp;</c>.</summary>
    public bool IsAnd(int i) => NameConnectors.IsAnd(Word(i));

    /// <summary>The token starts with an upper-case letter.</summary>
    public bool IsCapitalised(int i) => Rows[i].Length > 0 && char.IsUpper(Text[Rows[i].Start]);

    public bool Is(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The token is a single upper-case letter, with or without a full stop (<c>S</c>, <c>P.</c>).</summary>
    public bool IsInitial(int i)
    {
        ReadOnlySpan<char> w = Word(i);
        return (w.Length == 1 || (w.Length == 2 && w[1] == '.')) && char.IsAsciiLetterUpper(w[0]);
    }

    /// <summary>The type of the model's mention holding token <paramref name="i"/>, or null outside mentions.</summary>
    public EntityType? TypeAt(int i) => Labels[i] == BilouLabels.Outside ? null : BilouLabels.TypeOf(Labels[i]);

    /// <summary>A model mention starts at token <paramref name="i"/>.</summary>
    public bool StartsMention(int i) => Labels[i] != BilouLabels.Outside && BilouLabels.PositionOf(Labels[i]) is BilouLabels.Position.Begin or BilouLabels.Position.Unit;

    /// <summary>A model mention ends at token <paramref name="i"/> (it is the mention's last token).</summary>
    public bool EndsMention(int i) => Labels[i] != BilouLabels.Outside && BilouLabels.PositionOf(Labels[i]) is BilouLabels.Position.Last or BilouLabels.Position.Unit;
}
