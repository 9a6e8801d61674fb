using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// A source mention as the speaker rules read it: the mention, the whole noun phrase around it ("A manager at | one
/// firm", "Analysts | at Moody's") and its head part before any prepositional phrase ("Residents" of "Residents of the
/// Linden neighborhood"). Only the outermost resolution (<see cref="Depth"/> 0) widens the mention to its phrase.
/// </summary>
internal readonly struct SourcePhrase
{
    private SourcePhrase(int first, int end, int phraseFirst, int phraseEnd, int headEnd, int depth)
    {
        First = first;
        End = end;
        PhraseFirst = phraseFirst;
        PhraseEnd = phraseEnd;
        HeadEnd = headEnd;
        Depth = depth;
    }

    /// <summary>First token of the mention.</summary>
    public int First { get; }

    /// <summary>One past the mention's last token.</summary>
    public int End { get; }

    /// <summary>First token of the noun phrase around the mention.</summary>
    public int PhraseFirst { get; }

    /// <summary>One past the noun phrase's last token.</summary>
    public int PhraseEnd { get; }

    /// <summary>One past the head part of the phrase (the phrase cut before a preposition outside a name).</summary>
    public int HeadEnd { get; }

    /// <summary>The head word: the last token of the head part.</summary>
    public int Head => HeadEnd - 1;

    /// <summary>0 for a quote's own source; more when a rule resolves a phrase inside or before it.</summary>
    public int Depth { get; }

    /// <summary>True when the mention is one token.</summary>
    public bool IsOneToken => End - First == 1;

    /// <summary>The phrase of the mention [<paramref name="first"/>, <paramref name="end"/>) at <paramref name="depth"/>.</summary>
    public static SourcePhrase Of(DocumentView v, int first, int end, int depth)
    {
        int pf = depth == 0 ? NounPhrases.ExtendLeft(v, first) : first;
        if (depth == 0 && pf == first)
        {
            pf = NounPhrases.NameBeforeOrgNoun(v, first, end);
        }

        if (depth == 0 && pf == first && end - first == 1)
        {
            pf = CompoundStart(v, first);
        }

        int pe = depth == 0 ? NounPhrases.ExtendRight(v, pf, end) : end;
        if (depth == 0 && pe == end && end < v.Count && v.Shapes[end - 1] == TokenShape.Capitalised && NounPhrases.IsNounAfter(v, end)
            && (v.Is(end, WordClass.RoleNoun) || SpeakerWords.IsOrgNoun(v.Chars(end))))
        {
            // "The Pakistani | government is expected": the noun the mention's last word modifies.
            pe = end + 1;
        }
        else if (depth == 0 && pe == end && end < v.Count && v.Shapes[end - 1] == TokenShape.Capitalised && v.SentenceOf[end] == v.SentenceOf[end - 1]
            && PersonNouns.EndAt(v, end) is > 0 and var personEnd)
        {
            // "said the Sale | full-back": the person noun the name modifies.
            pe = personEnd;
        }
        else if (depth == 0 && pe == end && end + 2 < v.Count && v.Shapes[end - 1] == TokenShape.Capitalised && NounPhrases.IsNounAfter(v, end)
            && !v.Is(end, WordClass.RoleNoun) && v.SentenceOf[end] == v.SentenceOf[end - 1])
        {
            // "said one Republican | political strategist": a lower-case modifier or two, then the role noun.
            for (int k = end + 1; k <= end + 2 && k < v.Count && NounPhrases.IsNounAfter(v, k); k++)
            {
                if (v.Is(k, WordClass.RoleNoun) && !v.Is(k, WordClass.NonPersonNameWord))
                {
                    pe = k + 1;
                    break;
                }
            }
        }

        return new SourcePhrase(first, end, pf, pe, NounPhrases.HeadEnd(v, pf, pe), depth);
    }

    /// <summary>Most hyphen-joined parts looked back over ("mother-of-nine" is three).</summary>
    private const int MaxCompoundParts = 4;

    /// <summary>
    /// "The 41-year-old chart-topper told": a one-word mention that is only the last part of a hyphenated compound is the whole
    /// compound with the age compound and determiner before it; returns the phrase's first token, else <paramref name="first"/>.
    /// </summary>
    private static int CompoundStart(DocumentView v, int first)
    {
        int c = GluedStart(v, first);
        if (c == first)
        {
            return first;
        }

        // An age compound right before ("the 41-year-old | chart-topper"), then a determiner.
        if (c > 0 && v.SentenceOf[c - 1] == v.SentenceOf[first] && PersonNouns.IsAge(v, c - 1))
        {
            c = GluedStart(v, c - 1);
        }

        return c > 0 && v.SentenceOf[c - 1] == v.SentenceOf[first] && v.Is(c - 1, WordClass.Determiner) ? c - 1 : c;
    }

    /// <summary>The first token of the hyphen-joined word run ending at <paramref name="t"/> (words and hyphens written without spaces).</summary>
    private static int GluedStart(DocumentView v, int t)
    {
        int c = t;
        for (int parts = 0; parts < MaxCompoundParts && c >= 2 && v.TextIs(c - 1, "-") && v.IsClosedUpDash(c - 1)
            && v.Shapes[c - 2] is TokenShape.Lower or TokenShape.Number && v.SentenceOf[c - 2] == v.SentenceOf[t]; parts++)
        {
            c -= 2;
        }

        return c;
    }
}
