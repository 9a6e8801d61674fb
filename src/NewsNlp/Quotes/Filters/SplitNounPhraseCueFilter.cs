using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A cue that ends inside a noun phrase is no cue of saying: in <c>Whitfield, who made the rail line the centerpiece of
/// her campaign, said …</c> a cue <c>made the rail</c> and a content <c>line the centerpiece …</c> cut the phrase
/// <c>the rail line</c> in two. A reported or mixed draft whose content starts right after its cue, whose cue holds no
/// verb of saying (a cue-verb form right after a determiner, <c>the rail</c>, is a noun) and ends in a determiner and a
/// lower-case word (no cue noun, preposition or pronoun), and whose
/// content opens with a lower-case word that can go on a noun phrase (no determiner, pronoun, preposition, auxiliary,
/// <c>that</c>, relative, cue word or <c>to</c>), is an action.
/// </summary>
internal sealed class SplitNounPhraseCueFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "split-noun-phrase-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, last = draft.CueEnd - 1;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || first != draft.CueEnd || first >= v.Count || last - 1 <= draft.CueFirst
            || v.SentenceOf[last] != v.SentenceOf[first])
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueFirst; t <= last; t++)
        {
            if (v.Is(t, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.According) && !(t > draft.CueFirst && v.Is(t - 1, WordClass.Determiner)))
            {
                return FilterVerdict.Keep;
            }
        }

        const WordClass NotInPhrase = WordClass.Determiner | WordClass.Auxiliary | WordClass.That | WordClass.Relative | WordClass.CueVerb
            | WordClass.WeakCueVerb | WordClass.CueNoun | WordClass.SubjectPronoun | WordClass.ObjectPronoun | WordClass.TimeWord;
        const WordClass NotNounAfterDeterminer = WordClass.Determiner | WordClass.Auxiliary | WordClass.That | WordClass.Relative | WordClass.CueNoun
            | WordClass.SubjectPronoun | WordClass.ObjectPronoun | WordClass.TimeWord;
        bool cueEndsInPhrase = v.Is(last - 1, WordClass.Determiner) && v.Shapes[last] == TokenShape.Lower && !v.Is(last, NotNounAfterDeterminer)
            && !SpeakerWords.IsPreposition(v.Chars(last)) && !v.TextIs(last, "to");
        bool contentGoesOn = v.Shapes[first] == TokenShape.Lower && !v.InQuote(first) && !v.Is(first, NotInPhrase)
            && !SpeakerWords.IsPreposition(v.Chars(first)) && !v.TextIs(first, "to") && !v.TextIs(first, "and") && !v.TextIs(first, "or");
        return cueEndsInPhrase && contentGoesOn ? FilterVerdict.Action : FilterVerdict.Keep;
    }
}
