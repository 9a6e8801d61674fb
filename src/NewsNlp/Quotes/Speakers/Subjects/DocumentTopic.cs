using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// Session 25: <c>The Gartner report on mobile TV in Europe suggests …</c>: a subject that opens with a document noun
/// and a phrase of its topic ("on", "into", "about", "over") speaks as the document; a source mention inside the topic
/// ("Europe") is what the document is about. The quote's source span is left as it is; the speaker is resolved from the
/// document's own phrase ("The Gartner report").
/// </summary>
internal static class DocumentTopic
{
    /// <summary>Most words from the sentence's first word to the document noun ("The | new Gartner | report").</summary>
    private const int MaxModifiers = 4;

    /// <summary>Most tokens of the topic phrase between the preposition and the cue.</summary>
    private const int MaxTopic = 10;

    private static readonly string[] TopicPrepositions = ["on", "into", "about", "over"];

    /// <summary>The opening document phrase of the sentence when the source lies in its topic phrase right before the cue, else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst || d.CueFirst >= v.Count || v.InQuote(d.SourceFirst))
        {
            return (-1, -1);
        }

        int start = Grammar.Clauses.SentenceFirst(v, d.CueFirst);
        if (!v.Is(start, WordClass.Determiner) || d.SourceFirst <= start + 2)
        {
            return (-1, -1);
        }

        // The document noun: the first lower-case document noun after the determiner, before the source.
        int noun = -1;
        for (int t = start + 1; t < d.SourceFirst && t - start <= MaxModifiers; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && SpeakerWords.IsAnyDocumentNoun(v.Chars(t)))
            {
                noun = t;
                break;
            }

            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised) || v.Is(t, WordClass.CueVerb | WordClass.Auxiliary))
            {
                return (-1, -1);
            }
        }

        if (noun < 0 || !v.TextIsAny(noun + 1, TopicPrepositions) || d.SourceFirst <= noun + 1 || d.CueFirst - (noun + 1) > MaxTopic)
        {
            return (-1, -1);
        }

        // The topic runs on to the cue: words only (no comma, verb or quotation mark between).
        for (int t = noun + 2; t < d.CueFirst; t++)
        {
            if (v.Shapes[t] is not (TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number) || v.InQuote(t) || v.Is(t, WordClass.CueVerb | WordClass.Auxiliary))
            {
                return (-1, -1);
            }
        }

        return (start, noun + 1);
    }
}
