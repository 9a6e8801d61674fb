using NewsNlp.Documents;
using NewsNlp.Quotes.Acts;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A clause the sentence closes with a speech cue is reported speech, whatever verb it holds: <c>Overseas drilling is
/// expected to follow a similar pattern, Kerridge said.</c>, <c>Dresser is expected to improve …, said Swarup.</c>
/// A reported clause whose sentence ends (after its content) with a short <c>, X said</c> or <c>, said X</c> is marked
/// <see cref="QuoteDraft.ClosedBySpeech"/> (its act is speech), and takes that cue's subject as its source mention
/// when it has none. A clause nested in one the rules already report with that cue (<see cref="QuoteDraft.NestedIn"/>)
/// keeps its own act.
/// </summary>
internal sealed class TrailingSpeechCueFilter : IAttributionFilter
{
    /// <summary>Most tokens from the comma to the sentence's end (", the finance ministry officials said .").</summary>
    private const int MaxTail = 10;

    /// <inheritdoc />
    public string Name => "trailing-speech-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int last = Math.Min(draft.EndToken, v.Count) - 1;
        if (draft.Kind == QuoteKind.Direct || last < 0 || draft.ActionBy is not null || draft.NestedIn is not null)
        {
            return FilterVerdict.Keep;
        }

        // The sentence's end, looked for no further than a tail can reach: a sentence running on past that is no
        // tail either way, and walking it to its end for every draft was quadratic in one long sentence.
        int sentence = v.SentenceOf[last];
        int end = last + 1, limit = Math.Min(v.Count, last + 2 + MaxTail);
        while (end < limit && v.SentenceOf[end] == sentence)
        {
            end++;
        }

        // The comma opening the tail: right after the content, at most MaxTail tokens before the sentence's end.
        int comma = last + 1;
        if (comma >= end || v.Shapes[comma] != TokenShape.Comma || end - comma > MaxTail || v.Shapes[end - 1] != TokenShape.SentenceEnd)
        {
            return FilterVerdict.Keep;
        }

        int cue = -1;
        for (int t = comma + 1; t < end - 1; t++)
        {
            if (v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark)
            {
                return FilterVerdict.Keep;
            }

            if (cue < 0 && v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.CueVerb)
                && ActLexicon.TryGet(v.Chars(t), out ActLexicon.Entry e) && e.Act is AttributionAct.Speech or AttributionAct.Writing)
            {
                cue = t;
            }
        }

        if (cue < 0)
        {
            return FilterVerdict.Keep;
        }

        draft.ClosedBySpeech = true;
        if (!draft.HasSource)
        {
            // ", Kerridge said." — the subject before the cue; ", said Swarup." — the phrase after it.
            (int f, int e) = cue > comma + 1 ? SourceFinder.SubjectBefore(v, cue, comma + 1) : SourceFinder.PhraseAfter(v, cue + 1, end - 1);
            if (f >= 0)
            {
                draft.SetSource(f, e);
                draft.SetCue(cue, cue + 1);
            }
        }

        return FilterVerdict.Keep;
    }
}
