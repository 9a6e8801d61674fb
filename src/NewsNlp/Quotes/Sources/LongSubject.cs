using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// A long subject: <c>The head of a Philippine panel charged with recovering wealth amassed by former President X and
/// his associates said …</c>. The sentence opens with a role noun and its <c>of</c> phrase; the participle phrases after
/// it only describe it, so a source mention inside them (<c>his associates</c>) speaks as the opening phrase
/// (<c>The head of a Philippine panel</c>). The quote's source span is left as it is; the speaker is resolved from the
/// opening phrase.
/// </summary>
internal static class LongSubject
{
    /// <summary>Most tokens from the sentence start to the cue.</summary>
    private const int MaxSubject = 40;

    /// <summary>Most words of the noun phrase after <c>of</c>.</summary>
    private const int MaxOfPhrase = 6;

    /// <summary>The opening role phrase of <paramref name="d"/>'s sentence when its source lies in a participle phrase after it, else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst || d.CueFirst >= v.Count)
        {
            return (-1, -1);
        }

        int start = AfterDateline(v, Grammar.Clauses.SentenceFirst(v, d.CueFirst), d.CueFirst);
        if (d.CueFirst - start > MaxSubject || !v.Is(start, WordClass.Determiner) || start + 2 >= d.SourceFirst)
        {
            return (-1, -1);
        }

        // "The head of": a determiner, a role noun, "of".
        int role = start + 1;
        if (!v.Is(role, WordClass.RoleNoun) || v.Shapes[role] != TokenShape.Lower || !v.TextIs(role + 1, "of"))
        {
            return (-1, -1);
        }

        // The noun phrase after "of", up to the first participle ("charged", "accused", "appointed", "seeking").
        int k = role + 2;
        if (v.Is(k, WordClass.Determiner))
        {
            k++;
        }

        int end = -1;
        for (int n = 0; k < d.SourceFirst && n < MaxOfPhrase; k++, n++)
        {
            ReadOnlySpan<char> w = v.Chars(k);
            bool word = v.Shapes[k] is TokenShape.Lower or TokenShape.Capitalised;
            if (!word || (v.Shapes[k] == TokenShape.Lower && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))))
            {
                break;
            }

            end = k + 1;
        }

        bool participle = k < d.SourceFirst && v.Shapes[k] == TokenShape.Lower
            && (v.Chars(k).EndsWith("ed", StringComparison.Ordinal) || v.Chars(k).EndsWith("ing", StringComparison.Ordinal));
        if (end < 0 || !participle || !Plain(v, k, d.CueFirst))
        {
            return (-1, -1);
        }

        return (start, end);
    }

    /// <summary>Most tokens of a dateline ("MANILA, March 15 -").</summary>
    private const int MaxDateline = 8;

    /// <summary>The first token after a dateline's dash opening the sentence at <paramref name="start"/>, or <paramref name="start"/>.</summary>
    internal static int AfterDateline(DocumentView v, int start, int cue)
    {
        for (int t = start + 1; t < cue && t - start <= MaxDateline; t++)
        {
            if (v.Shapes[t] == TokenShape.Dash)
            {
                return v.Shapes[t - 1] is TokenShape.Number or TokenShape.Capitalised ? t + 1 : start;
            }

            if (v.Shapes[t] == TokenShape.Lower)
            {
                break;
            }
        }

        return start;
    }

    /// <summary>True when [first, end) holds no punctuation, quotation, relative pronoun or other cue verb: one long noun phrase.</summary>
    private static bool Plain(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number)
                || v.Is(t, WordClass.Relative | WordClass.That | WordClass.Auxiliary) || (v.Is(t, WordClass.CueVerb) && v.Shapes[t] == TokenShape.Lower && !v.Chars(t).EndsWith("ed", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}
