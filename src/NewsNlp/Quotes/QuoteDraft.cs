using NewsNlp.Documents;

namespace NewsNlp.Quotes;

/// <summary>A quotation being built by the sieves (mutable, per document).</summary>
internal sealed class QuoteDraft
{
    public List<TextSpan> Content { get; } = [];

    /// <summary>
    /// Starts the content at character <paramref name="start"/>: parts that end at or before it are dropped and the part
    /// holding it is cut there, so a content of several parts never gets a part that ends before it starts.
    /// </summary>
    public void StartContentAt(int start)
    {
        int drop = 0;
        while (drop < Content.Count - 1 && Content[drop].End <= start)
        {
            drop++;
        }

        Content.RemoveRange(0, drop);
        if (Content.Count > 0 && Content[0].Start < start && start < Content[0].End)
        {
            Content[0] = new TextSpan(start, Content[0].End);
        }
    }

    /// <summary>
    /// Ends the content at character <paramref name="end"/>: parts that start at or after it are dropped and the part
    /// holding it is cut there (the first part is always kept).
    /// </summary>
    public void EndContentAt(int end)
    {
        int keep = Content.Count;
        while (keep > 1 && Content[keep - 1].Start >= end)
        {
            keep--;
        }

        Content.RemoveRange(keep, Content.Count - keep);
        TextSpan last = Content[^1];
        if (last.Start < end && end < last.End)
        {
            Content[^1] = new TextSpan(last.Start, end);
        }
    }

    /// <summary>First content token.</summary>
    public int FirstToken { get; set; }

    /// <summary>One past the last content token.</summary>
    public int EndToken { get; set; }

    public QuoteKind Kind { get; set; }

    /// <summary>What the attribution reports (set by <see cref="Acts.ActClassifier"/>).</summary>
    public AttributionAct Act { get; set; }

    /// <summary>True when the sentence closes with a speech cue reporting this clause (", Kerridge said."): its act is speech.</summary>
    public bool ClosedBySpeech { get; set; }

    /// <summary>True for an attribution inside the headline (reported only with every act asked for).</summary>
    public bool InHeadline { get; set; }

    /// <summary>The filter that found this to be an action with a cue-like verb (its act is then other), or null.</summary>
    public string? ActionBy { get; set; }

    public int CueFirst { get; set; } = -1;

    public int CueEnd { get; set; } = -1;

    /// <summary>
    /// True when a source rule decided the source for certain (<see cref="Sources.FacedCriticism"/>: the one criticised is
    /// no source; <see cref="Sources.ClosingAccordingTo"/>, <see cref="Sources.DashInsertionSource"/>): the source ranker
    /// leaves it.
    /// </summary>
    public bool SourceSettled { get; set; }

    public int SourceFirst { get; set; } = -1;

    public int SourceEnd { get; set; } = -1;

    public string DecidedBy { get; set; } = RuleNames.None;

    public double Confidence { get; set; } = 0.5;

    /// <summary>Index of the <see cref="QuotedSpan"/> for direct quotes, or -1.</summary>
    public int DirectIndex { get; set; } = -1;

    /// <summary>Token of the opening quote mark (direct quotes), or -1.</summary>
    public int OpenToken { get; set; } = -1;

    /// <summary>One past the closing quote mark (direct quotes), or -1.</summary>
    public int CloseEnd { get; set; } = -1;

    public bool Unclosed { get; set; }

    /// <summary>
    /// The reported clause of another cue that holds this (tagger) clause, or null: <c>Drilling is expected to follow a
    /// similar pattern, Kerridge said.</c> — the passive <c>is expected</c> clause is nested in Kerridge's.
    /// </summary>
    public QuoteDraft? NestedIn { get; set; }

    /// <summary>The draft whose speaker this one continues, or null.</summary>
    public QuoteDraft? ContinuesFrom { get; set; }

    /// <summary>Removed (absorbed into a mixed quote or judged a scare quote).</summary>
    public bool Dropped { get; set; }

    /// <summary>Number of words in the content (direct quotes).</summary>
    public int WordCount { get; set; }

    public bool HasCue => CueFirst >= 0;

    public bool HasSource => SourceFirst >= 0;

    /// <summary>The resolved speaker, once resolved.</summary>
    public SpeakerCandidate? Speaker { get; set; }

    /// <summary>How the speaker was resolved (appended to <see cref="DecidedBy"/>).</summary>
    public string? ResolvedBy { get; set; }

    public void SetCue(int first, int end)
    {
        CueFirst = first;
        CueEnd = end;
    }

    public void SetSource(int first, int end)
    {
        SourceFirst = first;
        SourceEnd = end;
    }
}

/// <summary>A speaker a source mention resolves to: an entity, a name, or a description.</summary>
/// <param name="Key">Grouping key (entity id or normalised name).</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">Entity type when known.</param>
/// <param name="EntityId">Linked document entity id, or -1.</param>
/// <param name="IsPerson">True when the speaker looks like one person.</param>
/// <param name="IsGroup">True when the speaker looks like a group (plural or organisation).</param>
internal sealed record SpeakerCandidate(string Key, string Name, EntityType? Type, int EntityId, bool IsPerson, bool IsGroup);
