namespace NewsNlp.Stance;

/// <summary>Stance of a text toward a target (the FNC-1 label set).</summary>
public enum StanceLabel : byte
{
    /// <summary>The text supports the target claim.</summary>
    Agree,
    /// <summary>The text refutes the target claim.</summary>
    Disagree,
    /// <summary>The text discusses the target without taking a side.</summary>
    Discuss,
    /// <summary>The text is not about the target.</summary>
    Unrelated,
}
