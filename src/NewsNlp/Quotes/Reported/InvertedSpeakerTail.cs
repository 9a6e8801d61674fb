using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Broadcasters close a report with their own reporter, named after the organisation and followed by where they are:
/// <c>…, says the BBC's Louisa Lim in Beijing.</c>, <c>…, said Reuters' John Smith.</c>, <c>…, says John Smith in
/// Washington.</c> The phrase finder stops at the possessive <c>'s</c> or before <c>in</c>, so the closing report was
/// not read at all. After an inverted cue, the speaker's phrase may go on over <c>'s</c> and up to five words with no
/// verb, preposition or comma (the reporter's name or post), and end in a place adjunct: <c>in</c>, <c>at</c> or
/// <c>from</c>, an optional <c>the</c> and one to four capitalised words reaching the clause's end. The place is no part
/// of the source. A look at a bounded window after the cue: constant work per report.
/// </summary>
internal static class InvertedSpeakerTail
{
    private static readonly string[] PlacePrepositions = ["in", "at", "from"];

    /// <summary>The reporter's name or post after <c>'s</c> is at most this many words.</summary>
    private const int MaxNameWords = 5;

    /// <summary>The place is at most this many capitalised words.</summary>
    private const int MaxPlaceWords = 4;

    /// <summary>The whole inverted speaker's phrase (cue excluded) is at most this many tokens.</summary>
    public const int MaxTokens = 12;

    /// <summary>
    /// The end of the speaker's phrase <c>[.., e)</c> carried over a possessive <c>'s</c> and the name or post after it
    /// (<c>the BBC | 's Louisa Lim</c>) when what follows is <paramref name="end"/>, a comma or a place adjunct; else
    /// <paramref name="e"/>.
    /// </summary>
    public static int OverPossessive(DocumentView v, int e, int end)
    {
        if (e + 1 >= end || !v.IsApostropheS(e))
        {
            return e;
        }

        int k = e + 1;
        while (k < end && k - e <= MaxNameWords && v.Shapes[k] is TokenShape.Capitalised or TokenShape.Lower
            && !v.Is(k, WordClass.Auxiliary | WordClass.CueVerb | WordClass.That) && !v.TextIsAny(k, PlacePrepositions)
            && !v.TextIs(k, "of") && !v.TextIs(k, "and"))
        {
            k++;
        }

        return k > e + 1 && (k == end || v.Shapes[k] == TokenShape.Comma || IsPlace(v, k, end)) ? k : e;
    }

    /// <summary><c>[e, end)</c> is <c>in</c>, <c>at</c> or <c>from</c>, an optional <c>the</c> and one to four capitalised words, after a name (a capitalised word at <c>e - 1</c>).</summary>
    public static bool IsPlace(DocumentView v, int e, int end)
    {
        // The speaker's phrase before the place ends in a name ("Louisa Lim | in Beijing"), not a common noun ("the unrest | in Charlotte").
        if (e < 1 || e >= end || v.Shapes[e - 1] != TokenShape.Capitalised || v.Shapes[e] != TokenShape.Lower || !v.TextIsAny(e, PlacePrepositions))
        {
            return false;
        }

        int k = e + 1;
        if (k < end && v.TextIs(k, "the") && v.Shapes[k] == TokenShape.Lower)
        {
            k++;
        }

        int words = end - k;
        if (words < 1 || words > MaxPlaceWords)
        {
            return false;
        }

        for (; k < end; k++)
        {
            if (v.Shapes[k] != TokenShape.Capitalised || v.InQuote(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tail <c>[from, end)</c> after an inverted cue is such a speaker's phrase (found by <see cref="SourceFinder.PhraseAfter"/>): carried over <c>'s</c> to the end or a place, or a name before a place.</summary>
    public static bool Fills(DocumentView v, int from, int end)
    {
        if (end - from > MaxTokens)
        {
            return false;
        }

        (int f, int e) = SourceFinder.PhraseAfter(v, from, end);
        if (f != from)
        {
            return false;
        }

        // Only a reporter's shape: over 's to the end or a place, or a name and a place ("Mrs. Clinton's plan", whole, is not one).
        int over = OverPossessive(v, e, end);
        return over > e ? over == end || IsPlace(v, over, end) : IsPlace(v, e, end);
    }
}
