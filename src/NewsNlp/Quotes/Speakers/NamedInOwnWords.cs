using NewsNlp.Entities.Linking;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// <c>"I had a chat with Sam Ridley and it sounds like the same injury," he said.</c>: a person the quote's own words name
/// in the third person is someone the speaker talks about, not the speaker — people do not name themselves so. A
/// "he"/"she" resolved to that person means someone else.
/// </summary>
internal static class NamedInOwnWords
{
    /// <summary>
    /// True when the draft is a direct quote whose words hold the person <paramref name="name"/> by full name ("Sam
    /// Ridley"), by a one-word name that is all of it (session 20: "Jesus"), or by a title of their gender and surname ("Mr Ridley"). A bare surname is not enough: politicians and
    /// sportspeople do name themselves so ("something new like Trump"); nor is a title of the other gender ("Mrs Clinton"
    /// is not Bill Clinton), nor another first name ("Venus Williams" in a quote of Serena Williams is her sister).
    /// </summary>
    public static bool Names(DocumentView v, QuoteDraft d, string name)
    {
        if (d.Kind != Documents.QuoteKind.Direct)
        {
            return false;
        }

        ReadOnlySpan<char> full = name.AsSpan().Trim();
        int space = full.LastIndexOf(' ');
        ReadOnlySpan<char> surname = full[(space + 1)..];
        if (surname.Length < 2 || !char.IsUpper(surname[0]) || d.Content.Count == 0)
        {
            return false;
        }

        ReadOnlySpan<char> given = space > 0 ? full[..space] : [];
        foreach (Documents.TextSpan piece in d.Content)
        {
            for (int t = v.FirstTokenFrom(piece.Start); t < v.Count && v.Starts[t] < piece.End; t++)
            {
                if (!v.Chars(t).Equals(surname, StringComparison.Ordinal))
                {
                    continue;
                }

                if (space < 0)
                {
                    // Session 20: a one-word name ("Jesus", "Pele") is the whole name: "The evidence for Jesus is good," he said.
                    return true;
                }

                int before = t - 1;
                if (before < 0 || v.Starts[before] < piece.Start)
                {
                    continue;
                }

                ReadOnlySpan<char> word = v.Chars(before);
                Gender titled = NameGenders.OfTitle(word);
                if ((ContainsWord(given, word) && !PersonTitles.IsTitle(word))
                    || (titled != Gender.Unknown && (NameGenders.OfName(full) is var g && (g == Gender.Unknown || g == titled))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="words"/> (space-separated) holds <paramref name="word"/>.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> words, ReadOnlySpan<char> word)
    {
        foreach (Range r in words.Split(' '))
        {
            if (words[r].Equals(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
