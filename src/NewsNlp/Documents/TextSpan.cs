namespace NewsNlp.Documents;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no character.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>True when the span starts at or after 0, does not end before it starts, and ends within a text of <paramref name="textLength"/> characters, so <see cref="Slice"/> can cut it.</summary>
    internal bool LiesWithin(int textLength) => Start >= 0 && End >= Start && End <= textLength;

    /// <summary>The span without the white space at its two ends in <paramref name="text"/> (empty when it holds only white space).</summary>
    internal TextSpan TrimWhiteSpace(string text)
    {
        int start = Start, end = End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>Returns the covered slice of <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
