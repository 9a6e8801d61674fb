using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A verb of saying never follows an article, a possessive or a preposition straight away: after one the cue word is a
/// plain noun (<c>The two-year notes will be sold in lots of $1,000</c>, <c>The firm sold two of its brands to a rival</c>,
/// <c>amid mixed signals from the bank</c>, <c>the reigning champions lost again</c>). A reported or mixed draft whose cue
/// opens with a lower-case cue word (a listed verb of saying or act word) that is no noun of saying (not <c>claim</c>, <c>call</c>, <c>report</c>: <c>its
/// claim that …</c> is a report) and not a past form (<c>the first said</c>), right after such a word or after a
/// hyphenated modifier that opens with a number (<c>seven-year notes</c>, <c>the four- and seven-year notes</c>), is an action. <c>her</c> (also an object:
/// <c>heard her say</c>) and <c>to</c> (<c>to say</c>) are not counted. A noun of the act lists before its complement (<c>a
/// call by X to …</c>, <c>its plans for</c>) is a noun of saying and stays, unless a number compound stands before it.
/// </summary>
internal sealed class DeterminedCueVerbFilter : IAttributionFilter
{
    private static readonly string[] Determiners = ["the", "a", "an", "its", "his", "their", "our", "my", "your", "this", "these", "those", "every", "each"];

    /// <summary>The nouns of the act lists (<c>call</c>, <c>claims</c>, <c>plans</c> …): nouns of saying when a complement follows.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> SpeechNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ((string[])["act-speech-words", "act-writing-words", "act-thought-words", "act-intention-words"]).SelectMany(list => WordLists.WordList.Load(list).Entries),
        StringComparer.OrdinalIgnoreCase);

    private static readonly string[] NounComplements = ["by", "for", "from", "that", "to", "of", "on", "against", "about"];

    private static readonly string[] Prepositions = ["of", "for", "with", "from", "amid", "among", "by", "about", "in", "on", "into", "between", "without"];

    /// <inheritdoc />
    public string Name => "determined-cue-verb";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue || draft.CueFirst < 1)
        {
            return FilterVerdict.Keep;
        }

        int cue = draft.CueFirst;
        if (cue + 1 < draft.CueEnd && IsOpener(v, cue, Determiners))
        {
            cue++; // the cue was read with its article: "the demanding role of …"
        }

        // The cue piece must open with its cue word: "for allegedly suggesting", "a new book saying" open with other words.
        if (v.Shapes[cue] != TokenShape.Lower || v.InQuote(cue) || v.Is(cue, WordClass.CueNoun | WordClass.Auxiliary | WordClass.Determiner)
            || !(v.Is(cue, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.EvaluativeCue | WordClass.ObjectCue) || Acts.ActLexicon.TryGet(v.Chars(cue), out _))
            || CueWordForms.IsPastForm(v, cue))
        {
            return FilterVerdict.Keep;
        }

        int before = cue - 1;
        if (IsNumberCompound(v, before))
        {
            return FilterVerdict.Action; // "seven-year notes", "the four- and seven-year notes", "five-time champions"
        }

        if (SpeechNouns.Contains(v.Chars(cue).ToString()) && cue + 1 < v.Count && v.TextIsAny(cue + 1, NounComplements))
        {
            return FilterVerdict.Keep; // a noun of saying with its complement: "a call by X to …", "calls for", "its plan to"
        }

        if (before < 0 || v.SentenceOf[before] != v.SentenceOf[cue])
        {
            return FilterVerdict.Keep;
        }

        // "by saying", "in announcing": a gerund after a preposition is still a verb of saying; after an article it is not.
        bool gerund = v.Chars(cue).EndsWith("ing", StringComparison.Ordinal);
        return IsOpener(v, before, Determiners) || (!gerund && IsOpener(v, before, Prepositions)) ? FilterVerdict.Action : FilterVerdict.Keep;
    }

    private static bool IsOpener(DocumentView v, int t, string[] words) =>
        v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised && !v.InQuote(t) && v.TextIsAny(t, words);

    /// <summary>
    /// True when the tokens ending at <paramref name="last"/> are one hyphenated modifier that opens with a number
    /// (<c>seven-year</c>, <c>10-year</c>, <c>two-day</c>), whole or split at its hyphen.
    /// </summary>
    private static bool IsNumberCompound(DocumentView v, int last)
    {
        if (last < 0 || v.Shapes[last] != TokenShape.Lower && v.Shapes[last] != TokenShape.Number)
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(last);
        int hyphen = word.IndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1)
        {
            return IsNumberWord(word[..hyphen]) && !word.EndsWith("-old", StringComparison.Ordinal);
        }

        // split at the hyphen: "seven" "-" "year"
        if (last >= 2 && v.Chars(last - 1) is "-" && v.IsClosedUpDash(last - 1) && IsNumberWord(v.Chars(last - 2)) && !v.TextIs(last, "old"))
        {
            return true;
        }

        return false;
    }

    private static readonly string[] NumberWords =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred",
    ];

    private static bool IsNumberWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && char.IsAsciiDigit(word[0]))
        {
            return true;
        }

        foreach (string n in NumberWords)
        {
            if (word.Equals(n, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
