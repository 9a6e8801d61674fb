using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Talking about something is not saying something: <c>the exchanges have been discussing the possibility of a single
/// structure</c>, <c>he explained his reasons to the voters</c>, <c>the firm announced a fresh gas find</c>, <c>Norland
/// has championed the cause of small ports</c>, <c>she outlined the plan at a meeting</c>. A reported (not quoted) clause
/// whose cue is a verb that takes a topic or a thing as its object (discuss, debate, address, raise, mention, explain,
/// outline, detail, cite, champion, tout, announce, unveil, present, highlight, express, voice, continue, thank,
/// reveal, write, offer, report, comment, remark (<c>remarking on the level of detail</c>), agree (<c>have agreed a deal to work on …</c>), point to, refer to, any verb closed by "about" (<c>could then boast about their
/// skills</c>); also as a participle opening the sentence, <c>Pointing to …</c>; not repeat or reiterate, whose object is a stance: <c>reiterated his desire to stay</c>) and whose content is a noun phrase — opening with a determiner, a possessive
/// or a name's possessive (<c>could explain Austria's reluctance</c>), with no auxiliary, cue verb, "that", relative
/// word, subject pronoun or quotation mark — is an action; so is a bare noun after highlight, express, voice, raise, discuss or debate
/// (<c>highlighted concerns about …</c>, <c>will discuss plans for merging …</c>). The same verbs with a clause (<c>announced the plant would
/// close</c>) stay speech, and so does a content before its cue (<c>Both men bought some of the shares, the news agency
/// reported.</c>).
/// </summary>
internal sealed class TopicObjectFilter : IAttributionFilter
{
    // Stems (a final "e" dropped: "discuss" matches discussed, "announc" announces, "continu" continued).
    private static readonly string[] TopicStems =
    [
        "discuss", "debat", "address", "rais", "mention", "explain", "outlin", "detail", "cit", "champion", "tout", "announc", "unveil",
        "present", "highlight", "express", "voic", "continu", "thank", "reveal", "writ", "wrot", "offer", "report", "comment", "remark", "agre",
    ];

    // Stems of the topic verbs whose object is often a bare plural or mass noun ("highlighted concerns about …",
    // "voiced fears", "raised doubts", "expressed anger").
    // "will discuss plans for merging …", "debated ways to …".
    private static readonly string[] BareObjectStems = ["highlight", "express", "voic", "rais", "discuss", "debat"];

    /// <inheritdoc />
    public string Name => "topic-object";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int first = draft.FirstToken, end = Math.Min(draft.EndToken, v.Count);
        // "Both men bought some of the shares, the news agency reported.": a clause before its cue is no object of the cue.
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || draft.ClosedBySpeech || first < 0 || end <= first || end <= draft.CueFirst)
        {
            return FilterVerdict.Keep;
        }

        if (!(OpensNounPhrase(v, first, end) || (IsBareNoun(v, first) && HasStem(v, draft.CueFirst, draft.CueEnd, BareObjectStems)))
            || !IsTopicCue(v, draft.CueFirst, draft.CueEnd))
        {
            return FilterVerdict.Keep;
        }

        for (int t = first; t < end; t++)
        {
            if (v.Is(t, WordClass.Auxiliary | WordClass.CueVerb | WordClass.That | WordClass.Relative | WordClass.SingularPronoun
                    | WordClass.PluralPronoun | WordClass.ItPronoun) && !IsPossessive(v, t, first) && !IsNounAfterDeterminer(v, t, first)
                || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon)
            {
                return FilterVerdict.Keep;
            }
        }

        return FilterVerdict.Action;
    }

    /// <summary>
    /// A determiner or possessive (<c>the</c>, <c>his</c>), or a name of up to four words with its possessive
    /// (<c>Austria's</c>, <c>President Reagan's</c>).
    /// </summary>
    private static bool OpensNounPhrase(DocumentView v, int first, int end)
    {
        if (v.Is(first, WordClass.Determiner))
        {
            return true;
        }

        int t = first;
        while (t < end && t - first < 4 && v.Shapes[t] == TokenShape.Capitalised)
        {
            t++;
        }

        return t > first && t < end && v.IsApostropheS(t);
    }

    /// <summary>A lower-case noun opening the content with no determiner (<c>concerns</c>, <c>anger</c>): not a pronoun, verb or function word.</summary>
    private static bool IsBareNoun(DocumentView v, int first) =>
        v.Shapes[first] == TokenShape.Lower && !v.Is(first, WordClass.Auxiliary | WordClass.CueVerb | WordClass.That | WordClass.Relative
            | WordClass.SubjectPronoun | WordClass.ObjectPronoun | WordClass.Boundary | WordClass.Adverb)
        && !v.Chars(first).EndsWith("ly", StringComparison.Ordinal);

    /// <summary>True when a lower-case word of the cue starts with one of <paramref name="stems"/> (and is at most four letters longer).</summary>
    private static bool HasStem(DocumentView v, int first, int end, string[] stems)
    {
        for (int t = first; t < end; t++)
        {
            ReadOnlySpan<char> word = v.Chars(t);
            foreach (string stem in stems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && word.Length - stem.Length <= 4 && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"'s" after a word is a possessive here ("the firm's plan"): a clause would show another verb.</summary>
    private static bool IsPossessive(DocumentView v, int t, int first) =>
        t > first && v.IsApostropheS(t) && t + 1 < v.Count && v.Shapes[t + 1] is TokenShape.Lower or TokenShape.Capitalised
        && !v.Chars(t + 1).EndsWith("ed", StringComparison.Ordinal) && !v.Chars(t + 1).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>A cue-verb form right after a determiner is a noun ("since the beginning of the year", "a promise").</summary>
    private static bool IsNounAfterDeterminer(DocumentView v, int t, int first) =>
        t > first && v.Is(t, WordClass.CueVerb) && !v.Is(t, WordClass.Auxiliary) && v.Is(t - 1, WordClass.Determiner);

    /// <summary>True when the cue's verb (past auxiliaries, adverbs and negations) is one of the topic verbs.</summary>
    private static bool IsTopicCue(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            // A participle opening its sentence is capitalised ("Citing …, Mr X said", "Pointing to …").
            bool opensSentence = t == 0 || v.SentenceOf[t - 1] != v.SentenceOf[t];
            if (v.Is(t, WordClass.Auxiliary) || v.Is(t, WordClass.Adverb) || !(v.Shapes[t] == TokenShape.Lower || (opensSentence && v.Shapes[t] == TokenShape.Capitalised)))
            {
                continue;
            }

            ReadOnlySpan<char> word = v.Chars(t);
            foreach (string stem in TopicStems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && word.Length - stem.Length <= 4 && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            // "pointed to the figures", "pointing to Germany's trade interests" (not "pointed out"); "referring to the cheers
            // of …"; any cue closed by "about" ("could then boast about their skills", "spoke about his hopes").
            return (word.StartsWith("point", StringComparison.OrdinalIgnoreCase) && word.Length - 5 <= 3 && v.TextIs(t + 1, "to"))
                || (word.StartsWith("refer", StringComparison.OrdinalIgnoreCase) && word.Length - 5 <= 4 && v.TextIs(t + 1, "to"))
                || (end - first >= 2 && v.TextIs(end - 1, "about"));
        }

        return false;
    }
}
