namespace NewsNlp.Stance.Sides;

/// <summary>One entry of the side-cue lexicon: its kind, sign (+1, −1 or 0) and words (a word <c>*</c> matches any word).</summary>
internal sealed record SideCue(SideCueKind Kind, int Sign, string[] Words)
{
    /// <summary>The phrase as written in the lexicon.</summary>
    public string Phrase => string.Join(' ', Words);

    /// <summary>Whether the phrase itself holds a negation ("not true", "no evidence"): a negation before it does not flip it again.</summary>
    public bool HasNegation { get; } = Array.Exists(Words, NegationScope.IsNegator);
}
