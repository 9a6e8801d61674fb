using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// Session 17: a place or nationality that only says where a thing is, before the lower-case nouns that head a source
/// phrase: "according to a US research think-tank" (the think-tank speaks, not the country), "US trade group Bike Makers
/// Guild" (the group named after the nouns speaks). A hyphen written closed up between two lower-case words is part of
/// the nouns ("think-tank"). Nouns that end in a person's role ("US officials") are left to the role rules.
/// </summary>
internal static class PlaceBeforeNouns
{
    /// <summary>Most lower-case words between the place and the end of the nouns.</summary>
    private const int MaxNouns = 4;

    /// <summary>
    /// True when the <paramref name="place"/> mention (a location or nationality) ends at <paramref name="after"/> and lower-case
    /// nouns follow it up to <paramref name="headEnd"/> or up to another name that runs to <paramref name="headEnd"/>, the
    /// last noun no role of a person.
    /// </summary>
    public static bool ModifiesNouns(DocumentView v, EntityMention place, int after, int headEnd)
    {
        if (place.Type is not (EntityType.Location or EntityType.Miscellaneous) || after >= headEnd)
        {
            return false;
        }

        int t = after, words = 0;
        while (t < headEnd && words <= MaxNouns)
        {
            if (v.Shapes[t] == TokenShape.Lower && (IsVerbForm(v.Chars(t)) || v.Is(t, WordClass.RoleNoun) && !v.Is(t, WordClass.NonPersonNameWord)))
            {
                return false; // "Mr. Obama scrutinized": a verb; "E.U. leaders weigh": a role before a verb, not nouns of a thing
            }

            if (NounPhrases.IsNounAfter(v, t) || (v.Shapes[t] == TokenShape.Lower && !v.InQuote(t) && NounPhrases.HyphenatedWithLowerWord(v, t + 1)))
            {
                // The first part of a closed-up compound is no verb there ("think | - | tank").

                t++;
                words++;
            }
            else if (words > 0 && NounPhrases.HyphenatedWithLowerWord(v, t))
            {
                t++; // "think | - | tank": the hyphen joins two parts of one noun
            }
            else
            {
                break;
            }
        }

        if (words == 0 || words > MaxNouns || v.Shapes[t - 1] != TokenShape.Lower || IsPersonHead(v, t - 1))
        {
            return false;
        }

        if (t == headEnd)
        {
            return true;
        }

        // "US trade group Bike Makers Guild": the nouns are in apposition to the name after them, which ends the head.
        int named = v.EntityOf[t];
        return named >= 0 && v.Document.Entities[named].FirstToken == t && v.Document.Entities[named].EndToken == headEnd;
    }

    /// <summary>A past or present participle by its ending ("scrutinized", "warning"): no noun of a thing that speaks.</summary>
    private static bool IsVerbForm(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    private static bool IsPersonHead(DocumentView v, int t) =>
        (v.Is(t, WordClass.RoleNoun) && !v.Is(t, WordClass.NonPersonNameWord) && !SpeakerWords.IsOrgNoun(v.Chars(t))) || PersonNouns.EndAt(v, t) == t + 1 || PersonNouns.EndAt(v, t - 2) == t + 1 || SpeakerWords.IsSpokesNoun(v.Chars(t));
}
