using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// A source mention that is only the object of a preposition after a role noun speaks as the role phrase: <c>Pakistan's
/// High Commissioner to Britain said</c> (not Britain), <c>A legal expert in the US speculated</c> (not the US),
/// <c>said the director behind JFK</c> (not the film). The role is who speaks; the place, organisation or work after the
/// preposition only describes it. Spokespeople keep their own rule (<c>a spokesman for the agency</c> speaks for the
/// agency), and <c>of</c> is left to the rules that read "the head of …". The quote's source span is left as it is; the
/// speaker is resolved from the role phrase.
/// </summary>
internal static class PrepositionObjectSource
{
    /// <summary>
    /// The role phrase ending before the preposition, when <paramref name="d"/>'s source is that preposition's object
    /// (the source right after it) or holds the role, the preposition and its object; else (-1, -1).
    /// </summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || d.SourceFirst < 2 || d.SourceEnd > v.Count)
        {
            return (-1, -1);
        }

        int sf = d.SourceFirst;
        // The role, the preposition and its object inside the source ("the director behind JFK").
        for (int t = sf + 1; t < d.SourceEnd - 1; t++)
        {
            if (IsRolePreposition(v, t) && !SpeakerWords.IsPreposition(v.Chars(t)) && IsRole(v, t - 1))
            {
                return (sf, t);
            }
        }

        // The source is the object: "… High Commissioner to | Britain", "A legal expert in | the US".
        int prep = v.Is(sf - 1, WordClass.Determiner) ? sf - 2 : sf - 1;
        int groupPrep = PlaceModifiersStart(v, sf) - 1;
        bool group = groupPrep >= 1 && IsPeopleInPlace(v, groupPrep) && !IsRole(v, groupPrep - 1);
        if (group)
        {
            prep = groupPrep;
        }

        if (prep < 1 || v.SentenceOf[prep] != v.SentenceOf[sf] || v.InQuote(prep) || !IsRolePreposition(v, prep))
        {
            return (-1, -1);
        }

        if (!group && !IsRole(v, prep - 1))
        {
            return (-1, -1);
        }

        (int pf, int pe) = SourceFinder.PhraseEndingAt(v, prep - 1, NounPhrases.SentenceStart(v, prep));
        if (pf < 0 || pe != prep)
        {
            return (-1, -1);
        }

        // "Families in the hardest-hit areas say": the people of a place speak as the whole phrase (the place says who they are).
        return group ? (pf, d.SourceEnd) : (pf, pe);
    }

    /// <summary>
    /// The first token of the place phrase ending at the source <paramref name="sf"/>: back over a determiner and up to
    /// four lower-case modifiers or hyphens (<c>the hardest - hit areas</c>, <c>the worst affected areas</c>).
    /// </summary>
    private static int PlaceModifiersStart(DocumentView v, int sf)
    {
        int k = sf;
        while (k - 1 > 0 && sf - k < 5 && v.SentenceOf[k - 1] == v.SentenceOf[sf] && !v.InQuote(k - 1)
            && (v.Is(k - 1, WordClass.Determiner) || v.Shapes[k - 1] == TokenShape.Dash
                || (v.Shapes[k - 1] == TokenShape.Lower && !SpeakerWords.IsPreposition(v.Chars(k - 1)) && !v.Is(k - 1, WordClass.Auxiliary | WordClass.CueVerb | WordClass.Boundary | WordClass.That | WordClass.Relative))))
        {
            k--;
            if (v.Is(k, WordClass.Determiner))
            {
                break;
            }
        }

        return k;
    }

    /// <summary>
    /// A plural noun of people before a preposition of place (<c>Families in</c>, <c>Residents across</c>, <c>Officials
    /// near</c>): the group speaks, not the place after it.
    /// </summary>
    private static bool IsPeopleInPlace(DocumentView v, int prep)
    {
        int noun = prep - 1;
        if (v.Shapes[noun] is not (TokenShape.Lower or TokenShape.Capitalised) || v.InQuote(noun) || !NounPhrases.IsPlural(v.Chars(noun)))
        {
            return false;
        }

        return v.TextIsAny(prep, PlacePrepositions) && (v.Is(noun, WordClass.RoleNoun) || v.TextIsAny(noun, PeopleNouns));
    }

    /// <summary>Prepositions that place a group (<c>in</c>, <c>across</c> …); not <c>at</c>, <c>with</c> or <c>for</c>, which tie people to an organisation.</summary>
    private static readonly string[] PlacePrepositions = ["in", "across", "around", "near", "throughout"];

    /// <summary>Plural nouns of ordinary people that the role-noun list leaves out.</summary>
    private static readonly string[] PeopleNouns =
    [
        "families", "people", "parents", "villagers", "locals", "survivors", "relatives", "citizens", "voters", "shoppers",
        "passengers", "farmers", "workers", "fishermen", "traders", "shopkeepers", "owners", "teachers", "doctors", "nurses",
        "students", "pupils", "patients", "refugees", "migrants", "commuters", "drivers", "fans", "mothers", "women", "men",
    ];

    /// <summary>A lower-case preposition that can attach a place, organisation or work to a role ("to", "in", "at", "behind" …), not "of" or "for".</summary>
    private static bool IsRolePreposition(DocumentView v, int t) =>
        v.Shapes[t] == TokenShape.Lower && !v.TextIs(t, "of") && !v.TextIs(t, "for") && !v.TextIs(t, "by")
        && (SpeakerWords.IsPreposition(v.Chars(t)) || v.TextIs(t, "to") || v.TextIs(t, "behind"));

    /// <summary>A singular role noun that is not a spokesperson ("expert", "Commissioner", "director").</summary>
    private static bool IsRole(DocumentView v, int t) =>
        v.Is(t, WordClass.RoleNoun) && !NounPhrases.IsPlural(v.Chars(t)) && !SpeakerWords.IsSpokesNoun(v.Chars(t)) && !v.InQuote(t);
}
