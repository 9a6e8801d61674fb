using NewsNlp.Documents;

namespace NewsNlp.Entities.Linking;

/// <summary>
/// A capitalised title alone after <c>the</c> (<c>the Crown Prince</c>, <c>The Judge wrote</c>) names the person who was
/// given that title before it (<c>Crown Prince Abdullah</c>, <c>Judge James Kleinberg</c>), whatever type the model gave the
/// title: a mention of one to three capitalised words ending in a title (<see cref="PersonTitles"/>) refers to the latest
/// person whose mention held, or came right after, the same words (the title word next to the name, up to two capitalised
/// words before it: "Superior Court Judge James Kleinberg" gives "judge", "court judge" and "superior court judge").
/// Without <c>the</c> the title is most often part of a name that follows, so it refers to no one.
/// </summary>
internal static class TitleReference
{
    /// <summary>Longest title phrase read (words).</summary>
    private const int MaxTitleWords = 3;

    /// <summary>
    /// The lower-cased title phrase of <paramref name="mention"/> when it is a title alone right after <c>the</c> (one to three
    /// capitalised words, the last a title); otherwise null.
    /// </summary>
    public static string? ReferenceKey(NewsDocument document, EntityMention mention)
    {
        int first = mention.FirstToken, end = mention.EndToken;
        if (first < 1 || end > document.Tokens.Count || end - first is < 1 or > MaxTitleWords
            || !document.Slice(document.GetToken(first - 1).Span).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (int t = first; t < end; t++)
        {
            if (!IsCapitalisedWord(document.Slice(document.GetToken(t).Span)))
            {
                return null;
            }
        }

        return PersonTitles.IsTitle(document.Slice(document.GetToken(end - 1).Span)) ? Phrase(document, first, end) : null;
    }

    /// <summary>
    /// Adds to <paramref name="keys"/> the lower-cased title phrases a person's mention gives its person: the titles that
    /// open the mention ("Judge Kleinberg") and the capitalised words right before it that end in a title ("Crown Prince
    /// Abdullah"), each phrase of one to three words that ends next to the name.
    /// </summary>
    public static void TitlesOf(NewsDocument document, EntityMention mention, List<string> keys)
    {
        int first = mention.FirstToken, end = mention.EndToken;
        if (first < 0 || end > document.Tokens.Count || end <= first)
        {
            return;
        }

        // The titles opening the mention: the name starts after them.
        int name = first;
        while (name < end - 1 && PersonTitles.IsTitle(document.Slice(document.GetToken(name).Span)))
        {
            name++;
        }

        if (name == first && (first == 0 || !PersonTitles.IsTitle(document.Slice(document.GetToken(first - 1).Span))))
        {
            return;
        }

        for (int start = name - 1; start >= Math.Max(0, name - MaxTitleWords); start--)
        {
            if (!IsCapitalisedWord(document.Slice(document.GetToken(start).Span)))
            {
                break;
            }

            if (PersonTitles.IsTitle(document.Slice(document.GetToken(name - 1).Span)))
            {
                keys.Add(Phrase(document, start, name));
            }
        }
    }

    private static string Phrase(NewsDocument document, int start, int end)
    {
        var words = new string[end - start];
        for (int t = start; t < end; t++)
        {
            words[t - start] = document.Slice(document.GetToken(t).Span).ToString().ToLowerInvariant();
        }

        return string.Join(' ', words);
    }

    /// <summary>A word of letters (a full stop at the end allowed: "Gen.") starting with a capital letter.</summary>
    private static bool IsCapitalisedWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }

        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
