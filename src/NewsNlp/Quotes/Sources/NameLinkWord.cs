namespace NewsNlp.Quotes.Sources;

/// <summary>
/// A lower-case <c>for</c>, <c>on</c> or <c>of</c> inside an organisation's name (<c>the Joint Council for the Welfare of
/// Immigrants</c>, <c>the Council on Foreign Relations</c>): after a capitalised organisation noun and before capitalised
/// words (an optional <c>the</c> between), so the name is read whole, not cut to <c>the Joint Council</c> or
/// <c>the Welfare of Immigrants</c>. Only after an organisation noun: <c>Ana Ruiz on Monday said</c> keeps its cut.
/// </summary>
internal static class NameLinkWord
{
    private static readonly string[] Links = ["for", "on", "of"];

    /// <summary>Capitalised heads of organisations' names that the organisation-noun list does not hold.</summary>
    private static readonly string[] ExtraHeads = ["centre", "center", "campaign", "society", "trust", "movement", "forum", "academy", "office", "secretary", "programme", "program", "project"];

    /// <summary>True when the token at <paramref name="link"/> joins two parts of one organisation's name (the first at or after <paramref name="limit"/>).</summary>
    public static bool IsAt(DocumentView v, int link, int limit)
    {
        if (link - 1 < limit || link + 1 >= v.Count || v.Shapes[link] != TokenShape.Lower || !v.TextIsAny(link, Links))
        {
            return false;
        }

        int before = link - 1;
        if (v.Shapes[before] != TokenShape.Capitalised || v.Is(before, Lexicon.WordClass.CapitalisedFunctionWord) || v.InQuote(before))
        {
            return false;
        }

        ReadOnlySpan<char> head = v.Chars(before);
        if (!Lexicon.SpeakerWords.IsOrgNoun(head) && !IsExtraHead(head))
        {
            return false;
        }

        int after = v.TextIs(link + 1, "the") ? link + 2 : link + 1;
        return after < v.Count && v.Shapes[after] == TokenShape.Capitalised && !v.Is(after, Lexicon.WordClass.CapitalisedFunctionWord)
            && v.SentenceOf[after] == v.SentenceOf[link];
    }

    private static bool IsExtraHead(ReadOnlySpan<char> word)
    {
        foreach (string h in ExtraHeads)
        {
            if (word.Equals(h, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
