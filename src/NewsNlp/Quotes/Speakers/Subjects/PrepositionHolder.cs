using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// A source mention inside the organisation after a person's name or a person noun speaks as that person: in
/// <c>"…," Ana Ruiz of Delgado and Sons said</c> and <c>said Ana Ruiz of Delgado Securities Inc.</c> the speaker is
/// Ana Ruiz, not the firm; in <c>one dealer for a Swiss bank said</c> and <c>one senior trader with a Dutch broker
/// said</c> it is the dealer (the whole description), not the bank. English attaches the organisation to the person
/// with <c>of</c>, <c>at</c>, <c>from</c>, <c>with</c> or <c>for</c>; the person heads the phrase. Spokespeople keep
/// their own rule (<c>a spokesman for the agency</c> speaks for the agency) and <c>the head of …</c> is left to the
/// role rules. The quote's source span is left as it is; the speaker is resolved from the returned span.
/// </summary>
internal static class PrepositionHolder
{
    /// <summary>Most tokens from the preposition to the source's start (a determiner and an organisation's name).</summary>
    private const int MaxOrganisation = 8;

    /// <summary>Most words of a person's name before the preposition.</summary>
    private const int MaxName = 4;

    /// <summary>Most lower-case modifiers before a person noun ("one senior foreign exchange dealer").</summary>
    private const int MaxModifiers = 3;

    /// <summary>The person (name, or description through the organisation) the source's organisation belongs to, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || d.SourceFirst < 2 || d.SourceEnd > v.Count || v.InQuote(d.SourceFirst))
        {
            return (-1, -1);
        }

        if (NamesPerson(v, d.SourceFirst, d.SourceEnd))
        {
            return (-1, -1); // the source is the person ("Fraser of Allander Institute economist Tom Reid"), not their organisation
        }

        int sentence = v.SentenceOf[d.SourceFirst];
        int prep = -1;
        for (int t = d.SourceFirst - 1; t >= 1 && d.SourceFirst - t <= MaxOrganisation && v.SentenceOf[t] == sentence && !v.InQuote(t); t--)
        {
            if (v.Shapes[t] == TokenShape.Lower && IsHolderPreposition(v, t))
            {
                prep = t;
                break;
            }

            bool inName = v.IsNameToken(t) || (v.Shapes[t] == TokenShape.Lower && (v.TextIs(t, "and") || v.Is(t, WordClass.Determiner | WordClass.NameParticle)))
                || v.TextIs(t, "&");
            if (!inName)
            {
                return (-1, -1);
            }
        }

        if (prep < 1 || (v.Shapes[prep + 1] == TokenShape.Lower && !v.Is(prep + 1, WordClass.Determiner)))
        {
            return (-1, -1);
        }

        int before = prep - 1;
        if (v.IsNameToken(before))
        {
            return v.TextIs(prep, "for") ? (-1, -1) : PersonEndingAt(v, before);
        }

        // A person noun ("dealer", "analyst", "economist"): the description runs through the organisation's name.
        if (v.Shapes[before] != TokenShape.Lower || v.TextIs(prep, "of") || NounPhrases.IsPlural(v.Chars(before)) || SpeakerWords.IsSpokesNoun(v.Chars(before))
            || !(PersonNouns.IsAnonymous(v, before) || v.Is(before, WordClass.RoleNoun)) || v.Is(before, WordClass.NonPersonNameWord))
        {
            return (-1, -1);
        }

        int first = before;
        while (first - 1 >= 0 && before - (first - 1) <= MaxModifiers && v.SentenceOf[first - 1] == sentence && !v.InQuote(first - 1)
            && (v.Shapes[first - 1] == TokenShape.Lower || v.IsNameToken(first - 1)) && !v.Is(first - 1, WordClass.CueVerb | WordClass.Auxiliary | WordClass.Relative | WordClass.Boundary)
            && !SpeakerWords.IsPreposition(v.Chars(first - 1)))
        {
            first--;
            if (v.Is(first, WordClass.Determiner) || SpeakerWords.IsIndefinite(v.Chars(first)))
            {
                break;
            }
        }

        int end = d.SourceEnd;
        while (end < v.Count && end - d.SourceEnd < 3 && v.SentenceOf[end] == sentence && !v.InQuote(end)
            && (v.IsNameToken(end) || (v.Shapes[end] == TokenShape.Lower && SpeakerWords.IsOrgNoun(v.Chars(end)))))
        {
            end++;
        }

        return (first, end);
    }

    /// <summary>Whether the source span holds a person the entity recogniser found or opens with a person noun.</summary>
    private static bool NamesPerson(DocumentView v, int first, int end)
    {
        if (v.Shapes[first] == TokenShape.Lower && (PersonNouns.IsAnonymous(v, first) || v.Is(first, WordClass.RoleNoun)))
        {
            return true;
        }

        return v.HasPersonToken(first, end);
    }

    /// <summary>
    /// The person's name ending at <paramref name="last"/> when it opens its clause (after the sentence start, a comma,
    /// a quotation or a verb of saying), else (-1, -1). With an entity recogniser the name must be a person's.
    /// </summary>
    private static (int First, int End) PersonEndingAt(DocumentView v, int last)
    {
        int first;
        if (v.HasEntities)
        {
            int m = v.EntityOf[last];
            if (m < 0 || v.Document.Entities[m].Type != EntityType.Person || v.Document.Entities[m].EndToken != last + 1)
            {
                return (-1, -1);
            }

            first = v.Document.Entities[m].FirstToken;
        }
        else
        {
            first = last;
            while (first - 1 >= 0 && last - (first - 1) < MaxName && v.IsNameToken(first - 1) && !v.Is(first - 1, WordClass.CapitalisedFunctionWord))
            {
                first--;
            }

            if (first == last)
            {
                return (-1, -1); // one capitalised word may be a place or a firm ("Reuters of London")
            }
        }

        int b = first - 1;
        bool opens = b < 0 || v.SentenceOf[b] != v.SentenceOf[first] || v.Shapes[b] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.Colon
            || v.InQuote(b) || v.Is(b, WordClass.CueVerb) || (v.Shapes[b] == TokenShape.Lower && (v.TextIs(b, "and") || v.TextIs(b, "but")));
        return opens ? (first, last + 1) : (-1, -1);
    }

    /// <summary>The prepositions that attach an organisation to the person before them.</summary>
    private static bool IsHolderPreposition(DocumentView v, int t) =>
        v.TextIs(t, "of") || v.TextIs(t, "at") || v.TextIs(t, "from") || v.TextIs(t, "with") || v.TextIs(t, "for");
}
