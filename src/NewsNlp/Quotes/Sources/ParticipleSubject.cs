using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// A participle cue after a comma (<c>…, saying</c>, <c>…, adding</c>) has no subject of its own: the speaker is the
/// subject of the clause it hangs on. <c>The government has resisted calls to publish the advice, saying …</c> → the
/// government; <c>Later, Dr Gibbons praised the work of Ms Hutt, saying …</c> → Dr Gibbons (past a sentence-opening
/// adverb and its comma), not an object or the adverb. A source that names someone is kept (the participle may hang
/// on that object: <c>The documentary showed Mr X …, telling the meeting</c>). An opening prepositional phrase is passed
/// unless a closing report comes right before the participle (<c>During a speech in Ohio, Trump attacked Clinton …,
/// saying …</c> → Trump). The participle may follow one adverb (<c>…, perhaps recognizing that …</c>) and need not be a
/// listed cue verb when the tagger chose it, unless it opens a prepositional phrase (<c>including</c>, <c>according</c>).
/// </summary>
internal static class ParticipleSubject
{
    /// <summary>Most tokens from the sentence start to the cue.</summary>
    private const int MaxClause = 40;

    /// <summary>Sets the source of <paramref name="d"/> to its clause's subject when its cue is such a participle; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        // The participle is the cue, or its last word after an adverb ("perhaps recognizing").
        int cue = d.CueEnd - 1;
        if (!d.HasCue || d.CueEnd - d.CueFirst > 2 || cue < 2 || !Clauses.IsParticiple(v, cue) || (cue > d.CueFirst && CommaBefore(v, cue) != d.CueFirst - 1)
            || (CommaBefore(v, cue) < 0 && !AfterPrepositionObject(v, d, cue)) || !IsVerbOfAttribution(v, cue)
            || (d.HasSource && (d.SourceFirst >= d.CueEnd || NamesSomeone(v, d.SourceFirst, d.SourceEnd))))
        {
            return false;
        }

        int start = Clauses.SentenceFirst(v, d.CueFirst);
        start = OpeningDateline.Skip(v, start, d.CueFirst);
        if (d.CueFirst - start > MaxClause || v.InQuote(start))
        {
            return false;
        }

        // A sentence-opening adverb and its comma ("Later,", "Meanwhile,", "However,").
        if (start + 1 < d.CueFirst && v.Shapes[start + 1] == TokenShape.Comma && (v.Is(start, WordClass.Adverb) || v.Is(start, WordClass.Boundary)
            || v.Chars(start).EndsWith("ly", StringComparison.Ordinal) || v.Chars(start).Equals("Meanwhile", StringComparison.Ordinal)))
        {
            start += 2;
        }
        else if (!v.Is(CommaBefore(v, cue) - 1, WordClass.CueVerb) && OpeningPhraseComma(v, start, d.CueFirst) is > 0 and var comma)
        {
            // "During a speech in Ohio, Trump attacked Clinton …, saying": past an opening prepositional phrase; not when
            // the participle follows a closing report ("In the trials, four patients died, the magazine reported,
            // confirming …": the magazine's).
            start = comma + 1;
        }

        (int f, int e) = SourceFinder.SentenceSubject(v, start, d.CueFirst);
        if (f < 0 || e >= d.CueFirst || f != start || v.Is(f, WordClass.ItPronoun) && !v.TextIs(f, "it") || HasQuote(v, f, e))
        {
            return false;
        }

        // The subject must be followed by its verb, not be the first of a list or an introductory phrase; an age between
        // commas may follow it ("Stallone, 71, appeared").
        if (e < v.Count && v.Shapes[e] is TokenShape.Comma or TokenShape.Colon && !IsAgeBetweenCommas(v, e))
        {
            return false;
        }

        d.SetSource(f, e);
        return true;
    }

    /// <summary>
    /// The comma the participle hangs on: right before it, or before one adverb (<c>…, perhaps recognizing that …</c>,
    /// <c>…, apparently referring to …</c>); -1 when there is none.
    /// </summary>
    private static int CommaBefore(DocumentView v, int cue)
    {
        if (v.Shapes[cue - 1] == TokenShape.Comma)
        {
            return cue - 1;
        }

        bool adverb = v.Shapes[cue - 1] == TokenShape.Lower && (v.Is(cue - 1, WordClass.Adverb) || SourceFinder.IsLyAdverb(v, cue - 1) || v.TextIsAny(cue - 1, HedgeAdverbs));
        return adverb && cue - 2 >= 0 && v.Shapes[cue - 2] == TokenShape.Comma ? cue - 2 : -1;
    }

    /// <summary>
    /// Session 17: a participle written without a comma right after the object of a preposition and before a colon
    /// (<c>Stallone appeared not to have enjoyed her time in the house saying: "…"</c>): the place or thing after the
    /// preposition does not speak; the participle hangs on the clause as after a comma.
    /// </summary>
    private static bool AfterPrepositionObject(DocumentView v, QuoteDraft d, int cue)
    {
        if (cue != d.CueFirst || cue + 1 >= v.Count || v.Shapes[cue + 1] != TokenShape.Colon || !d.HasSource || d.SourceEnd != cue || d.SourceFirst < 1)
        {
            return false;
        }

        int before = d.SourceFirst - 1;
        return v.Shapes[before] == TokenShape.Lower && SpeakerWords.IsPreposition(v.Chars(before)) && v.Shapes[cue - 1] == TokenShape.Lower
            && v.EntityOf[cue - 1] < 0;
    }

    /// <summary>True when the comma at <paramref name="comma"/> opens an age closed by a second comma (", 71,").</summary>
    private static bool IsAgeBetweenCommas(DocumentView v, int comma) =>
        comma + 2 < v.Count && v.Shapes[comma] == TokenShape.Comma && v.Shapes[comma + 1] == TokenShape.Number && v.Shapes[comma + 2] == TokenShape.Comma;

    /// <summary>Adverbs before a participle that neither the adverb list nor the "-ly" test holds.</summary>
    private static readonly string[] HedgeAdverbs = ["perhaps", "maybe", "also", "again", "then", "still"];

    /// <summary>Participles that open a prepositional phrase, not an attribution of the clause's subject.</summary>
    private static readonly string[] PrepositionalParticiples = ["including", "according", "regarding", "concerning", "following", "excluding", "pending", "considering", "notwithstanding", "barring", "starting", "beginning", "ending", "involving", "leaving", "making", "bringing", "putting", "sending", "causing", "forcing", "giving", "taking"];

    /// <summary>A cue verb, or another participle the tagger chose as the cue that does not open a prepositional phrase.</summary>
    private static bool IsVerbOfAttribution(DocumentView v, int cue) => v.Is(cue, WordClass.CueVerb) || !v.TextIsAny(cue, PrepositionalParticiples);

    private static readonly string[] OpeningPrepositions = ["In", "During", "At", "On", "After", "Before", "Since", "Following", "Throughout", "Amid", "Despite", "Earlier", "Later"];

    /// <summary>
    /// The comma closing a phrase that opens the sentence with a preposition (<c>During a national security speech
    /// earlier in the day,</c>) and holds no verb of its own (no auxiliary, cue verb or quotation), or -1.
    /// </summary>
    private static int OpeningPhraseComma(DocumentView v, int start, int cue)
    {
        bool opens = false;
        foreach (string word in OpeningPrepositions)
        {
            opens |= v.Chars(start).Equals(word, StringComparison.Ordinal);
        }

        if (!opens)
        {
            return -1;
        }

        for (int t = start + 1; t < cue && t - start <= 15; t++)
        {
            if (v.Shapes[t] == TokenShape.Comma)
            {
                return t + 2 < cue ? t : -1;
            }

            if (v.InQuote(t) || v.Is(t, WordClass.Auxiliary | WordClass.CueVerb) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.SentenceEnd)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the current source holds a name that is no adverb: a participle may hang on an object too ("The
    /// documentary showed Mr Nattrass …, telling the meeting"), so a named source stays; a sentence-opening word and
    /// its comma (<c>Meanwhile, it attacked X, saying …</c>) names no one.
    /// </summary>
    private static bool NamesSomeone(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.IsNameToken(t) && !v.Is(t, WordClass.Adverb | WordClass.Boundary | WordClass.CapitalisedFunctionWord) && !OpensWithComma(v, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word opening its sentence and closed by a comma that no recogniser took for a name (<c>Meanwhile,</c>,
    /// <c>Nevertheless,</c>): a sentence adverb, not someone named.
    /// </summary>
    private static bool OpensWithComma(DocumentView v, int t) =>
        t + 1 < v.Count && v.Shapes[t + 1] == TokenShape.Comma && v.EntityOf[t] < 0 && Clauses.SentenceFirst(v, t) == t;

    private static bool HasQuote(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.InQuote(t))
            {
                return true;
            }
        }

        return false;
    }
}
