using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>A Department for Media, Culture and Sport spokeswoman said</c>: an organisation's name that lists its parts with
/// commas and "and" before a role noun. A source that starts at the last part ("Sport spokeswoman") is the whole phrase
/// from its determiner: the name is one modifier of the role.
/// </summary>
internal static class OrganisationListName
{
    /// <summary>Most tokens looked back over the listed name ("Department for Media , Culture and" is six).</summary>
    private const int MaxNameTokens = 12;

    /// <summary>The whole phrase [determiner or name start, source end) when the source starts after "and" or a comma inside such a name; else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        int first = d.SourceFirst;
        if (!d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst || first < 3 || v.InQuote(first) || v.Shapes[first] != TokenShape.Capitalised
            || !(v.TextIs(first - 1, "and") || v.TextIs(first - 1, "&") || v.Shapes[first - 1] == TokenShape.Comma)
            || !IsRole(v, d.SourceEnd - 1))
        {
            return (-1, -1);
        }

        // Back over capitalised words, commas and "and" to "for" or "of" after a capitalised word ("Department for"), then
        // over the capitalised words before it to a determiner or the sentence's start.
        int sentence = v.SentenceOf[first];
        int t = first - 1;
        bool joined = false;
        while (t > 0 && first - t <= MaxNameTokens && v.SentenceOf[t] == sentence && !v.InQuote(t))
        {
            if (v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord))
            {
                t--;
            }
            else if (v.TextIs(t, "and") || v.TextIs(t, "&") || v.Shapes[t] == TokenShape.Comma)
            {
                t--;
            }
            else if ((v.TextIs(t, "for") || v.TextIs(t, "of")) && v.Shapes[t] == TokenShape.Lower && v.Shapes[t - 1] == TokenShape.Capitalised)
            {
                joined = true;
                t--;
                break;
            }
            else
            {
                return (-1, -1);
            }
        }

        if (!joined)
        {
            return (-1, -1);
        }

        while (t > 0 && v.SentenceOf[t - 1] == sentence && v.Shapes[t - 1] == TokenShape.Capitalised && !v.Is(t - 1, WordClass.CapitalisedFunctionWord | WordClass.Determiner))
        {
            t--;
        }

        if (v.Is(t, WordClass.CapitalisedFunctionWord) || NounPhrases.SentenceStart(v, t) == t && !v.Is(t, WordClass.Determiner) && t + 1 < first && v.TextIs(t + 1, "for"))
        {
            return (-1, -1); // "But for Donald Trump, Oz's show": a sentence-opening "But for", no organisation
        }

        int start = t > 0 && v.SentenceOf[t - 1] == sentence && v.Is(t - 1, WordClass.Determiner) ? t - 1 : t;
        bool opensPhrase = start == 0 || v.SentenceOf[start - 1] != sentence || v.Is(start, WordClass.Determiner);
        return opensPhrase ? (start, d.SourceEnd) : (-1, -1);
    }

    /// <summary>True for a singular lower-case role, spokesperson or person noun at <paramref name="t"/> (the role the name modifies).</summary>
    private static bool IsRole(DocumentView v, int t) =>
        v.Shapes[t] == TokenShape.Lower && !NounPhrases.IsPlural(v.Chars(t)) && !SpeakerWords.IsOrgNoun(v.Chars(t))
        && (SpeakerWords.IsSpokesNoun(v.Chars(t)) || v.Is(t, WordClass.RoleNoun) || PersonNouns.EndAt(v, t) == t + 1);
}
