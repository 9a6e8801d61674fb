using NewsNlp.Documents;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// One entity rule: a gazetteer phrase (a token sequence, matched on token boundaries) or a token pattern, with the
/// entity type to assign. Build rules with <see cref="EntityRuleSet"/>.
/// </summary>
public sealed record EntityRule
{
    /// <summary>Entity type given to matches.</summary>
    public required EntityType Type { get; init; }

    /// <summary>The phrase's tokens (for phrase rules), or null.</summary>
    public IReadOnlyList<string>? Phrase { get; init; }

    /// <summary>The token pattern (for pattern rules), or null.</summary>
    public IReadOnlyList<TokenPattern>? Pattern { get; init; }

    /// <summary>Case sensitivity of this rule; null uses <see cref="EntityRulesOptions.CaseSensitive"/>.</summary>
    public bool? CaseSensitive { get; init; }

    /// <summary>An optional id for debugging (kept out of mentions).</summary>
    public string? Id { get; init; }
}
