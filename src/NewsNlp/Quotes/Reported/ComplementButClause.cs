using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A cue that names its object something (<c>branded the proposal unworkable</c>, <c>labelled the deal a disaster</c>,
/// <c>dubbed it a farce</c>) reports that object and what it was called; a <c>but</c> after it opening a clause with its
/// own subject is the writer's next statement: in <c>The union branded the proposal unworkable but party strategists have
/// seen it as a way to win votes</c> the content ends before <c>but</c>. A reported clause right after such a cue holding
/// <c>but</c> (outside quotation marks) followed by a subject — a subject pronoun, or one to three words and then an
/// auxiliary or modal — ends before <c>but</c> (and a comma before it). One pass over each such draft's tokens: linear.
/// </summary>
internal static class ComplementButClause
{
    private static readonly string[] NamingCues =
    [
        "branded", "brand", "brands", "branding", "labelled", "labeled", "label", "labels", "labelling", "labeling", "dubbed", "dub",
        "dubs", "dubbing",
    ];

    /// <summary>The object and its name take at least this many tokens before <c>but</c>.</summary>
    private const int MinContent = 2;

    /// <summary>Ends every naming cue's clause before a <c>but</c> that opens a clause of its own.</summary>
    public static void Trim(DocumentView v, AttributionState state)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (d.Dropped || d.Kind != QuoteKind.Indirect || !d.HasCue || d.Content.Count == 0 || d.FirstToken != d.CueEnd
                || d.EndToken > v.Count || !v.TextIsAny(d.CueEnd - 1, NamingCues) || v.Shapes[d.CueEnd - 1] != TokenShape.Lower)
            {
                continue;
            }

            for (int b = d.FirstToken + MinContent; b < d.EndToken - 2; b++)
            {
                if (v.InQuote(b) || v.Shapes[b] is TokenShape.SentenceEnd)
                {
                    break;
                }

                if (v.Shapes[b] != TokenShape.Lower || !v.TextIs(b, "but") || !OpensClause(v, b + 1, d.EndToken))
                {
                    continue;
                }

                int end = v.Shapes[b - 1] == TokenShape.Comma ? b - 1 : b;
                d.EndToken = end;
                d.EndContentAt(v.Ends[end - 1]);
                break;
            }
        }
    }

    /// <summary>A clause with its own subject opens at <paramref name="t"/>: a subject pronoun, or one to three words and an auxiliary.</summary>
    private static bool OpensClause(DocumentView v, int t, int end)
    {
        if (v.Is(t, WordClass.SubjectPronoun) && v.Shapes[t] == TokenShape.Lower && !v.TextIs(t, "it"))
        {
            return true;
        }

        for (int k = t; k < end && k <= t + 3; k++)
        {
            if (v.InQuote(k) || v.Shapes[k] is not (TokenShape.Lower or TokenShape.Capitalised))
            {
                return false;
            }

            if (k > t && v.Is(k, WordClass.Auxiliary) && v.Shapes[k] == TokenShape.Lower)
            {
                ReadOnlySpan<char> word = v.Chars(k);
                return !(word.StartsWith("'") || word.StartsWith("’"));
            }

            if (v.Is(k, WordClass.Auxiliary))
            {
                return false;
            }
        }

        return false;
    }
}
