using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>The feminist writer and broadcaster said …</c>: two singular role nouns joined by <c>and</c> under one determiner
/// are one person with two roles (<c>the writer and the broadcaster</c> would be two). A source the finder cut to the
/// last noun ("broadcaster", also an organisation noun) is resolved as the first role, a person's.
/// </summary>
internal static class CoordinatedRole
{
    /// <summary>Most modifiers between the determiner and the first role noun.</summary>
    private const int MaxModifiers = 3;

    /// <summary>The determiner up to the first role noun, when the draft's one-token source is the second of such a pair; else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        int s = d.SourceFirst;
        if (!d.HasSource || !d.HasCue || d.SourceEnd - s != 1 || s < 3 || d.CueFirst < d.SourceEnd || v.Shapes[s] != TokenShape.Lower
            || NounPhrases.IsPlural(v.Chars(s)) || !v.TextIs(s - 1, "and") || v.InQuote(s))
        {
            return (-1, -1);
        }

        int role = s - 2;
        if (v.Shapes[role] != TokenShape.Lower || !PersonNouns.IsRoleHead(v, role) || NounPhrases.IsPlural(v.Chars(role)) || SpeakerWords.IsOrgNoun(v.Chars(role))
            || !(PersonNouns.IsRoleHead(v, s) || SpeakerWords.IsOrgNoun(v.Chars(s))))
        {
            return (-1, -1);
        }

        for (int t = role - 1; t >= 0 && role - t <= MaxModifiers + 1 && v.SentenceOf[t] == v.SentenceOf[s] && !v.InQuote(t); t--)
        {
            if (v.Is(t, WordClass.Determiner))
            {
                return SpeakerWords.IsDefinite(v.Chars(t)) ? (t, role + 1) : (-1, -1);
            }

            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised) || v.Is(t, WordClass.Boundary | WordClass.CueVerb | WordClass.Auxiliary))
            {
                return (-1, -1);
            }
        }

        return (-1, -1);
    }
}
