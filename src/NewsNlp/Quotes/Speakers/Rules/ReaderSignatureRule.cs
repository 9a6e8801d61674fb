using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Session 18: readers' comments signed on the line after them (<c>I would say the plan is a disgrace. …</c> ¶
/// <c>Mark Ellis, Leeds</c>): an "I" outside quotation marks is the comment's writer, who signs it on the next line with a
/// name of two to four words, a comma and a place; the signature speaks. The first signature line after the pronoun
/// counts when it comes before the next comment's "I" would; without one the other rules decide.
/// </summary>
internal sealed class ReaderSignatureRule : ISpeakerRule
{
    /// <summary>Most tokens from the pronoun to its comment's signature (a comment is a paragraph or two).</summary>
    private const int MaxComment = 200;

    /// <summary>Most words of the signing name.</summary>
    private const int MaxName = 4;

    /// <summary>Most words of the place after the name's comma ("Newcastle upon Tyne", "San Diego, USA").</summary>
    private const int MaxPlace = 5;

    /// <inheritdoc />
    public string Name => RuleNames.Name;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int i = phrase.First;
        if (phrase.Depth != 0 || !phrase.IsOneToken || !v.TextIs(i, "I") || v.Shapes[i] != TokenShape.Capitalised || v.InQuote(i))
        {
            return false;
        }

        // The first line start after the pronoun that opens a signature; another "I" outside quotations before it is a
        // sentence of the same comment, so the search goes on.
        for (int t = i + 1; t < v.Count && t - i <= MaxComment; t++)
        {
            if (!StartsLine(v, t))
            {
                continue;
            }

            if (Signature(v, t) is > 0 and var nameEnd)
            {
                (speaker, _) = context.Resolve(t, nameEnd, phrase.Depth + 1);
                speaker ??= new SpeakerCandidate(v.Text[v.Starts[t]..v.Ends[nameEnd - 1]], v.Text[v.Starts[t]..v.Ends[nameEnd - 1]], null, -1, IsPerson: true, IsGroup: false);
                return true;
            }

            if (v.TextIs(t, "I") && !v.InQuote(t))
            {
                return false; // the next comment starts before any signature
            }
        }

        return false;
    }

    /// <summary>True when a line break comes between the token before <paramref name="t"/> and <paramref name="t"/>.</summary>
    private static bool StartsLine(DocumentView v, int t) =>
        t > 0 && v.Text.AsSpan(v.Ends[t - 1], v.Starts[t] - v.Ends[t - 1]).Contains('\n');

    /// <summary>
    /// One past the name of a signature line at <paramref name="t"/>: two to <see cref="MaxName"/> capitalised words, a comma,
    /// one to <see cref="MaxPlace"/> capitalised words (commas between), and the line's end; else -1.
    /// </summary>
    private static int Signature(DocumentView v, int t)
    {
        int k = t;
        while (k < v.Count && k - t < MaxName && v.Shapes[k] == TokenShape.Capitalised && !v.Is(k, WordClass.CapitalisedFunctionWord) && !v.InQuote(k))
        {
            k++;
        }

        int nameEnd = k;
        if (nameEnd - t < 2 || k >= v.Count || v.Shapes[k] != TokenShape.Comma || StartsLine(v, k))
        {
            return -1;
        }

        k++;
        int place = k;
        while (k < v.Count && k - place < MaxPlace && !StartsLine(v, k) && (v.Shapes[k] == TokenShape.Capitalised || (v.Shapes[k] == TokenShape.Comma && k > place)))
        {
            k++;
        }

        bool lineEnds = k == v.Count || StartsLine(v, k);
        return k > place && lineEnds && v.Shapes[k - 1] == TokenShape.Capitalised ? nameEnd : -1;
    }
}
