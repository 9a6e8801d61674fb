namespace NewsNlp.Documents;

/// <summary>What an attribution reports: speech, writing, a belief, an intention, a perception or another act.</summary>
public enum AttributionAct : byte
{
    /// <summary>Something said aloud or in general (<c>said</c>, <c>told</c>, <c>according to</c>, <c>warned</c>).</summary>
    Speech,

    /// <summary>Something written or stated by a document (<c>wrote</c>, <c>tweeted</c>, <c>the report says</c>).</summary>
    Writing,

    /// <summary>A thought or belief (<c>believes</c>, <c>thinks</c>, <c>expects that</c>, <c>fears</c>).</summary>
    Thought,

    /// <summary>An intention or wish (<c>plans to</c>, <c>wants to</c>, <c>intends to</c>, <c>hopes to</c>).</summary>
    Intention,

    /// <summary>A perception (<c>saw</c>, <c>heard</c>, <c>noticed</c>).</summary>
    Perception,

    /// <summary>Any other act reported with a cue-like verb (<c>refused to</c>, <c>opted to</c>).</summary>
    Other,
}
