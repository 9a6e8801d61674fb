using NewsNlp.Documents;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// Session 17: a station or channel named by a word and a number (<c>Radio 1</c>, <c>Channel 4</c>, <c>Formula 1</c>):
/// when the recogniser's organisation ends at the word, the number written right after it is part of the name, and a
/// different number names a different station.
/// </summary>
internal static class BroadcastNumber
{
    private static readonly string[] NumberedNames = ["Radio", "Channel", "Formula", "TV", "Television"];

    /// <summary>Most digits of the number.</summary>
    private const int MaxDigits = 2;

    /// <summary>One past the number after the organisation <paramref name="m"/> whose last word is a numbered name's word, or -1.</summary>
    public static int After(DocumentView v, EntityMention m)
    {
        int end = m.EndToken;
        if (end < 1 || end >= v.Count || v.Shapes[end] != TokenShape.Number || v.InQuote(end) || v.SentenceOf[end] != v.SentenceOf[end - 1]
            || v.Starts[end] != v.Ends[end - 1] + 1 || !v.TextIsAny(end - 1, NumberedNames) || !char.IsUpper(v.Chars(end - 1)[0]))
        {
            return -1;
        }

        ReadOnlySpan<char> number = v.Chars(end);
        if (number.Length > MaxDigits)
        {
            return -1;
        }

        foreach (char c in number)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }
        }

        return end + 1;
    }
}
