using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A closing report may say where or when it was made at some length: <c>…, the exchange said in a letter distributed to
/// its members earlier this week.</c>, <c>…, the agency said in a monthly report submitted to cabinet ministers.</c>,
/// <c>…, Harkin said during the first of several Senate Agriculture subcommittee hearings examining farm programs.</c>
/// Such a tail is longer than the adjunct a closing report usually carries (six tokens), but it is no clause: it opens
/// with <c>in</c>, <c>during</c> or <c>at</c>, names a speech event, document or occasion (<c>letter</c>,
/// <c>report</c>, <c>hearings</c>, <c>news conference</c> …) within its first ten words, and holds no comma, quotation,
/// colon, conjunction, <c>that</c>, relative word, subject pronoun, auxiliary, verb of saying (but the event noun) or irregular past
/// form; a past or <c>-ing</c> form stands only right after the event noun (a participle on it: <c>letter distributed
/// to</c>); at most sixteen tokens.
/// </summary>
internal static class SpeechEventTail
{
    /// <summary>The longest tail read as a speech event and its modifiers.</summary>
    public const int MaxTokens = 16;

    /// <summary>The event noun stands within this many tokens of the opening preposition.</summary>
    private const int MaxNounLead = 10;

    private static readonly string[] Openers = ["in", "during", "at"];

    /// <summary>Words that open a clause or join one (a tail holding one is more than a phrase).</summary>
    private static readonly string[] Conjunctions =
        ["and", "but", "or", "nor", "so", "yet", "because", "although", "though", "while", "when", "where", "whether", "if", "unless", "until", "since", "as", "than"];

    /// <summary>Occasions a report is made at, besides speech events and documents.</summary>
    private static readonly string[] OccasionNouns =
    [
        "hearing", "hearings", "meeting", "meetings", "conference", "session", "sessions", "debate", "rally", "summit", "seminar",
        "testimony", "ceremony", "forum", "luncheon", "dinner", "gathering", "symposium", "convention", "congress", "visit",
    ];

    /// <summary>True when <c>[from, end)</c>, after the cue at <c>from - 1</c>, is a speech event with its modifiers.</summary>
    public static bool IsAt(DocumentView v, int from, int end)
    {
        if (end - from > MaxTokens || end - from < 3 || v.Shapes[from] != TokenShape.Lower || !v.TextIsAny(from, Openers))
        {
            return false;
        }

        int noun = -1;
        for (int t = from + 1; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.Comma or TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.Dash)
            {
                return false;
            }

            if (noun < 0 && t - from <= MaxNounLead && v.Shapes[t] == TokenShape.Lower && IsEventNoun(v, t))
            {
                noun = t;
                continue;
            }

            if (v.Is(t, WordClass.That | WordClass.Relative | WordClass.SubjectPronoun | WordClass.Auxiliary | WordClass.CueVerb)
                || (v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, Conjunctions)))
            {
                return false;
            }

            bool verbForm = Clauses.IsPastVerb(v, t) || Clauses.IsParticiple(v, t);
            if (verbForm && (noun < 0 || t != noun + 1 || Filters.IrregularPastForms.Is(v.Chars(t))))
            {
                return false;
            }
        }

        return noun > 0;
    }

    private static bool IsEventNoun(DocumentView v, int t) =>
        v.TextIsAny(t, SpeechEventAdjunct.EventNouns) || v.TextIsAny(t, SpeechEventOpening.DocumentNouns) || v.TextIsAny(t, OccasionNouns);
}
