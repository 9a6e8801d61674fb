using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A cue word owned by a possessive and followed by a preposition is a noun, and what follows it is the noun's object,
/// not a report: <c>The bank has cut its growth forecast for the country to 5.1 percent</c>, <c>their price estimate of
/// $40 a share</c>, <c>the ministry's budget warning on spending</c>. A reported draft whose cue word has a possessive
/// (<c>its</c>, <c>their</c>, <c>his</c> … or <c>'s</c>) before it, with at most two lower-case nouns between
/// (<c>its growth</c>), and a preposition right after it, and whose content holds no word a clause needs (no verb form,
/// auxiliary, "that" or pronoun: <c>the country to 5.1 percent this year</c>), is an action. A noun cue with a clause
/// (<c>his warning that prices would rise</c>) stays.
/// </summary>
internal sealed class PossessedNounCueFilter : IAttributionFilter
{
    /// <summary>Lower-case nouns at most between the possessive and the cue word.</summary>
    private const int MaxModifiers = 2;

    private static readonly string[] Possessives = ["its", "their", "his", "her", "our", "my", "your"];

    /// <inheritdoc />
    public string Name => "possessed-noun-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || first < 0 || end <= first || draft.ClosedBySpeech)
        {
            return FilterVerdict.Keep;
        }

        int cue = LastCueWord(v, draft.CueFirst, Math.Min(draft.CueEnd, v.Count));
        if (cue < 1 || cue + 1 >= v.Count || v.Shapes[cue] != TokenShape.Lower || v.Shapes[cue + 1] != TokenShape.Lower
            || !SpeakerWords.IsPreposition(v.Chars(cue + 1)) || !IsPossessed(v, cue))
        {
            return FilterVerdict.Keep;
        }

        return NounPhraseContentFilter.HasClauseWord(v, first, end, t => v.IsApostropheS(t)) ? FilterVerdict.Keep : FilterVerdict.Action;
    }

    /// <summary>The last cue word of the cue span (<c>forecast</c> in <c>has cut its growth forecast for</c>), or -1.</summary>
    private static int LastCueWord(DocumentView v, int first, int end)
    {
        for (int t = end - 1; t >= first; t--)
        {
            if (v.Is(t, WordClass.CueVerb))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>True when a possessive stands before <paramref name="cue"/> with at most <see cref="MaxModifiers"/> lower-case nouns between.</summary>
    private static bool IsPossessed(DocumentView v, int cue)
    {
        int sentence = v.SentenceOf[cue];
        for (int k = cue - 1; k >= 0 && cue - k <= MaxModifiers + 1 && v.SentenceOf[k] == sentence; k--)
        {
            if (v.IsApostropheS(k) || (v.Shapes[k] == TokenShape.Lower && v.TextIsAny(k, Possessives)))
            {
                return true;
            }

            if (v.Shapes[k] != TokenShape.Lower || v.Is(k, CompoundNounCueFilter.NotAModifier) || v.InQuote(k))
            {
                return false;
            }
        }

        return false;
    }
}
