using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// A verb of saying coordinated with an earlier verb by "and" shares its subject: in <c>Ana Ruiz accused the council of
/// "wasting money" and said the plan would fail</c> the second report is Ana Ruiz's, not the council's (the object of
/// the first verb, which a source finder reading leftwards from "said" meets first). The quote's source span is left as
/// it is; the speaker is resolved from the earlier report's source.
/// </summary>
internal static class CoordinatedCue
{
    /// <summary>
    /// The source of the earlier report of the same sentence when the cue of the draft at <paramref name="index"/> of
    /// <paramref name="drafts"/> (text order) follows "and" and its source lies between that report's cue and the "and";
    /// else (-1, -1).
    /// </summary>
    public static (int First, int End) Subject(DocumentView v, List<QuoteDraft> drafts, int index)
    {
        QuoteDraft d = drafts[index];
        if (!d.HasCue || !d.HasSource || d.CueFirst < 2 || d.CueFirst >= v.Count)
        {
            return (-1, -1);
        }

        int and = d.CueFirst - 1;
        while (and > 0 && v.Is(and, WordClass.Adverb) && v.Shapes[and] == TokenShape.Lower)
        {
            and--;
        }

        int sentence = v.SentenceOf[d.CueFirst];
        if (v.Shapes[and] != TokenShape.Lower || !v.TextIs(and, "and") || v.SentenceOf[and] != sentence || d.SourceEnd > and || v.InQuote(and))
        {
            return (-1, -1);
        }

        for (int i = index - 1; i >= 0; i--)
        {
            QuoteDraft e = drafts[i];
            if (!e.HasCue || e.CueFirst >= v.Count || v.SentenceOf[e.CueFirst] != sentence)
            {
                continue;
            }

            return e.HasSource && e.SourceEnd <= e.CueFirst && e.CueEnd <= d.SourceFirst ? (e.SourceFirst, e.SourceEnd) : (-1, -1);
        }

        return (-1, -1);
    }

    /// <summary>Most tokens from the sentence's subject to the "and" before the cue.</summary>
    private const int MaxFirstPredicate = 40;

    /// <summary>
    /// The subject of the sentence for a quote with no source whose cue follows "and": <c>The ministry puts the deficit at
    /// 4% and claims that cuts will close it</c> — the verbs share the sentence's subject, also when the first verb is no
    /// verb of saying. (-1, -1) when the sentence opens with no noun phrase before a verb, or it is far from the "and".
    /// </summary>
    public static (int First, int End) SentenceSubject(DocumentView v, QuoteDraft d)
    {
        if (d.HasSource || !d.HasCue || d.CueFirst < 2 || d.CueFirst >= v.Count || v.InQuote(d.CueFirst))
        {
            return (-1, -1);
        }

        int and = d.CueFirst - 1;
        while (and > 0 && v.Is(and, WordClass.Adverb) && v.Shapes[and] == TokenShape.Lower)
        {
            and--;
        }

        int sentence = v.SentenceOf[d.CueFirst];
        if (v.Shapes[and] != TokenShape.Lower || !v.TextIs(and, "and") || v.SentenceOf[and] != sentence || v.InQuote(and))
        {
            return (-1, -1);
        }

        Documents.TokenRange range = v.Document.Sentences[sentence];
        (int f, int e) = Sources.SourceFinder.SentenceSubject(v, range.FirstToken, and);
        if (f >= 0 && e - f >= 3 && e < and && v.Is(e, WordClass.Determiner) && v.Shapes[e - 1] == TokenShape.Lower && v.Shapes[e - 2] == TokenShape.Lower)
        {
            e--; // "The ministry puts the …": a verb in -s read as a plural second noun of the subject
        }

        if (f < 0 || e >= and || and - e > MaxFirstPredicate || v.Shapes[e] != TokenShape.Lower || SpeakerWords.IsPreposition(v.Chars(e))
            || v.Is(e, WordClass.Boundary | WordClass.Determiner | WordClass.Relative))
        {
            return (-1, -1);
        }

        // Nothing between the subject and the "and" may open a clause of its own (a comma, a quotation, another subject's verb of saying).
        for (int t = e; t < and; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.Semicolon or TokenShape.Colon || v.Is(t, WordClass.Relative | WordClass.That))
            {
                return (-1, -1);
            }
        }

        return (f, e);
    }
    /// <summary>
    /// Session 21: the subject of the sentence for a quote whose cue follows "and" or ", but" and whose source lies in the
    /// first predicate, between that subject's verb and the conjunction: <c>The Pro-Life Alliance "congratulated" Mr Howard
    /// on his stance, but said it did not go far enough</c> — a verb after "but" with no subject of its own shares the
    /// sentence's; Mr Howard is the first verb's object. Only a first predicate with no clause of its own (no comma, no
    /// verb of saying or "that" outside quotation marks); else (-1, -1).
    /// </summary>
    public static (int First, int End) SharedSubject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.CueFirst < 3 || d.CueFirst >= v.Count || v.InQuote(d.CueFirst) || d.SourceEnd > d.CueFirst
            || v.Is(d.SourceFirst, WordClass.SubjectPronoun))
        {
            return (-1, -1);
        }

        int conjunction = d.CueFirst - 1;
        while (conjunction > 0 && v.Is(conjunction, WordClass.Adverb) && v.Shapes[conjunction] == TokenShape.Lower)
        {
            conjunction--;
        }

        int sentence = v.SentenceOf[d.CueFirst];
        bool and = v.TextIs(conjunction, "and");
        bool but = v.TextIs(conjunction, "but") && v.Shapes[conjunction - 1] == TokenShape.Comma;
        if ((!and && !but) || v.Shapes[conjunction] != TokenShape.Lower || v.SentenceOf[conjunction] != sentence || v.InQuote(conjunction))
        {
            return (-1, -1);
        }

        int predicateEnd = but ? conjunction - 1 : conjunction;
        Documents.TokenRange range = v.Document.Sentences[sentence];
        (int f, int e) = Sources.SourceFinder.SentenceSubject(v, range.FirstToken, predicateEnd);
        if (f < 0 || f != range.FirstToken || e >= d.SourceFirst || predicateEnd - e > MaxFirstPredicate || d.SourceEnd > predicateEnd)
        {
            return (-1, -1);
        }

        // The subject's own verb follows it (a lower-case word that is no preposition, or a quoted verb).
        bool verb = (v.Shapes[e] == TokenShape.Lower && !SpeakerWords.IsPreposition(v.Chars(e)) && !v.Is(e, WordClass.Boundary | WordClass.Determiner | WordClass.Relative))
            || (v.Shapes[e] == TokenShape.QuoteMark && e + 1 < predicateEnd && v.Shapes[e + 1] == TokenShape.Lower);
        if (!verb)
        {
            return (-1, -1);
        }

        for (int t = e; t < predicateEnd; t++)
        {
            if (v.Shapes[t] is TokenShape.Comma or TokenShape.Semicolon or TokenShape.Colon || v.Is(t, WordClass.Relative | WordClass.That)
                || (!v.InQuote(t) && v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.CueVerb) && t != e))
            {
                return (-1, -1);
            }
        }

        return (f, e);
    }
}
