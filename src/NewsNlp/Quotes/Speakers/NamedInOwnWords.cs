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

    /// <summary>Most person mentions before the quote that <see cref="NamesByTitle"/> looks at for the person's title.</summary>
    private const int MaxTitleMentions = 30;

    /// <summary>
    /// Session 25: true when the draft is a direct quote whose words hold "the" and the capitalised title the article
    /// gave the person <paramref name="key"/> before (<c>… submitted to President Corazon Aquino. "I think the President
    /// would rather wait …," he said</c>): the speaker talks about the office's holder, so is someone else.
    /// </summary>
    public static bool NamesByTitle(DocumentView v, MentionIndex mentions, QuoteDraft d, string key)
    {
        if (d.Kind != Documents.QuoteKind.Direct || d.Content.Count == 0)
        {
            return false;
        }

        int start = v.FirstTokenFrom(d.Content[0].Start);
        for (int i = mentions.LastMentionBefore(start), seen = 0; i >= 0 && seen < MaxTitleMentions; i--, seen++)
        {
            Mention m = mentions[i];
            if (!string.Equals(m.Speaker.Key, key, StringComparison.Ordinal) || v.InQuote(m.First))
            {
                continue;
            }

            int title = IsTitleBeforeName(v, m.First - 1) ? m.First - 1 : m.End - m.First > 1 && IsTitleBeforeName(v, m.First) ? m.First : -1;
            if (title >= 0 && TitleInWords(v, d, v.Chars(title)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a capitalised role or title word right before a name ("President Ramon Ocampo", "Chancellor Ana Ruiz").</summary>
    private static bool IsTitleBeforeName(DocumentView v, int t) =>
        PersonNouns.IsTitleBeforeName(v, t)
        || (t >= 0 && t + 1 < v.Count && v.Shapes[t] == TokenShape.Capitalised && v.Is(t, Lexicon.WordClass.RoleNoun) && v.IsNameToken(t + 1) && v.SentenceOf[t + 1] == v.SentenceOf[t]);

    /// <summary>True when one of the draft's content pieces holds <paramref name="title"/> right after "the" ("the President").</summary>
    private static bool TitleInWords(DocumentView v, QuoteDraft d, ReadOnlySpan<char> title)
    {
        foreach (Documents.TextSpan piece in d.Content)
        {
            for (int t = v.FirstTokenFrom(piece.Start) + 1; t < v.Count && v.Starts[t] < piece.End; t++)
            {
                if (v.Chars(t).Equals(title, StringComparison.OrdinalIgnoreCase) && v.TextIs(t - 1, "the") && v.Starts[t - 1] >= piece.Start)
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
