using System.Text.RegularExpressions;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// The point of a concession: in "Whilst I disagree with his views, it seems extraordinary to sack him", "That, as a general
/// rule, is right, but it's not an absolute rule" and "They are doing their utmost to keep council tax down. But rebanding
/// will create a great deal of difficulty" the speaker grants the first part and argues the second, so the side is the
/// second part's. The conceded sentence is left out of the text whose side is read; sentences before it stay. No
/// concession before "but": a sentence with a negation ("not X but Y", "not only X but Y", "I don't know whether …, but":
/// X is denied, added to or left open, not granted), "X but not Y" (a contrast of two things), and a "but" with fewer than
/// three words on either side.
/// </summary>
internal static partial class ConcessionPoint
{
    /// <summary>Words that make the sentence before "but" a denial or a hedge, not a concession ("not a mistake but a disaster", "never X but Y").</summary>
    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal) { "not", "never", "no", "nor", "neither" };

    /// <summary>The fewest words on either side of "but" for a concession.</summary>
    private const int MinWords = 3;

    /// <summary>
    /// <paramref name="text"/> without the part it concedes when it concedes something first (an opening "whilst",
    /// "although", "though" or "even though" clause, or the sentence before a ", but" or a sentence-opening "But"); null when
    /// it concedes nothing.
    /// </summary>
    public static string? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Concessive().Match(text) is { Success: true } opener)
        {
            return opener.Groups["point"].Value;
        }

        foreach (Match m in Contrast().Matches(text))
        {
            bool newSentence = m.Groups["end"].Success;
            int sentenceEnd = newSentence ? m.Groups["end"].Index : m.Index;
            int conceded = SentenceStart(text, sentenceEnd);
            string before = text[conceded..sentenceEnd];
            string[] words = [.. Words().Matches(before).Select(w => w.Value.ToLowerInvariant())];
            string point = m.Groups["point"].Value;
            if (words.Length < MinWords || Words().Count(point) < MinWords
                || words.Any(w => Denials.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal))
                || point.StartsWith("not ", StringComparison.OrdinalIgnoreCase) || point.StartsWith("also ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return text[..conceded] + point;
        }

        return null;
    }

    /// <summary>Where the sentence that ends at <paramref name="end"/> starts: after the last sentence end before it, or 0.</summary>
    private static int SentenceStart(string text, int end)
    {
        for (int k = end - 1; k > 0; k--)
        {
            if (text[k] is '.' or '!' or '?' && k + 1 < end && char.IsWhiteSpace(text[k + 1]))
            {
                return k + 2;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^\W*(?:\p{L}+\s+){0,2}?(?:whilst|although|though|even\s+though)\s[^.;:!?,]{6,}?,\s*(?<point>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Concessive();

    [GeneratedRegex(@"(?:,|(?<end>[.;!?])[""\u201D']?)\s+but\s+(?<point>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Contrast();

    [GeneratedRegex(@"\p{L}[\p{L}'\u2019]*")]
    private static partial Regex Words();
}
