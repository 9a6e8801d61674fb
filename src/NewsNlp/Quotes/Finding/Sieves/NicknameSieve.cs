using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>
/// A nickname set in quotation marks inside a person's name is part of the name, not anyone's words:
/// <c>Brian 'Head' Welch told a radio station …</c>, <c>recorded with David "Fathead" Newman.</c>. A closed quotation
/// of one or two capitalised words, with a capitalised name word right before its opening mark and a capitalised
/// surname right after its closing mark (neither a capitalised function word, and no further capitalised word after
/// the surname, which a title-case headline such as <c>Kerry 'Confident' Ahead Of Debate</c> would have), is dropped
/// (<c>nickname</c>); its words stay uncovered, so the sentence's own report (<c>… Welch told a radio station he …</c>)
/// is found as usual. The surname is read across a sentence break right after the closing mark (the sentence splitter
/// can end a sentence after <c>'Head'</c>).
/// </summary>
internal sealed class NicknameSieve : IDirectQuoteSieve
{
    /// <summary>Most words of a nickname.</summary>
    private const int MaxWords = 2;

    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        if (d.Unclosed || d.OpenToken < 1 || d.Content.Count != 1 || d.WordCount is < 1 or > MaxWords || d.CloseEnd >= v.Count
            || d.EndToken - d.FirstToken != d.WordCount || !AllCapitalised(v, d.FirstToken, d.EndToken))
        {
            return false;
        }

        int before = d.OpenToken - 1, after = d.CloseEnd;
        int sentence = v.SentenceOf[d.OpenToken];
        // The surname may open the next sentence: the sentence splitter can end one after a closing single mark.
        if (v.SentenceOf[before] != sentence || v.InQuote(before) || v.InQuote(after) || !IsNameWord(v, before) || !IsNameWord(v, after)
            || (after + 1 < v.Count && v.Shapes[after + 1] == TokenShape.Capitalised))
        {
            return false;
        }

        d.Dropped = true;
        d.DecidedBy = RuleNames.Nickname;
        return true;
    }

    private static bool AllCapitalised(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] != TokenShape.Capitalised)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A capitalised word that is no function word and sits right against the quotation mark's space.</summary>
    private static bool IsNameWord(DocumentView v, int t) =>
        v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord) && v.Chars(t).Length > 1;
}
