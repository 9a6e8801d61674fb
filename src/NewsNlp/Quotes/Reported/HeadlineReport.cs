using NewsNlp.Documents;
using NewsNlp.Documents.Parts;
using NewsNlp.Pipeline;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// The two ways a headline attributes a claim without a verb in the usual place (rule <c>headline-report</c>):
/// <c>Merkel: Europe Must Act on Migrants</c> — a speaker, a colon, the claim (source the speaker, cue the colon) —
/// and <c>Europe Must Act on Migrants, Merkel Says</c> — the claim, a comma, the speaker and a capitalised verb of saying
/// closing the line. The speaker before the colon is a person or organisation the entity recogniser found (with the
/// titles before it: <c>Former Minister Ana Ruiz:</c>; after a lower-case word only the name: <c>A lesson from Ana
/// Ruiz:</c>) or a listed source noun (<c>Poll:</c>, <c>Report:</c>); a label (<c>The Latest:</c>, <c>Breaking:</c>) is
/// neither. A claim that is a question is no report. Headline attributions are reported only with every act asked for
/// (<see cref="QuoteDraft.InHeadline"/>). The tagger's pieces of the line give way; a quotation a sieve attributed
/// (<c>Ana Ruiz: “…”</c>, <c>colon-lead-in</c>) is left alone.
/// </summary>
internal static class HeadlineReport
{
    /// <summary>Most tokens of the speaker before the colon or after the comma.</summary>
    private const int MaxSpeaker = 6;

    /// <summary>Most tokens of a first line read as a headline when the structure found none.</summary>
    private const int MaxLineTokens = 30;

    // Nouns naming a source a headline quotes by its kind rather than its name.
    private static readonly string[] SourceNouns = ["poll", "polls", "survey", "report", "study", "newspaper", "editorial", "insiders", "historians", "experts", "analysts", "officials", "sources", "aides", "critics", "camp"];

    private static readonly string[] SayingVerbs = ["says", "say", "said", "warns", "claims", "insists", "admits", "argues"];

    /// <summary>Adds the headline's attribution, if it has one of the two forms.</summary>
    public static void Find(DocumentView v, AttributionState state)
    {
        (int first, int end) = HeadlineTokens(v);
        if (end - first < 4)
        {
            return;
        }

        // The line's last word token: trailing full stops and semicolons outside a quotation are not the claim's.
        int last = end;
        while (last > first && !v.InQuote(last - 1) && v.Shapes[last - 1] is TokenShape.SentenceEnd or TokenShape.Semicolon)
        {
            if (v.Chars(last - 1).Contains('?'))
            {
                return; // a question is no report
            }

            last--;
        }

        if (last - first < 4 || v.Chars(last - 1).Contains('?'))
        {
            return;
        }

        QuoteDraft? d = ColonForm(v, first, last) ?? SaysForm(v, first, last);
        if (d is null || HasSieveQuote(state, first, end))
        {
            return;
        }

        d.InHeadline = true;

        foreach (QuoteDraft other in state.Drafts)
        {
            if (!other.Dropped && other.FirstToken < end && other.EndToken > first)
            {
                other.Dropped = true;
                other.DecidedBy = RuleNames.Absorbed;
            }
        }

        for (int t = d.FirstToken; t < d.EndToken; t++)
        {
            if (v.InQuote(t))
            {
                d.Kind = QuoteKind.Mixed;
                break;
            }
        }

        state.Drafts.Add(d);
        state.Cover(d);
    }

    /// <summary><c>Speaker: claim</c>, the colon within the first <see cref="MaxSpeaker"/> tokens.</summary>
    private static QuoteDraft? ColonForm(DocumentView v, int first, int last)
    {
        int colon = first + 1;
        while (colon < last && colon - first <= MaxSpeaker && v.Shapes[colon] != TokenShape.Colon)
        {
            colon++;
        }

        if (colon >= last - 1 || v.Shapes[colon] != TokenShape.Colon || v.InQuote(colon))
        {
            return null;
        }

        (int sf, int se) = SpeakerBeforeColon(v, first, colon);
        return sf < 0 ? null : IndirectSpeechRules.Make(v, colon + 1, last, colon, colon + 1, sf, se, RuleNames.HeadlineReport, 0.6);
    }

    /// <summary><c>claim, Speaker Says</c>: a capitalised verb of saying closing the line after a comma and a capitalised speaker.</summary>
    private static QuoteDraft? SaysForm(DocumentView v, int first, int last)
    {
        int verb = last - 1;
        if (v.Shapes[verb] != TokenShape.Capitalised || !IsSaying(v.Chars(verb)))
        {
            return null;
        }

        int comma = verb - 1;
        while (comma > first && verb - comma <= MaxSpeaker + 1 && v.Shapes[comma] != TokenShape.Comma)
        {
            if (v.InQuote(comma) || !(v.IsNameToken(comma)))
            {
                return null;
            }

            comma--;
        }

        if (comma - first < 2 || comma + 1 >= verb || v.Shapes[comma] != TokenShape.Comma || v.InQuote(comma))
        {
            return null;
        }

        return IndirectSpeechRules.Make(v, first, comma, verb, verb + 1, comma + 1, verb, RuleNames.HeadlineReport, 0.6);
    }

    /// <summary>
    /// The speaker of <c>Speaker:</c> in [<paramref name="first"/>, <paramref name="colon"/>): the whole run when it is
    /// capitalised words ending in a person or organisation name or a source noun, else the name closing it after a
    /// lower-case word; (-1, -1) for a label.
    /// </summary>
    private static (int First, int End) SpeakerBeforeColon(DocumentView v, int first, int colon)
    {
        int head = colon - 1;
        bool named = IsSpeakingEntity(v, head);
        if (!named && !IsSourceNoun(v.Chars(head)))
        {
            return (-1, -1);
        }

        // Back over the speaker's capitalised words (titles, names); a lower-case word ends it unless the whole run is
        // capitalised ("A lesson from Ana Ruiz:" → "Ana Ruiz"; "Clinton camp:" keeps its noun).
        int start = head;
        while (start > first && !v.InQuote(start - 1) && (v.IsNameToken(start - 1) || v.Chars(start - 1) is "." || v.Is(start - 1, WordClass.CapitalisedFunctionWord)))
        {
            start--;
        }

        if (start > first)
        {
            if (!named || start == head && !IsSpeakingEntity(v, head))
            {
                return (-1, -1);
            }

            // A name after a lower-case word: only the entity itself.
            int m = v.EntityOf[head];
            start = m >= 0 ? Math.Max(start, v.Document.Entities[m].FirstToken) : start;
        }
        else if (v.TextIs(first, "the") && !named)
        {
            return (-1, -1);
        }

        return (start, colon);
    }

    /// <summary>
    /// True for a token of a person or organisation the entity recogniser found, or a capitalised word it found as part
    /// of one elsewhere in the document (<c>Pence:</c> heading a story about <c>Mike Pence</c>).
    /// </summary>
    private static bool IsSpeakingEntity(DocumentView v, int t)
    {
        if (!v.HasEntities)
        {
            return false;
        }

        if (v.EntityOf[t] >= 0)
        {
            return IsSpeakingType(v, v.EntityOf[t]);
        }

        if (v.Shapes[t] != TokenShape.Capitalised)
        {
            return false;
        }

        ReadOnlySpan<char> word = v.Chars(t);
        for (int k = 0; k < v.Count; k++)
        {
            if (k != t && v.EntityOf[k] >= 0 && v.Chars(k).Equals(word, StringComparison.Ordinal) && IsSpeakingType(v, v.EntityOf[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpeakingType(DocumentView v, int mention) => v.Document.Entities[mention].Type is EntityType.Person or EntityType.Organization;

    private static bool IsSourceNoun(ReadOnlySpan<char> word)
    {
        foreach (string noun in SourceNouns)
        {
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSaying(ReadOnlySpan<char> word)
    {
        foreach (string verb in SayingVerbs)
        {
            if (word.Equals(verb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a quote a sieve (not the tagger) attributed lies in the headline: it keeps its attribution.</summary>
    private static bool HasSieveQuote(AttributionState state, int first, int end)
    {
        foreach (QuoteDraft d in state.Drafts)
        {
            if (!d.Dropped && d.FirstToken < end && d.EndToken > first && d.DecidedBy != RuleNames.None
                && !d.DecidedBy.StartsWith(RuleNames.LearnedPrefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The tokens [first, end) of the document's headline, or (0, 0) when it has none: the structure's headline part,
    /// else a first paragraph that is one short line followed by more text (a headline in sentence case that ends with a
    /// full stop is not taken for a title by the structure finder).
    /// </summary>
    private static (int First, int End) HeadlineTokens(DocumentView v)
    {
        NewsDocument document = v.Document;
        IReadOnlyList<DocumentPart> parts;
        if (document.Has(AnnotationNames.Structure))
        {
            parts = document.Structure;
        }
        else
        {
            var found = new List<DocumentPart>();
            DocumentStructureFinder.Find(v.Text, found);
            parts = found;
        }

        foreach (DocumentPart part in parts)
        {
            if (part.Kind == DocumentPartKind.Headline)
            {
                return TokensOf(v, part.Span);
            }
        }

        if (v.ParagraphCount < 2 || v.ParagraphOf[0] != 0)
        {
            return (0, 0);
        }

        int end = 0;
        while (end < v.Count && v.ParagraphOf[end] == 0)
        {
            end++;
        }

        if (end > MaxLineTokens || end >= v.Count || v.Text.AsSpan(v.Starts[0], v.Ends[end - 1] - v.Starts[0]).Contains('\n'))
        {
            return (0, 0);
        }

        return (0, end);
    }

    private static (int First, int End) TokensOf(DocumentView v, TextSpan span)
    {
        int first = 0;
        while (first < v.Count && v.Ends[first] <= span.Start)
        {
            first++;
        }

        int end = first;
        while (end < v.Count && v.Starts[end] < span.End)
        {
            end++;
        }

        return (first, end);
    }
}
