using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// A source mention inside the organisation of an appositive role speaks as the person the role describes: in
/// <c>Daniel McKinley, oil analyst with Smith Barney, Upham Harris and Co said</c> (the closing comma of the appositive
/// left out, as wire copy often does) the source finder stops at the firm, but the analyst speaks. The pattern: a
/// person's name, a comma, a role phrase ending in a singular role noun, a preposition (<c>with</c>, <c>at</c>,
/// <c>of</c>, <c>for</c>, <c>from</c>, <c>in</c>), then only the organisation's name up to the source. Session 18: also
/// a source that is the role phrase itself (<c>Anna Berger, president of Berger-Lowe Co said</c>). The quote's
/// source span is left as it is; the speaker is resolved from the name.
/// </summary>
internal static class AppositiveRoleSource
{
    /// <summary>Most tokens from the preposition to the source's start (an organisation's name, commas and "and" inside).</summary>
    private const int MaxOrganisation = 10;

    /// <summary>Most words of the role phrase between the comma and the preposition ("a senior oil analyst").</summary>
    private const int MaxRolePhrase = 5;

    /// <summary>Most words of the person's name before the comma.</summary>
    private const int MaxName = 4;

    /// <summary>The person's name opening the appositive around <paramref name="d"/>'s source, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst || d.SourceFirst < 4)
        {
            return (-1, -1);
        }

        int sentence = v.SentenceOf[d.SourceFirst];
        if (RoleAfterComma(v, d.SourceFirst, d.SourceEnd) && NameBefore(v, d.SourceFirst - 1, sentence) is (>= 0, _) named
            && (named.First == 0 || v.SentenceOf[named.First - 1] != sentence || v.Shapes[named.First - 1] is TokenShape.Comma or TokenShape.QuoteMark))
        {
            // Session 18: "Anna Berger, president of Berger-Lowe Co said": the source is the role phrase itself, after a name
            // that opens its clause ("According to Anna Kowalski, the minister said" is a preposition's object and a clause).
            return named;
        }

        // Left over the organisation's name to the preposition.
        int prep = -1;
        for (int t = d.SourceFirst - 1; t >= 0 && d.SourceFirst - t <= MaxOrganisation && v.SentenceOf[t] == sentence && !v.InQuote(t); t--)
        {
            if (v.Shapes[t] == TokenShape.Lower && IsRolePreposition(v, t))
            {
                prep = t;
                break;
            }

            if (v.Shapes[t] == TokenShape.Lower && t + 1 < v.Count && v.IsNameToken(t + 1) && OrganisationOrBusinessNoun(v, t))
            {
                // Session 26: "director at digital content firm THX": a type noun and up to three lower-case modifiers
                // between the preposition and the organisation's name.
                int k = t - 1;
                while (k >= 0 && t - k <= MaxTypeModifiers && v.Shapes[k] == TokenShape.Lower && !IsRolePreposition(v, k)
                    && !v.Is(k, WordClass.CueVerb | WordClass.Auxiliary | WordClass.Relative | WordClass.Determiner))
                {
                    k--;
                }

                t = k + 1;
                continue;
            }

            if (!(v.IsNameToken(t) || v.Shapes[t] == TokenShape.Comma || v.TextIs(t, "and") || v.TextIs(t, "&") || v.Is(t, WordClass.Determiner)))
            {
                return (-1, -1);
            }
        }

        int role = prep - 1;
        if (prep < 3 || !v.Is(role, WordClass.RoleNoun) || v.Shapes[role] != TokenShape.Lower || NounPhrases.IsPlural(v.Chars(role))
            || SpeakerWords.IsSpokesNoun(v.Chars(role)))
        {
            return (-1, -1);
        }

        // Left over the role phrase's modifiers to the comma after the name.
        int comma = -1;
        for (int t = role - 1; t >= 0 && role - t <= MaxRolePhrase && v.SentenceOf[t] == sentence; t--)
        {
            if (v.Shapes[t] == TokenShape.Comma)
            {
                comma = t;
                break;
            }

            if (t < role - 1 && v.IsPersonToken(t) && !v.IsPersonToken(t + 1) && v.Shapes[t + 1] == TokenShape.Lower)
            {
                // Session 26: the appositive with no commas at all, as web copy writes it ("…," Dr Alan Reeve games systems
                // director at audio firm Sonex told …): a person's name right before the role phrase's modifiers.
                return PersonOpeningClause(v, t, sentence);
            }

            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised) || v.Is(t, WordClass.CueVerb | WordClass.Auxiliary | WordClass.Relative))
            {
                return (-1, -1);
            }
        }

        return comma > 0 ? NameBefore(v, comma, sentence) : (-1, -1);
    }

    /// <summary>
    /// The person's name (a recognised person of two or more words) ending at <paramref name="last"/> when it opens its
    /// clause: the sentence's start, or right after the comma and closing quotation mark of a quote before it (one
    /// capitalised title such as "Dr" may stand before the name); else (-1, -1).
    /// </summary>
    private static (int First, int End) PersonOpeningClause(DocumentView v, int last, int sentence)
    {
        Documents.EntityMention person = v.Document.Entities[v.EntityOf[last]];
        int first = person.FirstToken;
        if (person.EndToken != last + 1 || last + 1 - first < 2 || last + 1 - first > MaxName || v.SentenceOf[first] != sentence)
        {
            return (-1, -1);
        }

        int before = first - 1;
        if (before >= 0 && v.SentenceOf[before] == sentence && v.Shapes[before] == TokenShape.Capitalised && !v.IsPersonToken(before))
        {
            before--; // a title: "Dr", "Professor"
        }

        bool opens = before < 0 || v.SentenceOf[before] != sentence
            || (v.Shapes[before] == TokenShape.QuoteMark && before >= 1 && v.Shapes[before - 1] == TokenShape.Comma);
        return opens ? (first, last + 1) : (-1, -1);
    }

    /// <summary>Most lower-case modifiers before a type noun between the preposition and the name ("digital content | firm").</summary>
    private const int MaxTypeModifiers = 3;

    /// <summary>True for a lower-case organisation or business noun ("firm", "company", "agency").</summary>
    private static bool OrganisationOrBusinessNoun(DocumentView v, int t) =>
        SpeakerWords.IsOrgNoun(v.Chars(t)) || Speakers.Rules.OrganisationNounRule.IsBusinessNoun(v.Chars(t));

    /// <summary>
    /// True when <c>[first, end)</c> is the name <see cref="Subject"/> found for <paramref name="d"/> and a lower-case word
    /// follows it (the appositive with no comma): the name alone is the speaker.
    /// </summary>
    public static bool IsUnpunctuatedName(DocumentView v, QuoteDraft d, int first, int end) =>
        end < v.Count && end > first && v.Shapes[end] == TokenShape.Lower && v.IsPersonToken(end - 1) && Subject(v, d) == (first, end);

    /// <summary>
    /// True when <c>[first, end)</c> is a role phrase right after a comma: a lower-case singular role noun (not a spokesman's,
    /// whose phrase names the organisation that speaks) within its first words, then a role preposition or the phrase's end.
    /// </summary>
    private static bool RoleAfterComma(DocumentView v, int first, int end)
    {
        if (first < 3 || v.Shapes[first - 1] != TokenShape.Comma || v.InQuote(first))
        {
            return false;
        }

        for (int t = first; t < end && t - first < MaxRolePhrase; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower || v.Is(t, WordClass.CueVerb | WordClass.Auxiliary | WordClass.Relative | WordClass.Determiner))
            {
                return false;
            }

            if (v.Is(t, WordClass.RoleNoun) && !NounPhrases.IsPlural(v.Chars(t)) && !SpeakerWords.IsSpokesNoun(v.Chars(t)))
            {
                return t + 1 == end || (v.Shapes[t + 1] == TokenShape.Lower && IsRolePreposition(v, t + 1));
            }
        }

        return false;
    }

    /// <summary>The person's name of two or more words ending before <paramref name="comma"/>, opening its clause; else (-1, -1).</summary>
    private static (int First, int End) NameBefore(DocumentView v, int comma, int sentence)
    {
        int end = comma;
        int first = end;
        while (first - 1 >= 0 && end - (first - 1) <= MaxName && v.SentenceOf[first - 1] == sentence && v.IsNameToken(first - 1) && !v.Is(first - 1, WordClass.CapitalisedFunctionWord))
        {
            first--;
        }

        // The name opens its clause: the sentence start, or after a conjunction or comma ("But Daniel McKinley, …").
        bool opens = first < end && (first == 0 || v.SentenceOf[first - 1] != sentence || v.Shapes[first - 1] == TokenShape.Comma
            || v.Is(first - 1, WordClass.Boundary) || v.Shapes[first - 1] is TokenShape.Dash);
        return end - first >= 2 && opens ? (first, end) : (-1, -1);
    }

    private static bool IsRolePreposition(DocumentView v, int t) =>
        v.TextIs(t, "with") || v.TextIs(t, "at") || v.TextIs(t, "of") || v.TextIs(t, "for") || v.TextIs(t, "from") || v.TextIs(t, "in");
}
