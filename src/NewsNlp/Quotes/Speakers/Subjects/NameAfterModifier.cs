using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// A source mention that only modifies the title before a person's name speaks as that person: <c>said Delgado
/// Securities (UK) Ltd analyst Ana Ruiz</c>, <c>Health and Safety Secretary Ana Ruiz said</c>, <c>said Delgado's
/// Ruiz</c>, <c>said Delgado's chief economist Ana Ruiz</c>. An organisation or office written before a role noun or a possessive names whose role it is; the name after
/// the role is the speaker. The mention may be the whole organisation or its last words (the recogniser or the source
/// ranker cut it anywhere). The quote's source span is left as it is; the speaker is resolved from the returned name.
/// </summary>
internal static class NameAfterModifier
{
    /// <summary>Most tokens of a parenthesis inside the organisation's name ("(Securities)", "(UK)").</summary>
    private const int MaxParenthesis = 4;

    /// <summary>Most words of the role between the organisation and the name ("senior oil analyst", "shadow local government secretary").</summary>
    private const int MaxRole = 4;

    /// <summary>Most words of the person's name.</summary>
    private const int MaxName = 4;

    /// <summary>The person named after the role the source mention modifies, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || d.SourceEnd >= v.Count || d.SourceFirst < 0 || v.InQuote(d.SourceFirst) || !v.IsNameToken(d.SourceEnd - 1)
)
        {
            return (-1, -1);
        }

        // Paragraph scope, not sentence: a sentence splitter may break inside "(Securities) Ltd"; a full stop ends every part below.
        int paragraph = v.ParagraphOf[d.SourceFirst];
        int k = d.SourceEnd;
        // The rest of the organisation's name the mention left out, a parenthesis inside it included.
        while (k < v.Count && v.ParagraphOf[k] == paragraph && !v.InQuote(k))
        {
            if (v.Shapes[k] == TokenShape.OpenBracket && CloseOf(v, k) is > 0 and var close)
            {
                k = close + 1;
            }
            else if (v.IsNameToken(k) && !IsRoleWord(v, k) && !StartsPerson(v, k))
            {
                k++;
            }
            else
            {
                break;
            }
        }
        if (k >= v.Count || v.ParagraphOf[k] != paragraph || v.InQuote(k))
        {
            return (-1, -1);
        }

        int name;
        bool possessed = SpeakerWords.IsPossessive(v.Chars(k));
        if (possessed)
        {
            // "Delgado's Ruiz"; "Delgado's chief economist Ana Ruiz", "the band's singer Ana Ruiz": the role the possessor has.
            name = k + 1;
            if (RoleEnd(v, name) is > 0 and var r)
            {
                name = r;
            }
        }
        else
        {
            name = RoleEnd(v, k);
            if (name < 0)
            {
                return (-1, -1);
            }
        }
        (int first, int end) = Person(v, name, paragraph, possessed);
        if (first < 0)
        {
            return (-1, -1);
        }

        // The name closes the phrase: the cue, a comma, the sentence's end or a verb follows.
        bool closes = end >= v.Count || v.ParagraphOf[end] != paragraph || v.Shapes[end] is TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.QuoteMark
            || end == d.CueFirst || v.Is(end, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary | WordClass.Adverb);
        return closes ? (first, end) : (-1, -1);
    }

    /// <summary>
    /// One past the role starting at <paramref name="from"/> (up to <see cref="MaxRole"/> role words, no person's name among
    /// them) when it ends in a singular role head ("chief economist", "shadow local government secretary"), else -1.
    /// </summary>
    private static int RoleEnd(DocumentView v, int from)
    {
        int r = from;
        while (r < v.Count && r - from < MaxRole && IsRoleWord(v, r) && !StartsPerson(v, r))
        {
            r++;
        }

        return r > from && PersonNouns.IsRoleHead(v, r - 1) && !NounPhrases.IsPlural(v.Chars(r - 1)) ? r : -1;
    }

    /// <summary>A word of a role or title between an organisation and a name: a lower-case role or person noun or modifier, or a capitalised title word.</summary>
    private static bool IsRoleWord(DocumentView v, int t) =>
        (v.Shapes[t] == TokenShape.Lower && !v.Is(t, WordClass.CueVerb | WordClass.Auxiliary | WordClass.Determiner | WordClass.Boundary | WordClass.Relative)
            && !SpeakerWords.IsPreposition(v.Chars(t)) && !v.TextIs(t, "and"))
        || (v.Shapes[t] == TokenShape.Capitalised && (PersonNouns.IsTitleWord(v, t) || v.Is(t, WordClass.RoleNoun)));

    /// <summary>True when a person's entity starts at <paramref name="t"/>.</summary>
    private static bool StartsPerson(DocumentView v, int t) =>
        v.HasEntities && v.EntityOf[t] is >= 0 and var m && v.Document.Entities[m].Type == EntityType.Person && v.Document.Entities[m].FirstToken == t;

    /// <summary>
    /// The person's name starting at <paramref name="t"/> (a person entity, or capitalised words without a recogniser),
    /// or (-1, -1). After a possessive a lone surname the recogniser left untagged counts ("Delgado's May").
    /// </summary>
    private static (int First, int End) Person(DocumentView v, int t, int paragraph, bool possessed)
    {
        if (t >= v.Count || v.ParagraphOf[t] != paragraph || !v.IsNameToken(t) || v.Shapes[t] != TokenShape.Capitalised)
        {
            return (-1, -1);
        }

        if (v.HasEntities)
        {
            int m = v.EntityOf[t];
            if (m < 0 && possessed && !v.IsNameToken(t + 1) && !v.Is(t, WordClass.RoleNoun) && !PersonNouns.IsTitleWord(v, t))
            {
                return (t, t + 1);
            }

            return StartsPerson(v, t) ? (t, v.Document.Entities[m].EndToken) : (-1, -1);
        }

        int e = t;
        while (e < v.Count && e - t < MaxName && v.ParagraphOf[e] == paragraph && v.IsNameToken(e))
        {
            e++;
        }

        return (t, e);
    }

    /// <summary>The closing bracket of the short parenthesis opening at <paramref name="open"/>, or -1.</summary>
    private static int CloseOf(DocumentView v, int open)
    {
        for (int t = open + 1; t < v.Count && t - open <= MaxParenthesis; t++)
        {
            if (v.Shapes[t] == TokenShape.CloseBracket)
            {
                return t;
            }
        }

        return -1;
    }
}
