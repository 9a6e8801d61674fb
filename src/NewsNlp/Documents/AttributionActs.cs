namespace NewsNlp.Documents;

/// <summary>A set of <see cref="AttributionAct"/> values: which attributions a caller wants reported.</summary>
[Flags]
public enum AttributionActs
{
    /// <summary>No attribution.</summary>
    None = 0,

    /// <summary><see cref="AttributionAct.Speech"/>.</summary>
    Speech = 1 << (int)AttributionAct.Speech,

    /// <summary><see cref="AttributionAct.Writing"/>.</summary>
    Writing = 1 << (int)AttributionAct.Writing,

    /// <summary><see cref="AttributionAct.Thought"/>.</summary>
    Thought = 1 << (int)AttributionAct.Thought,

    /// <summary><see cref="AttributionAct.Intention"/>.</summary>
    Intention = 1 << (int)AttributionAct.Intention,

    /// <summary><see cref="AttributionAct.Perception"/>.</summary>
    Perception = 1 << (int)AttributionAct.Perception,

    /// <summary><see cref="AttributionAct.Other"/>.</summary>
    Other = 1 << (int)AttributionAct.Other,

    /// <summary>What a user gets by default: speech and writing.</summary>
    Default = Speech | Writing,

    /// <summary>Every act (how PolNeAR, which annotates beliefs and intentions too, is scored).</summary>
    All = Speech | Writing | Thought | Intention | Perception | Other,
}
