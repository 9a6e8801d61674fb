using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// A source mention that only modifies the subject of its cue widens to that subject: the nationality of "Brazilian
/// Finance Minister Dilson Funaro flatly rejected …", the possessor of "Kuwait's Oil Minister, in remarks published
/// today, said …", the organisation of "Stock Exchange President Ramdas Dalal said …", the agent of "Businessmen
/// polled by Reuters said …", the second of two coordinated names ("Munich Re and Swiss Re … have said"). The learned source ranker may
/// pick such a word (PolNeAR's scorer counts any part of the gold phrase as right), but the speaker is the phrase's head.
/// The quote's source span is left as it is (widening it lowered PolNeAR source accuracy); the speaker is resolved from
/// the subject.
/// </summary>
internal static class ModifierSource
{
    /// <summary>The subject of <paramref name="d"/>'s cue when its source lies inside it and ends before the subject's end, else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceFirst < 0 || d.SourceEnd > d.CueFirst || d.CueFirst >= v.Count)
        {
            return (-1, -1);
        }

        int limit = NounPhrases.SentenceStart(v, d.CueFirst);
        if (d.SourceFirst < limit)
        {
            return (-1, -1);
        }

        (int f, int e) = SourceFinder.SubjectBefore(v, d.CueFirst, limit);
        if (f < 0 || f > d.SourceFirst || e < d.SourceEnd)
        {
            return (-1, -1);
        }

        // The agent of a participle right after the subject ("Businessmen polled by Reuters said …": the businessmen said
        // it, not Reuters): the phrase before the participle.
        int by = d.SourceFirst - 1;
        if (e == d.SourceEnd && by - 2 >= limit && v.TextIs(by, "by") && v.Shapes[by - 1] == TokenShape.Lower && v.Chars(by - 1).EndsWith("ed", StringComparison.Ordinal))
        {
            (int pf, _) = SourceFinder.PhraseEndingAt(v, by - 2, limit);
            return pf >= 0 ? (pf, by - 1) : (-1, -1);
        }

        // The source ends before the subject's head; the subject may be the second of two coordinated names opening the
        // sentence ("Munich Re and Swiss Re, the world's two biggest reinsurers, have said …": both said it).
        (int cf, int ce) = e > d.SourceEnd ? (f, e) : (d.SourceFirst, d.SourceEnd);
        int and = cf - 1;
        if (and - 1 > limit && v.TextIs(and, "and") && v.Shapes[and] == TokenShape.Lower && v.IsNameToken(and - 1) && v.IsNameToken(cf))
        {
            (int pf, _) = SourceFinder.PhraseEndingAt(v, and - 1, limit);
            bool opensSentence = pf == limit || (pf == limit + 1 && v.Is(limit, WordClass.CapitalisedFunctionWord));
            if (pf >= 0 && opensSentence && v.IsNameToken(v.Is(pf, WordClass.Determiner) ? pf + 1 : pf))
            {
                return (pf, ce);
            }
        }

        return e > d.SourceEnd ? (f, e) : (-1, -1);
    }
}
