using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 19: <c>Winn-Dixie, once among the most profitable of US grocers, said …</c>, <c>Even China, Pyongyang's only
/// ally, said …</c>: an appositive set off by commas between the sentence's subject and the cue describes the subject; a
/// name inside it (a country, a rival) is talked about. The subject before the first comma speaks. The appositive holds
/// no verb of its own (a relative clause is <see cref="RelativeInsertion"/>'s) and opens with a lower-case word, a number
/// or a possessive name (<c>Pyongyang's</c>), never with a name of its own: in <c>The chairman, John Smith, said</c> the
/// name in apposition is who speaks.
/// </summary>
internal static class AppositiveInsertion
{
    /// <summary>Most tokens of the appositive between its commas.</summary>
    private const int MaxAppositive = 20;

    /// <summary>Most words opening the sentence before its subject ("Even", "But", "However ,").</summary>
    private const int MaxOpening = 3;

    /// <summary>The subject before the appositive holding the draft's source, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst || d.CueFirst >= v.Count || v.InQuote(d.SourceFirst) || d.SourceFirst < 3)
        {
            return (-1, -1);
        }

        // The comma closing the appositive: right before the cue, or before adverbs and auxiliaries ("…, has also said").
        int close = d.CueFirst - 1;
        while (close > d.SourceEnd && v.Shapes[close] == TokenShape.Lower && (v.Is(close, WordClass.Adverb | WordClass.Auxiliary) || SourceFinder.IsLyAdverb(v, close)))
        {
            close--;
        }

        if (close < d.SourceEnd || v.Shapes[close] != TokenShape.Comma || v.SentenceOf[close] != v.SentenceOf[d.SourceFirst])
        {
            return (-1, -1);
        }

        // The opening comma, with only the appositive's words between (no verb, quotation or other comma).
        int open = -1;
        for (int t = close - 1; t >= 0 && close - t <= MaxAppositive && v.SentenceOf[t] == v.SentenceOf[close]; t--)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.SentenceEnd or TokenShape.Dash
                || (v.Shapes[t] == TokenShape.Lower && (v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary | WordClass.Relative) || v.TextIs(t, "whose") || v.TextIs(t, "whom"))))
            {
                return (-1, -1);
            }

            if (v.Shapes[t] == TokenShape.Comma)
            {
                open = t;
                break;
            }
        }

        if (open < 1 || open >= d.SourceFirst || open + 1 >= close || !OpensAppositive(v, open + 1))
        {
            return (-1, -1);
        }

        int start = NounPhrases.SentenceStart(v, close);
        (int first, int end) = SourceFinder.PhraseEndingAt(v, open - 1, start);
        if (first < 0 || end != open || !OpensSentence(v, start, first) || !HoldsName(v, first, end))
        {
            return (-1, -1);
        }

        return (first, end);
    }

    /// <summary>
    /// True when the appositive starting at <paramref name="t"/> opens with a lower-case word, a number or a possessive name
    /// ("Pyongyang's only ally"), not with a name of its own ("The chairman, John Smith, said").
    /// </summary>
    private static bool OpensAppositive(DocumentView v, int t) =>
        v.Shapes[t] is TokenShape.Lower or TokenShape.Number
        || (v.Shapes[t] == TokenShape.Capitalised && t + 2 < v.Count && (v.TextIs(t + 1, "'s") || v.TextIs(t + 1, "’s")) && v.Shapes[t + 2] == TokenShape.Lower);

    /// <summary>True when the subject phrase holds a capitalised name word or ends in a role or organisation noun ("The minister", "The firm").</summary>
    private static bool HoldsName(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.IsNameToken(t) && !v.Is(t, WordClass.CapitalisedFunctionWord))
            {
                return true;
            }
        }

        // "The minister, a close ally of Mr Blair, said": a role or organisation noun heads the subject.
        return v.Shapes[end - 1] == TokenShape.Lower && (v.Is(end - 1, WordClass.RoleNoun) || SpeakerWords.IsOrgNoun(v.Chars(end - 1)));
    }

    /// <summary>True when only a few opening adverbs or conjunctions ("Even", "But", "However ,") stand before the subject in its sentence.</summary>
    internal static bool OpensSentence(DocumentView v, int start, int first)
    {
        if (first - start > MaxOpening)
        {
            return false;
        }

        for (int t = start; t < first; t++)
        {
            bool opener = v.Shapes[t] == TokenShape.Comma || v.Is(t, WordClass.Adverb | WordClass.CapitalisedFunctionWord) || SourceFinder.IsLyAdverb(v, t)
                || v.TextIs(t, "even") || v.TextIs(t, "but") || v.TextIs(t, "and");
            if (!opener || v.InQuote(t))
            {
                return false;
            }
        }

        return true;
    }
}
