namespace NewsNlp.Tokenization;

/// <summary>
/// An all-capital word spelt like a month abbreviation (<c>DEC</c>, <c>MAR</c>, <c>JUN</c>) in running text is an
/// acronym (<c>the DEC</c>, a committee or a company), so a period after it ends the sentence instead of belonging to
/// it: <c>The money will go to the DEC. "We are grateful," he added.</c> A month keeps its period before a number
/// (<c>DEC. 5</c>) and in text set in capitals (the previous word has no lower-case letter: <c>NEW YORK, DEC.</c>).
/// </summary>
internal static class AllCapsAcronym
{
    /// <summary>True when <paramref name="stem"/> (at <paramref name="start"/> of <paramref name="text"/>, without its
    /// period) is an all-capital month spelling after a word with a lower-case letter on the same line.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Where the stem starts.</param>
    /// <param name="stem">The word without its period.</param>
    public static bool IsAcronymNotMonth(string text, int start, ReadOnlySpan<char> stem)
    {
        if (stem.Length < 3 || !Lexicon.IsMonthAbbreviation(stem))
        {
            return false;
        }

        foreach (char c in stem)
        {
            if (!CharClass.IsUpper(c))
            {
                return false;
            }
        }

        // The previous word on the same line: look back over spaces, then read it (at most 40 characters back, so the
        // check stays constant-time however the text is laid out).
        int k = start - 1;
        int limit = Math.Max(0, start - 40);
        while (k >= limit && text[k] == ' ')
        {
            k--;
        }

        bool lower = false;
        while (k >= limit && !char.IsWhiteSpace(text[k]))
        {
            lower |= char.IsLower(text[k]);
            k--;
        }

        return lower;
    }
}
