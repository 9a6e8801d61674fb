using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A passive cue names its agent after <c>by</c>: <c>His views were echoed by a number of tax experts</c>, <c>The plan
/// was criticised as reckless by the opposition</c> → the agent is the source (PolNeAR train: of 74 passive gold cues
/// with <c>by</c> in the words after them, 54 have the agent as their source and 6 have none). The agent is read right after the cue, or right after the
/// content that follows the cue, in the same sentence; it must be able to speak (a person, group, organisation, pronoun
/// or document: not <c>by phone</c>, <c>by 2020</c>, <c>by a wide margin</c>); after a passive <c>told</c> it may also stand
/// between the cue and the reported clause (<c>The court was told by a police officer that …</c>). Runs after the source ranker, which keeps
/// passive cues sourceless, and after the rules that type a passive with no agent as an action.
/// </summary>
internal sealed class PassiveAgentSourceFilter : IAttributionFilter
{
    /// <summary>Most tokens of the agent phrase.</summary>
    internal const int MaxAgent = 12;

    /// <inheritdoc />
    public string Name => "passive-agent-source";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        Apply(context.View, draft);
        return FilterVerdict.Keep;
    }

    /// <summary>Sets the source of <paramref name="d"/> (a passive cue, no source) to the agent after <c>by</c>; true when it did.</summary>
    private static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (d.HasSource || !d.HasCue || !IsPassive(v, d.CueFirst, d.CueEnd))
        {
            return false;
        }

        // "His views were echoed by …": the content before the cue, the agent right after it; "was called a fraud by
        // …": the content right after the cue, the agent right after the content.
        if (AgentBeforeClause(v, d, out int af, out int ae))
        {
            d.SetSource(af, ae);
            return true;
        }

        int by = d.CueEnd;
        if (d.EndToken > d.CueFirst || !IsBy(v, by, d.CueFirst))
        {
            by = d.EndToken;
            if (d.FirstToken < d.CueEnd || d.FirstToken - d.CueEnd > 1 || !IsBy(v, by, d.CueFirst))
            {
                return false;
            }
        }

        int limit = by + 1;
        while (limit < v.Count && limit - by <= MaxAgent && v.SentenceOf[limit] == v.SentenceOf[by] && !v.InQuote(limit)
            && v.Shapes[limit] is not (TokenShape.Comma or TokenShape.SentenceEnd or TokenShape.Semicolon or TokenShape.Colon))
        {
            limit++;
        }

        (int f, int e) = SpeakingAgent(v, by, limit);
        if (f < 0)
        {
            return false;
        }

        d.SetSource(f, e);
        return true;
    }

    /// <summary>
    /// The agent phrase after the <c>by</c> at <paramref name="by"/>, read up to <paramref name="limit"/>, when it can speak
    /// (not a time, not a number: <c>by 2020</c>, <c>by a wide margin</c>); <c>(-1, -1)</c> otherwise.
    /// </summary>
    internal static (int First, int End) SpeakingAgent(DocumentView v, int by, int limit)
    {
        (int f, int e) = SourceFinder.PhraseAfter(v, by + 1, limit);
        return f < 0 || v.Is(e - 1, WordClass.TimeWord) || v.Shapes[f] == TokenShape.Number || v.Shapes[e - 1] == TokenShape.Number || !SpeakingSourceFilter.CanSpeak(v, f, e)
            ? (-1, -1)
            : (f, e);
    }

    /// <summary>
    /// The agent of a passive hearer cue standing between the cue and its reported clause: <c>The court was told by a
    /// police officer that the knife had been found</c>, <c>The jury was told by Detective John Smith that …</c>. The cue
    /// ends in <c>told</c>, <c>informed</c>, <c>assured</c> or <c>reminded</c> after a form of "be"; <c>by</c> follows it; the
    /// agent phrase (one that can speak) fills the words up to the clause, or up to a <c>that</c> right before it.
    /// </summary>
    internal static bool AgentBeforeClause(DocumentView v, QuoteDraft d, out int first, out int end)
    {
        first = end = -1;
        if (!d.HasCue || d.FirstToken <= d.CueEnd + 1 || d.FirstToken >= v.Count || !v.TextIsAny(d.CueEnd - 1, HearerParticiples)
            || !IsPassive(v, d.CueFirst, d.CueEnd) || !IsBy(v, d.CueEnd, d.CueFirst))
        {
            return false;
        }

        int limit = v.TextIs(d.FirstToken - 1, "that") ? d.FirstToken - 1 : d.FirstToken;
        if (limit - d.CueEnd > MaxAgent + 1)
        {
            return false;
        }

        (int f, int e) = SpeakingAgent(v, d.CueEnd, limit);
        if (f < 0 || e != limit)
        {
            return false;
        }

        (first, end) = (f, e);
        return true;
    }

    private static readonly string[] HearerParticiples = ["told", "informed", "assured", "reminded"];

    /// <summary>The word at <paramref name="t"/> is a lower-case <c>by</c> in the cue's sentence, outside quotation marks.</summary>
    internal static bool IsBy(DocumentView v, int t, int cue) =>
        t < v.Count && v.TextIs(t, "by") && v.SentenceOf[t] == v.SentenceOf[cue] && !v.InQuote(t);

    /// <summary>A form of <c>be</c> then a participle ending the cue, adverbs and <c>not</c> between (<c>were echoed</c>, <c>has been widely criticised</c>).</summary>
    internal static bool IsPassive(DocumentView v, int cueFirst, int cueEnd)
    {
        int last = cueEnd - 1;
        ReadOnlySpan<char> w = v.Chars(last);
        if (v.Shapes[last] != TokenShape.Lower || !(w.EndsWith("ed", StringComparison.Ordinal) || w is "thought" or "told" or "seen" or "shown" or "given" or "known" or "held" or "said")
            || StateOfMindParticiple.Is(w))
        {
            return false;
        }

        for (int t = last - 1; t >= 0 && last - t <= 4 && v.SentenceOf[t] == v.SentenceOf[last]; t--)
        {
            ReadOnlySpan<char> b = v.Chars(t);
            if (b.Equals("is", StringComparison.OrdinalIgnoreCase) || b.Equals("was", StringComparison.OrdinalIgnoreCase) || b.Equals("are", StringComparison.OrdinalIgnoreCase)
                || b.Equals("were", StringComparison.OrdinalIgnoreCase) || b.Equals("been", StringComparison.OrdinalIgnoreCase) || b.Equals("be", StringComparison.OrdinalIgnoreCase)
                || b.Equals("being", StringComparison.OrdinalIgnoreCase))
            {
                return t >= cueFirst - 3;
            }

            if (!(v.Is(t, WordClass.Adverb) || b.Equals("not", StringComparison.OrdinalIgnoreCase) || SourceFinder.IsLyAdverb(v, t)))
            {
                return false;
            }
        }

        return false;
    }
}
