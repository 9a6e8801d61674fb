using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 18: <c>Intel Corp. &amp;lt;A HREF="…"&amp;gt;INTC.O&amp;lt;/A&amp;gt; on Thursday said …</c>: wire copy links a
/// company's ticker right after its name (an HTML link, escaped or not); the link is markup, not the subject. The
/// subject is the noun phrase before the link when the link ends right before the cue (over a time phrase such as
/// "on Thursday" and adverbs) and the draft's source is missing, lies inside or after the link, or (session 20) ends before
/// that phrase in its sentence.
/// </summary>
internal static class TickerLinkSubject
{
    /// <summary>Most tokens of one link (the escaped address splits into many).</summary>
    private const int MaxLinkTokens = 60;

    /// <summary>Most tokens of a time phrase between the link and the cue ("on Thursday").</summary>
    private const int MaxTimePhrase = 3;

    /// <summary>The subject before a ticker link that ends right before the draft's cue, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasCue || d.CueFirst < 2 || (d.HasSource && d.SourceFirst > d.CueFirst))
        {
            return (-1, -1);
        }

        int j = d.CueFirst - 1;
        int sentence = NounPhrases.SentenceStart(v, d.CueFirst);
        for (int n = 0; j > sentence && n < MaxTimePhrase && (v.Is(j, WordClass.TimeWord | WordClass.Adverb | WordClass.Auxiliary)
            || (v.Shapes[j] == TokenShape.Lower && v.TextIs(j, "on") && v.Is(j + 1, WordClass.TimeWord))); n++)
        {
            j--;
        }

        int close = LinkCloseEnd(v, j);
        if (close < 0)
        {
            return (-1, -1);
        }

        int open = LinkOpen(v, close, Math.Max(sentence, close - MaxLinkTokens));
        if (open <= sentence)
        {
            return (-1, -1);
        }

        // Session 20: a source before the link is kept when it is the name the link follows, not when it ends before that
        // name ("S.N shares jumped as much as 25 percent after real estate company Vornado Realty Trust <A …>VNO.N</A> said":
        // the trust, not "25 percent").
        (int f, int e) = SourceFinder.PhraseEndingAt(v, open - 1, sentence);
        return f >= 0 && !v.InQuote(f) && (!d.HasSource || d.SourceFirst >= open || (d.SourceEnd <= f && v.SentenceOf[d.SourceFirst] == v.SentenceOf[f])) ? (f, e) : (-1, -1);
    }

    /// <summary>The first token of the closing tag "&amp;lt;/A&amp;gt;" or "&lt;/A&gt;" ending at <paramref name="last"/>, or -1.</summary>
    private static int LinkCloseEnd(DocumentView v, int last)
    {
        // "& lt ; / A & gt ;" (escaped) or "< / A >".
        if (last >= 7 && v.TextIs(last, ";") && v.TextIs(last - 1, "gt") && v.TextIs(last - 2, "&") && v.TextIs(last - 3, "a") && v.TextIs(last - 4, "/")
            && v.TextIs(last - 5, ";") && v.TextIs(last - 6, "lt") && v.TextIs(last - 7, "&"))
        {
            return last - 7;
        }

        return last >= 3 && v.TextIs(last, ">") && v.TextIs(last - 1, "a") && v.TextIs(last - 2, "/") && v.TextIs(last - 3, "<") ? last - 3 : -1;
    }

    /// <summary>The first token of the opening tag "&amp;lt;A" or "&lt;A" before <paramref name="close"/>, not before <paramref name="limit"/>; or -1.</summary>
    private static int LinkOpen(DocumentView v, int close, int limit)
    {
        for (int t = close - 1; t >= limit; t--)
        {
            if (v.TextIs(t, "&") && t + 3 < close && v.TextIs(t + 1, "lt") && v.TextIs(t + 2, ";") && v.TextIs(t + 3, "a"))
            {
                return t;
            }

            if (v.TextIs(t, "<") && t + 1 < close && v.TextIs(t + 1, "a"))
            {
                return t;
            }

            if (v.Shapes[t] == TokenShape.SentenceEnd)
            {
                return -1;
            }
        }

        return -1;
    }
}
