using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A cue word that heads a noun phrase of a singular determiner and modifiers only is a noun, not a verb of saying:
/// <c>is to launch a new label - sure it has found …</c>, <c>signed to her K2 label, the second …</c>, <c>took a
/// pre-tax charge of $40m</c>. Between the determiner (<c>a</c>, <c>an</c>, <c>this</c>, <c>each</c>, <c>every</c>,
/// <c>another</c> or a possessive: <c>his</c>, <c>her</c>, <c>its</c> …) and the cue stand one or two modifiers that cannot
/// head the phrase themselves: a word with a digit (<c>K2</c>, <c>2004</c>), a lower-case hyphenated word not in -s
/// (<c>pre-tax</c>; <c>co-workers</c> could be a plural subject) or a common adjective (<c>new</c>, <c>own</c>,
/// <c>formal</c> …; not <c>official</c>, a noun in <c>a senior official says</c>). With no noun before it the cue word is the phrase's head; only a past form could still be a verb
/// after such a phrase (<c>the first said</c>), so those stay. A source read inside the phrase (<c>a new</c>) is no
/// subject either. A cue that opens with an article and a participle (<c>an
/// estimated 2,000 of those</c>) is likewise no verb (a noun cue after an article, <c>a call by X to …</c>, is left to
/// <see cref="CueNounFilter"/>). Such a reported or mixed draft is an action.
/// </summary>
internal sealed class ModifiedNounCueFilter : IAttributionFilter
{
    private static readonly string[] SingularDeterminers = ["a", "an", "this", "each", "every", "another", "his", "her", "its", "their", "our", "my", "your"];

    private static readonly string[] Adjectives =
    [
        "new", "own", "old", "first", "last", "latest", "recent", "brief", "short", "long", "formal", "public",
        "final", "initial", "original", "previous", "fresh", "big", "major", "main", "key", "similar", "further", "separate", "joint",
        "written", "verbal", "stern", "strong", "angry", "bold", "surprise", "annual",
    ];

    private const int MaxModifiers = 2;

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <inheritdoc />
    public string Name => "modified-noun-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.CueFirst < 1)
        {
            return FilterVerdict.Keep;
        }

        int cue = draft.CueFirst;
        if (draft.CueEnd - cue >= 2 && (v.TextIs(cue, "a") || v.TextIs(cue, "an")) && v.Shapes[cue] == TokenShape.Lower
            && v.Chars(cue + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return FilterVerdict.Action;
        }

        if (v.Shapes[cue] != TokenShape.Lower || v.Is(cue, WordClass.Auxiliary) || !v.Is(cue, WordClass.CueVerb | WordClass.CueNoun) || CueWordForms.IsPastForm(v, cue))
        {
            return FilterVerdict.Keep;
        }

        int modifiers = 0;
        for (int t = cue - 1; t >= 0 && v.SentenceOf[t] == v.SentenceOf[cue] && !v.InQuote(t); t--)
        {
            if (v.TextIsAny(t, SingularDeterminers) && v.Shapes[t] == TokenShape.Lower)
            {
                return modifiers >= 1 && (draft.SourceFirst < 0 || draft.SourceEnd <= t || draft.SourceFirst >= t) && !HasVerbOfSayingBefore(v, draft, t)
                    ? FilterVerdict.Action
                    : FilterVerdict.Keep;
            }

            if (modifiers == MaxModifiers || !IsModifier(v, t))
            {
                return FilterVerdict.Keep;
            }

            modifiers++;
        }

        return FilterVerdict.Keep;
    }

    /// <summary>
    /// A verb of saying between the source (or the sentence start) and the phrase (<c>The agency said in its annual
    /// statement that …</c>): the report stands, only its cue was read from the noun.
    /// </summary>
    private static bool HasVerbOfSayingBefore(DocumentView v, QuoteDraft draft, int determiner)
    {
        int from = draft.SourceEnd > 0 && draft.SourceEnd <= determiner ? draft.SourceEnd : Grammar.Clauses.SentenceFirst(v, determiner);
        for (int t = from; t < determiner; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.CueVerb) && !v.InQuote(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that modifies a noun and cannot head the phrase itself.</summary>
    private static bool IsModifier(DocumentView v, int t)
    {
        ReadOnlySpan<char> word = v.Chars(t);
        if (v.Shapes[t] == TokenShape.Number || (word.Length <= 6 && word.ContainsAny(Digits) && char.IsLetterOrDigit(word[0])))
        {
            return true;
        }

        if (v.Shapes[t] != TokenShape.Lower)
        {
            return false;
        }

        return (word.Length > 3 && word.IndexOf('-') > 0 && word[^1] != '-' && !word.EndsWith("s", StringComparison.Ordinal)) || v.TextIsAny(t, Adjectives);
    }
}
