namespace NewsNlp.Stance.Sides;

/// <summary>
/// What the side-taking cues of one text say about a claim: <see cref="Score"/> &gt; 0 agrees, &lt; 0 disagrees (each cue
/// counts 1); <see cref="Neutral"/> when the speaker declines to take a side
/// ("no comment", "too early to say"), then the score is 0; <see cref="Cues"/> are the phrases found, with their effect.
/// </summary>
internal readonly record struct SideReading(double Score, bool Neutral, IReadOnlyList<string> Cues)
{
    /// <summary>A reading with no cue.</summary>
    public static SideReading None { get; } = new(0, false, []);

    /// <summary>Whether any cue was found (a side or a refusal to take one).</summary>
    public bool HasCue => Neutral || Cues.Count > 0;
}
