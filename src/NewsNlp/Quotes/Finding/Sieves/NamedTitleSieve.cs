using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>
/// A short title-case quotation right after a preposition or a possessive is the name of a programme, publication or
/// work, not anyone's words: <c>On CBS's "Face the Nation," the senator said …</c>, <c>On this weekend's broadcast of
/// “Sunday Politics,” X said …</c>, <c>X told Radio Norland's "Morning Call" that …</c>. Dropped (<c>named-title</c>), so the
/// verb of saying after it reports its own clause instead of taking the title as a quote. Only a title its sentence
/// goes on after (<c>"…," X said on CNN's "State of the Union."</c> is left to the other sieves); its words stay
/// uncovered, so a reported clause holding it (<c>As a host on "The Apprentice," he …</c>) keeps them.
/// </summary>
internal sealed class NamedTitleSieve : IDirectQuoteSieve
{
    /// <summary>Most words of such a title.</summary>
    private const int MaxWords = 8;

    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        if (d.Unclosed || d.OpenToken < 1 || d.Content.Count != 1 || d.WordCount is < 1 or > MaxWords
            || v.SentenceOf[d.OpenToken - 1] != v.SentenceOf[d.OpenToken] || v.InQuote(d.OpenToken - 1)
            || !NamesSomething(v, d.OpenToken - 1) || !IsTitleCase(v, d.FirstToken, d.EndToken)
            || v.Shapes[d.EndToken - 1] == TokenShape.SentenceEnd || d.CloseEnd >= v.Count || v.SentenceOf[d.CloseEnd] != v.SentenceOf[d.OpenToken]
            || v.Shapes[d.CloseEnd] == TokenShape.SentenceEnd)
        {
            return false;
        }

        d.Dropped = true;
        d.DecidedBy = RuleNames.NamedTitle;
        return true;
    }

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
