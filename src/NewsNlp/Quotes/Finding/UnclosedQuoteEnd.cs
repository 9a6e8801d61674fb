namespace NewsNlp.Quotes.Finding;

/// <summary>
/// Where a quotation left open ends when the next opening mark comes before any closing one. Copy such as
/// <c>said: "I've lost three years of my life, because I was a Muslim. He added: "The authorities …"</c> forgets the
/// closing mark; the words between the open quotation's last sentence end and the next opening mark, when they are a
/// short lead-in ending in a colon (<c>He added:</c>, <c>Mr Smith told the BBC:</c>), introduce the next quotation and
/// are not part of the open one. Works on characters, like the pairer.
/// </summary>
internal static class UnclosedQuoteEnd
{
    /// <summary>Longest lead-in, in characters.</summary>
    private const int MaxLeadIn = 60;

    /// <summary>Most words in a lead-in.</summary>
    private const int MaxWords = 8;

    /// <summary>
    /// The end (exclusive) of a quotation whose content starts at <paramref name="contentStart"/> and that is still open
    /// at the next opening mark <paramref name="nextOpen"/>: right after its last sentence end when a lead-in follows it,
    /// else <paramref name="nextOpen"/>.
    /// </summary>
    public static int BeforeLeadIn(string text, int contentStart, int nextOpen)
    {
        int colon = nextOpen - 1;
        while (colon > contentStart && char.IsWhiteSpace(text[colon]))
        {
            colon--;
        }

        if (colon <= contentStart || text[colon] != ':')
        {
            return nextOpen;
        }

        int words = 0;
        bool inWord = false;
        for (int k = colon - 1; k > contentStart && colon - k <= MaxLeadIn; k--)
        {
            char c = text[k];
            if (c is '.' or '?' or '!')
            {
                int start = k + 1;
                while (start < colon && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                // The lead-in starts a sentence: a space after the stop and a capital letter ("He added:").
                return start > k + 1 && start < colon && char.IsUpper(text[start]) ? k + 1 : nextOpen;
            }

            if (c is '"' or '“' or '”' or '\n')
            {
                return nextOpen;
            }

            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++words > MaxWords)
            {
                return nextOpen;
            }

            inWord = letter;
        }

        return nextOpen;
    }
}
