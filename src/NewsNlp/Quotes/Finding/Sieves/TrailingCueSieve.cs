using NewsNlp.Quotes.Grammar;
using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Finding.Sieves;

/// <summary>
/// <c>“…,” X said</c> / <c>“…,” said X</c> / <c>“…,” according to X</c> / <c>“…!” he said</c> / <c>“…,” read a statement
/// from X</c> (<c>cue-after-quote</c>);
/// a quotation opening after a word (<c>Not paying taxes “makes me smart,” he said</c>) then takes the whole clause (mixed).
/// </summary>
internal sealed class TrailingCueSieve : IDirectQuoteSieve
{
    private const int TrailingWindow = 14;

    /// <inheritdoc />
    public bool TryDecide(DocumentView v, AttributionState state, QuoteDraft? previous, QuoteDraft d)
    {
        if (!TrailingCue(v, d))
        {
            return false;
        }

        ExtendFragment(v, d);
        return true;
    }

    private static bool TrailingCue(DocumentView v, QuoteDraft d)
    {
        if (d.Unclosed)
        {
            return false;
        }

        int t = d.CloseEnd;
        while (t < v.Count && v.Shapes[t] is TokenShape.Comma or TokenShape.Dash && !v.InQuote(t))
        {
            t++;
        }

        if (t >= v.Count || v.InQuote(t) || v.ParagraphOf[t] != v.ParagraphOf[d.EndToken - 1])
        {
            return false;
        }

        int window = AppositiveOpens(v, t) ? AppositiveWindow : TrailingWindow;
        int limit = t;
        while (limit < v.Count && limit - t < window && !v.InQuote(limit) && v.Shapes[limit] is not (TokenShape.SentenceEnd or TokenShape.Semicolon)
            && v.ParagraphOf[limit] == v.ParagraphOf[t])
        {
            limit++;
        }

        if (v.Is(t, WordClass.According) && v.TextIs(t + 1, "to"))
        {
            (int f, int e) = SourceFinder.PhraseAfter(v, t + 2, limit);
            if (f >= 0)
            {
                d.SetCue(t, t + 2);
                d.SetSource(f, e);
                d.DecidedBy = RuleNames.CueAfterQuote;
                return true;
            }
        }

        // A quotation closing its own sentence ('… well know."') followed by "X said the firms were …" on the same line
        // (a feed that joins paragraphs): that attribution starts a new sentence with its own reported clause, and the
        // quotation belongs to the cue before it.
        bool closesSentence = Grammar.Clauses.EndsSentence(v, d);

        if (v.Is(t, WordClass.CueVerb) && !IsParticipleAfterLedQuote(v, d, t))
        {
            (int f, int e) = SourceFinder.PhraseAfter(v, t + 1, limit);
            if (closesSentence && StartsOwnSentence(v, f >= 0 ? e : t + 1))
            {
                return false;
            }

            d.SetCue(t, t + 1);
            if (f >= 0)
            {
                d.SetSource(f, e);
            }

            d.DecidedBy = RuleNames.CueAfterQuote;
            d.Confidence = f >= 0 ? 0.9 : 0.6;
            return true;
        }

        if (!closesSentence && v.TextIs(t, "read") && DocumentAfter(v, t + 1, limit) is (>= 0 and var df, var de))
        {
            // "“…,” read a statement from the firm": a document's wording, its source the document.
            d.SetCue(t, t + 1);
            d.SetSource(df, de);
            d.DecidedBy = RuleNames.CueAfterQuote;
            d.Confidence = 0.8;
            return true;
        }

        for (int c = t + 1; c < limit; c++)
        {
            if (!v.Is(c, WordClass.CueVerb))
            {
                continue;
            }

            if (c - t >= TrailingWindow && v.Shapes[c - 1] != TokenShape.Comma)
            {
                break; // past the usual window only the verb right after the appositive's closing comma
            }

            if (IsPassive(v, c, t))
            {
                break; // '"…." Staff were told on Monday.': the subject heard something; it did not say the quotation
            }

            (int f, int e) = SourceFinder.SubjectBefore(v, c, t);
            if (f == t || (f > t && f <= t + 1 && v.Is(t, WordClass.Determiner)) || PossessorBefore(v, t, f))
            {
                if (closesSentence && StartsOwnSentence(v, c + 1))
                {
                    return false;
                }

                d.SetCue(c, c + 1);
                d.SetSource(f, e);
                d.DecidedBy = RuleNames.CueAfterQuote;
                d.Confidence = 0.9;
                return true;
            }

            break;
        }

        return false;
    }

    /// <summary>
    /// Session 28: true when the cue verb at <paramref name="c"/> is passive (a form of "be" before it, an adverb between
    /// allowed: <c>Staff were told on Monday</c>, <c>he was quickly informed</c>): its subject is the hearer, not the one
    /// who said the quotation before it.
    /// </summary>
    private static bool IsPassive(DocumentView v, int c, int t)
    {
        int k = c - 1;
        if (k > t && v.Shapes[k] == TokenShape.Lower && (SourceFinder.IsLyAdverb(v, k) || v.Is(k, WordClass.Adverb) || v.TextIs(k, "only")))
        {
            k--;
        }

        return k >= t && v.Shapes[k] == TokenShape.Lower && Clauses.IsBeForm(v, k);
    }

    /// <summary>Most tokens read after a quotation for its cue when a name and its appositive come first.</summary>
    private const int AppositiveWindow = 26;

    /// <summary>
    /// Session 20: true when a name of at most four words opens at <paramref name="t"/> and a comma follows it (<c>“…,”
    /// Malkia Cyril, the executive director at the Center of Media Justice and also featured in the film, told The
    /// Huffington Post.</c>): the speaker's appositive may run past the usual window before the verb.
    /// </summary>
    private static bool AppositiveOpens(DocumentView v, int t)
    {
        int k = t;
        while (k < v.Count && k - t < 4 && v.IsNameToken(k) && !v.InQuote(k))
        {
            k++;
        }

        return k > t && k < v.Count && v.Shapes[k] == TokenShape.Comma && v.Shapes[t] == TokenShape.Capitalised;
    }

    /// <summary>Most words of a possessor before the subject (<c>the campaign's</c>).</summary>
    private const int MaxPossessor = 4;

    /// <summary>
    /// Session 20: true when <c>[t, f)</c> is a possessor ending in <c>'s</c> right before the subject the finder returned
    /// at <paramref name="f"/> (<c>“…,” the ad’s narrator says</c>, <c>“…,” the firm's lawyer said</c>): the finder stops
    /// at the possessive, which it reads as a verb, so the subject did not start right after the quotation.
    /// </summary>
    private static bool PossessorBefore(DocumentView v, int t, int f)
    {
        if (f - 1 <= t || f - t > MaxPossessor + 1 || !v.IsApostropheS(f - 1))
        {
            return false;
        }

        for (int k = t; k < f - 1; k++)
        {
            if (v.InQuote(k) || v.Shapes[k] is not (TokenShape.Lower or TokenShape.Capitalised) || v.Is(k, WordClass.CueVerb | WordClass.Auxiliary | WordClass.That | WordClass.Relative))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Most tokens read back from a quotation's opening mark for a verb of saying that leads in to it.</summary>
    private const int LeadWindow = 30;

    /// <summary>
    /// A participle after a quotation that a verb of saying earlier in its sentence already leads in to (<c>It warned
    /// that the agency could take years to be "fit for purpose", describing it as "a failing organisation".</c>) adds
    /// to that report; it does not close the quotation as its cue. True when the cue at <paramref name="t"/> is a form
    /// in -ing and a cue verb stands before the opening mark in the same sentence, within <see cref="LeadWindow"/> tokens.
    /// </summary>
    private static bool IsParticipleAfterLedQuote(DocumentView v, QuoteDraft d, int t)
    {
        int open = d.OpenToken;
        if (open <= 0 || v.Shapes[t] != TokenShape.Lower || !v.Chars(t).EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        for (int k = open - 1; k >= 0 && open - k <= LeadWindow && v.SentenceOf[k] == v.SentenceOf[open] && !v.InQuote(k); k--)
        {
            if (v.Shapes[k] is TokenShape.Colon or TokenShape.Semicolon)
            {
                return false;
            }

            if (v.Shapes[k] == TokenShape.Lower && v.Is(k, WordClass.CueVerb) && !v.Is(k, WordClass.EvaluativeCue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The noun phrase at <paramref name="start"/> when a determiner opens it and a document noun heads it (<c>a statement</c>, <c>the notice</c>), else (-1, -1).</summary>
    private static (int First, int End) DocumentAfter(DocumentView v, int start, int limit)
    {
        (int f, int e) = SourceFinder.PhraseAfter(v, start, limit);
        return f >= 0 && v.Is(f, WordClass.Determiner) && e - 1 > f && SpeakerWords.IsAnyDocumentNoun(v.Chars(e - 1)) ? (f, e) : (-1, -1);
    }

    /// <summary>
    /// True when the attribution after a quotation that closed its own sentence (<c>… well know."</c>) starts a sentence
    /// of its own rather than closing the quote's: a reported clause follows (<c>X said the firms were …</c>, <c>X said
    /// that …</c>), or anything but a sentence end within a few words (<c>A UKIP spokesman said: “…”</c>, <c>Jackie Ballard
    /// recalled a stream of remarks …</c>, <c>The US government denied the claims, saying …</c>). <c>“….” he said.</c>,
    /// <c>“….” said Smith, a lawyer.</c> and <c>“….” Smith said on Monday.</c> close the quote's sentence.
    /// </summary>
    private static bool StartsOwnSentence(DocumentView v, int at)
    {
        const int Window = 4;
        for (int k = at; k < v.Count && k - at <= Window; k++)
        {
            if (v.ParagraphOf[k] != v.ParagraphOf[at] || v.Shapes[k] == TokenShape.SentenceEnd)
            {
                return false;
            }

            if (v.InQuote(k) || v.Shapes[k] is TokenShape.Colon or TokenShape.QuoteMark or TokenShape.Semicolon
                || (v.Shapes[k] == TokenShape.Comma && k > at) || v.Is(k, WordClass.That)
                || (v.Shapes[k] == TokenShape.Lower && v.Is(k, WordClass.Auxiliary)))
            {
                return true;
            }

            if (v.Shapes[k] == TokenShape.Comma)
            {
                return false;
            }
        }

        return at < v.Count;
    }

    /// <summary>A quote opening after a word (<c>Not paying taxes “makes me smart,” he said</c>): the content is the whole clause (mixed).</summary>
    private static void ExtendFragment(DocumentView v, QuoteDraft d)
    {
        int open = d.OpenToken;
        bool comma = open > 0 && v.Shapes[open - 1] == TokenShape.Comma;
        if (open <= 0 || d.Content.Count != 1 || v.InQuote(open - 1) || !(comma || v.Shapes[open - 1] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number)
            || v.ParagraphOf[open - 1] != v.ParagraphOf[open] || v.Is(open - 1, WordClass.CueVerb | WordClass.That))
        {
            return;
        }

        int start = open - 1;
        int words = 0;
        bool cue = false;
        while (start > 0 && v.SentenceOf[start - 1] == v.SentenceOf[open] && !v.InQuote(start - 1) && v.Shapes[start - 1] is not (TokenShape.Colon or TokenShape.Semicolon) && open - start < 30)
        {
            start--;
            words += v.Shapes[start] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number ? 1 : 0;
            cue |= v.Is(start, WordClass.CueVerb | WordClass.According);
        }

        if (comma && (words < 2 || cue || v.SentenceOf[start] != v.SentenceOf[open] || (start > 0 && v.SentenceOf[start - 1] == v.SentenceOf[open])))
        {
            return;
        }

        d.Kind = QuoteKind.Mixed;
        d.Content[0] = new TextSpan(v.Starts[start], d.Content[0].End);
        d.FirstToken = start;
    }
}
