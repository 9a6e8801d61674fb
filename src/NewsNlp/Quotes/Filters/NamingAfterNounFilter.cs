using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A naming participle after a noun gives the thing its name, no one speaks: <c>a new rental service - dubbed Napster
/// To Go - will launch …</c>, <c>a group nicknamed the Pirates</c>. A reported or mixed draft with no source, or whose cue
/// follows a dash or a comma (the phrase is the noun's appendage, not a verb's subject), whose cue is the one lower-case word <c>dubbed</c>, <c>nicknamed</c>, <c>christened</c>, <c>named</c>, <c>titled</c> or
/// <c>called</c>, followed by a capitalised word, <c>the</c> or a quoted name (<c>links, called "trackers" that …</c>), is an action (<c>Called the …,</c> opening a sentence is
/// <see cref="NamingParticipleFilter"/>'s).
/// </summary>
internal sealed class NamingAfterNounFilter : IAttributionFilter
{
    private static readonly string[] Participles = ["dubbed", "nicknamed", "christened", "named", "titled", "called"];

    /// <inheritdoc />
    public string Name => "naming-after-noun";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int cue = draft.CueFirst, next = cue + 1;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.CueEnd - cue != 1 || cue < 1 || next >= v.Count
            || (draft.HasSource && v.Shapes[cue - 1] is not (TokenShape.Dash or TokenShape.Comma) && !IndefiniteNamed(v, draft))
            || v.Shapes[cue] != TokenShape.Lower || !v.TextIsAny(cue, Participles) || v.SentenceOf[next] != v.SentenceOf[cue])
        {
            return FilterVerdict.Keep;
        }

        if (AfterAppositive(v, draft))
        {
            return FilterVerdict.Keep;
        }

        // "links, called "trackers" that …": a quoted name after the participle names too.
        bool quotedName = v.Shapes[next] == TokenShape.QuoteMark && next + 1 < v.Count && v.InQuote(next + 1);
        return v.Shapes[next] == TokenShape.Capitalised || v.TextIs(next, "the") || quotedName ? FilterVerdict.Action : FilterVerdict.Keep;
    }

    /// <summary>Most tokens of an indefinite noun phrase named by the participle.</summary>
    private const int MaxIndefinite = 4;

    /// <summary>Words that may follow the name: a preposition or a participle on the named thing.</summary>
    private static readonly string[] NameEnders = ["in", "of", "at", "from", "for", "on", "with", "based", "which", "that", "who", "and"];

    /// <summary>Most words of the name after the participle.</summary>
    private const int MaxNameWords = 4;

    /// <summary>
    /// Session 27: <c>The bank bought a company called Norwell that makes payment software.</c> — the tagger's source is a
    /// lower-case indefinite noun phrase (<c>a company</c>, at most <see cref="MaxIndefinite"/> tokens, right before the
    /// participle, not opening its sentence) and the participle is followed by a name of capitalised words that the clause
    /// does not go on after: a relative word, a comma, the sentence end or a preposition follows it. <c>A spokesman called
    /// the plan reckless</c> (capitalised, a lower-case object) and <c>a spokesman called Smith a liar</c> stay speech.
    /// </summary>
    private static bool IndefiniteNamed(DocumentView v, QuoteDraft draft)
    {
        int f = draft.SourceFirst, cue = draft.CueFirst;
        if (draft.SourceEnd != cue || cue - f > MaxIndefinite || v.Shapes[f] != TokenShape.Lower || !(v.TextIs(f, "a") || v.TextIs(f, "an")))
        {
            return false;
        }

        for (int t = f + 1; t < cue; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower)
            {
                return false;
            }
        }

        int k = cue + 1;
        while (k < v.Count && k - cue <= MaxNameWords && v.Shapes[k] == TokenShape.Capitalised)
        {
            k++;
        }

        return k > cue + 1 && k - cue <= MaxNameWords + 1 && (k >= v.Count || v.SentenceOf[k] != v.SentenceOf[cue]
            || v.Shapes[k] is TokenShape.Comma or TokenShape.SentenceEnd || v.Is(k, WordClass.Relative) || (v.Shapes[k] == TokenShape.Lower && v.TextIsAny(k, NameEnders)));
    }

    /// <summary>Most tokens of an appositive between the source and the verb.</summary>
    private const int MaxAppositive = 12;

    /// <summary>
    /// Session 24: <c>The bill's sponsor, state Sen. Mark Delaney, called the veto "a gift …"</c>: the comma before the cue
    /// closes a name in apposition to the source, so the cue is the subject's verb, not a participle after a noun.
    /// </summary>
    private static bool AfterAppositive(DocumentView v, QuoteDraft draft)
    {
        int open = draft.SourceEnd, close = draft.CueFirst - 1;
        if (draft.HasSource && open == close && draft.SourceFirst > 0 && v.Shapes[draft.SourceFirst - 1] == TokenShape.Comma)
        {
            // The source is the appositive itself: "The sponsor, Mark Delaney, called".
            open = draft.SourceFirst - 1;
        }

        if (!draft.HasSource || open >= close || close - open > MaxAppositive || v.Shapes[open] != TokenShape.Comma)
        {
            return false;
        }

        bool name = false;
        for (int t = open + 1; t < close; t++)
        {
            if (v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.SentenceEnd || v.SentenceOf[t] != v.SentenceOf[close])
            {
                return false;
            }

            name |= v.Shapes[t] == TokenShape.Capitalised;
        }

        return name;
    }
}
