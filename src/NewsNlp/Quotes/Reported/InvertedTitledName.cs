namespace NewsNlp.Quotes.Reported;

/// <summary>
/// An inverted closing report may name its speaker by a title of an organisation before the name: <c>…, said Assistant
/// Minister of Commerce Yi Xiaozhun.</c>, <c>…, said Secretary of State Colin Powell.</c>, <c>…, said Governor of the
/// Bank of England Mervyn King.</c> The phrase finder stops at <c>of</c>, so the closing report was lost. When the phrase
/// after the cue is capitalised words and the rest of the sentence is <c>of</c>, an optional <c>the</c> and capitalised
/// words only (a hyphen may join a name's parts: <c>Lee Dong-wan</c>; at most twelve tokens in all), the speaker's phrase runs to the end.
/// </summary>
internal static class InvertedTitledName
{
    /// <summary>The longest titled name read, in tokens.</summary>
    private const int MaxTokens = 12;

    /// <summary>True when <c>[first, e)</c> after an inverted cue and <c>[e, end)</c> are such a titled name.</summary>
    public static bool RunsTo(DocumentView v, int first, int e, int end)
    {
        if (first < 0 || e <= first || e + 1 >= end || end - first > MaxTokens || !v.TextIs(e, "of"))
        {
            return false;
        }

        for (int t = first; t < e; t++)
        {
            if (v.Shapes[t] != TokenShape.Capitalised)
            {
                return false;
            }
        }

        int k = e + 1;
        if (v.TextIs(k, "the"))
        {
            k++;
        }

        bool capitalised = false;
        for (int t = k; t < end; t++)
        {
            if (capitalised && v.TextIs(t, "-") && t + 1 < end && v.Shapes[t + 1] is TokenShape.Lower or TokenShape.Capitalised
                && v.Starts[t] == v.Ends[t - 1] && v.Starts[t + 1] == v.Ends[t])
            {
                // A hyphenated name part ("Lee Dong-wan").
                t++;
                continue;
            }

            if (v.Shapes[t] == TokenShape.Capitalised || (capitalised && v.TextIs(t, "of") && t + 1 < end && v.Shapes[t + 1] == TokenShape.Capitalised))
            {
                capitalised |= v.Shapes[t] == TokenShape.Capitalised;
                continue;
            }

            return false;
        }

        return capitalised;
    }
}
