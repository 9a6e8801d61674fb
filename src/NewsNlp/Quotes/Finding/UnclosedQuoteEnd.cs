namespace NewsNlp.Quotes.Finding;

/// <summary>
/// Where a quotation left open ends when the next opening mark comes before any closing one. Copy such as
/// <c>said: "I've lost three years of my life, because I was a Muslim. He added: "The authorities …"</c> forgets the
/// closing mark; the words between the open quotation's last sentence end and the next opening mark, when they are a
/// short lead-in ending in a colon (<c>He added:</c>, <c>Mr Smith told the BBC:</c>), introduce the next quotation and
/// are not part of the open one; so are the words of one sentence that reports someone's words (<c>. Dr Gibbons, …, said NHS
/// staff wanted … after "…"</c>). Works on characters, like the pairer.
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
            return BeforeReportingSentence(text, contentStart, nextOpen);
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

    /// <summary>Longest reporting sentence between an open quotation and the next opening mark, in characters.</summary>
    private const int MaxReportingSentence = 300;

    private static readonly string[] ReportingWords = [" said ", " says ", " told ", " added ", " saying ", " according to "];

    /// <summary>
    /// Session 25: <c>… were "only 10% of the health agenda. Dr Gibbons, who was a GP …, said NHS staff wanted a period of
    /// consolidation after "tremendous change and reform".</c> The open quotation ends at its last sentence end when
    /// the words from there to the next opening mark are one sentence of at most <see cref="MaxReportingSentence"/>
    /// characters that reports someone's words (<c>said</c>, <c>says</c>, <c>told</c> …): the writer's sentence, not
    /// the quoted speaker's. Else <paramref name="nextOpen"/>.
    /// </summary>
    private static int BeforeReportingSentence(string text, int contentStart, int nextOpen)
    {
        for (int k = nextOpen - 1; k > contentStart && nextOpen - k <= MaxReportingSentence; k--)
        {
            char c = text[k];
            if (c is '"' or '“' or '”' or '\n')
            {
                return nextOpen;
            }

            if (c is not ('.' or '?' or '!'))
            {
                continue;
            }

            int start = k + 1;
            if (start >= nextOpen || !char.IsWhiteSpace(text[start]) || IsShortAbbreviation(text, k))
            {
                continue; // "U.S.", "10.5", "Dr. Gibbons": no sentence end
            }

            while (start < nextOpen && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start >= nextOpen || !char.IsUpper(text[start]))
            {
                return nextOpen;
            }

            ReadOnlySpan<char> sentence = text.AsSpan(start - 1, nextOpen - start + 1);
            foreach (string word in ReportingWords)
            {
                if (sentence.Contains(word.AsSpan(), StringComparison.Ordinal))
                {
                    return k + 1;
                }
            }

            return nextOpen;
        }

        return nextOpen;
    }

    /// <summary>True when the stop at <paramref name="stop"/> closes a short capitalised word (<c>Dr.</c>, <c>Mr.</c>, <c>U.S.</c>): no sentence end.</summary>
    private static bool IsShortAbbreviation(string text, int stop)
    {
        int k = stop - 1;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            k--;
        }

        int length = stop - k - 1;
        return length is > 0 and <= 3 && char.IsUpper(text[k + 1]);
    }
}
