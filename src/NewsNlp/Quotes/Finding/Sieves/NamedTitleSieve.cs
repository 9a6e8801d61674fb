using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>
/// A short title-case quotation right after a preposition or a possessive is the name of a programme, publication or
/// work, not anyone's words: <c>On CBS's "Face the Nation," the senator said …</c>, <c>On this weekend's broadcast of
/// “Sunday Politics,” X said …</c>, <c>X told Radio Norland's "Morning Call" that …</c>. Dropped (<c>named-title</c>), so the
/// verb of saying after it reports its own clause instead of taking the title as a quote. Only a title its sentence
/// goes on after, or one that closes the sentence of the quotation before it after that quotation's cue (<c>"…," X said on
/// CNN's "State of the Union."</c>, session 27); its words stay
/// uncovered, so a reported clause holding it (<c>As a host on "The Apprentice," he …</c>) keeps them.
/// </summary>
internal sealed class NamedTitleSieve : IDirectQuoteSieve
{
    /// <summary>Most words of such a title.</summary>
    private const int MaxWords = 8;

    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        if (d.Unclosed || d.Content.Count != 1 || d.WordCount is < 1 or > MaxWords || !TitleAfterNamingWord(v, d.OpenToken, d.FirstToken, d.EndToken))
        {
            return false;
        }

        bool goesOn = v.Shapes[d.EndToken - 1] != TokenShape.SentenceEnd && d.CloseEnd < v.Count && v.SentenceOf[d.CloseEnd] == v.SentenceOf[d.OpenToken]
            && v.Shapes[d.CloseEnd] != TokenShape.SentenceEnd;
        if (!goesOn && !ClosesAttribution(v, previous, d))
        {
            return false;
        }

        d.Dropped = true;
        d.DecidedBy = RuleNames.NamedTitle;
        return true;
    }

    /// <summary>
    /// Session 27: true when the title closes the sentence of the quotation before it, after that quotation's comma and
    /// its cue (<c>"…," X told CNN's Dana Bash on "State of the Union." "…"</c>): the programme where the words were said,
    /// not a second part of them.
    /// </summary>
    private static bool ClosesAttribution(DocumentView v, QuoteDraft? previous, QuoteDraft d)
    {
        if (previous is null || previous.Dropped || previous.Unclosed || previous.CloseEnd < 1 || previous.CloseEnd >= d.OpenToken
            || v.SentenceOf[previous.CloseEnd] != v.SentenceOf[d.OpenToken] || previous.EndToken < 1)
        {
            return false;
        }

        bool comma = v.Shapes[previous.EndToken - 1] == TokenShape.Comma || v.Shapes[previous.CloseEnd] == TokenShape.Comma;
        bool cue = false;
        for (int t = previous.CloseEnd; t < d.OpenToken && !cue; t++)
        {
            cue = v.Is(t, WordClass.CueVerb) && !v.InQuote(t);
        }

        return comma && cue;
    }

    /// <summary>
    /// One past the closing mark of <paramref name="q"/> when it is a short closed title-case quotation right after a
    /// preposition or a possessive in its sentence (the shape this sieve drops), else -1.
    /// </summary>
    internal static int TitleAt(DocumentView v, Quotation q)
    {
        return q.Span.Unclosed || q.End - q.First is < 1 or > MaxWords * 2 || !TitleAfterNamingWord(v, q.Open, q.First, q.End) ? -1 : q.CloseEnd;
    }

    /// <summary>
    /// True when the quotation opening at <paramref name="open"/> holds title-case words <c>[first, end)</c> right after a
    /// preposition or possessive of its own sentence, outside any other quotation.
    /// </summary>
    private static bool TitleAfterNamingWord(DocumentView v, int open, int first, int end) =>
        open >= 1 && v.SentenceOf[open - 1] == v.SentenceOf[open] && !v.InQuote(open - 1) && NamesSomething(v, open - 1) && IsTitleCase(v, first, end);

    /// <summary>A preposition (<c>on</c>, <c>of</c>, <c>to</c>) or a possessive (<c>CBS's</c>) before the opening mark.</summary>
    private static bool NamesSomething(DocumentView v, int t)
    {
        ReadOnlySpan<char> word = v.Chars(t);
        if (v.Shapes[t] == TokenShape.Lower && (SpeakerWords.IsPreposition(word) || word is "to" or "about"))
        {
            return true;
        }

        return (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)
            || word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal))
            && v.Starts[t + 1] - v.Ends[t] <= 1;
    }

    /// <summary>Two or more words, every one capitalised but short function words (<c>Face the Nation</c>, <c>Morning Joe</c>).</summary>
    private static bool IsTitleCase(DocumentView v, int first, int end)
    {
        int capitalised = 0;
        for (int t = first; t < end; t++)
        {
            switch (v.Shapes[t])
            {
                case TokenShape.Capitalised:
                    capitalised++;
                    break;
                case TokenShape.Lower when v.Chars(t).Length <= 3:
                case TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.Number:
                    break;
                default:
                    return false;
            }
        }

        return capitalised >= 2;
    }
}
