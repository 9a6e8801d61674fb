using NewsNlp.Quotes.Filters;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Grammar;

/// <summary>Small clause tests the finding and reported-speech passes share (no parser: token shapes and word classes).</summary>
internal static class Clauses
{
    /// <summary>The number of words (lower-case, capitalised or numbers) in [first, end).</summary>
    public static int CountWords(DocumentView v, int first, int end)
    {
        int n = 0;
        for (int t = first; t < end; t++)
        {
            if (v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The first token of the sentence holding <paramref name="token"/>.</summary>
    public static int SentenceFirst(DocumentView v, int token) => v.Document.Sentences[v.SentenceOf[token]].FirstToken;

    /// <summary>True for the first token of a paragraph.</summary>
    public static bool IsParagraphStart(DocumentView v, int token) => token == 0 || v.ParagraphOf[token - 1] != v.ParagraphOf[token];

    /// <summary>True when the quotation of <paramref name="d"/> ends its sentence inside the marks (<c>… well know."</c>).</summary>
    public static bool EndsSentence(DocumentView v, QuoteDraft d) => d.CloseEnd >= 2 && d.CloseEnd <= v.Count && v.TextIs(d.CloseEnd - 2, ".");

    private static readonly string[] BeForms = ["is", "are", "was", "were", "be", "been", "being"];

    /// <summary>A form of "be" that makes a passive or a copula: is, are, was, were, be, been, being (any case).</summary>
    public static bool IsBeForm(DocumentView v, int t) => v.TextIsAny(t, BeForms);

    /// <summary>"and", "but" or "or".</summary>
    public static bool IsCoordinator(DocumentView v, int t) => v.TextIs(t, "and") || v.TextIs(t, "but") || v.TextIs(t, "or");

    /// <summary>A lower-case word of more than four letters ending in -ing.</summary>
    public static bool IsParticiple(DocumentView v, int t) =>
        t < v.Count && v.Shapes[t] == TokenShape.Lower && v.Chars(t).Length > 4 && v.Chars(t).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// A lower-case word that shows a finite clause's verb on its own: a past form in -ed of more than four letters
    /// (<c>jumped</c>, <c>declined</c>) or an irregular past form (<c>rose</c>, <c>fell</c>, <c>grew</c>,
    /// <see cref="IrregularPastForms"/>). Auxiliaries and modals are tested by their word class where a rule wants them.
    /// </summary>
    public static bool IsPastVerb(DocumentView v, int t) =>
        t >= 0 && t < v.Count && v.Shapes[t] == TokenShape.Lower
        && ((v.Chars(t).Length > 4 && v.Chars(t).EndsWith("ed", StringComparison.Ordinal)) || IrregularPastForms.Is(v.Chars(t)));

    /// <summary>
    /// A lower-case word that is a finite clause's verb right after its subject: an auxiliary or modal (<c>were</c>,
    /// <c>will</c>) or a past form (<see cref="IsPastVerb"/>): <c>prices | rose</c>, <c>rates | were unlikely</c>.
    /// </summary>
    public static bool IsFiniteVerbWord(DocumentView v, int t) =>
        (t >= 0 && t < v.Count && v.Shapes[t] == TokenShape.Lower && v.Is(t, WordClass.Auxiliary)) || IsPastVerb(v, t);

    /// <summary>
    /// A cue verb inside a reported clause starts a new attribution after a conjunction, a pronoun, a name, an auxiliary
    /// or an adverb ("and accused", "he added", "Smith said"); after another word it is a noun or part of the clause
    /// ("private email", "his rubble comment").
    /// </summary>
    public static bool StartsNewAttribution(DocumentView v, int cue)
    {
        int before = cue - 1;
        if (before < 0 || v.Shapes[before] != TokenShape.Lower)
        {
            return true;
        }

        return IsCoordinator(v, before)
            || v.Is(before, WordClass.SubjectPronoun | WordClass.Auxiliary | WordClass.Adverb | WordClass.Relative)
            || SourceFinder.IsLyAdverb(v, before);
    }
}
