namespace NewsNlp.Entities.Rules;

/// <summary>Settings of <see cref="EntityRulesStage"/>.</summary>
public sealed class EntityRulesOptions
{
    /// <summary>Precedence over existing mentions (default <see cref="EntityRuleMode.Override"/>).</summary>
    public EntityRuleMode Mode { get; set; } = EntityRuleMode.Override;

    /// <summary>Default case sensitivity of rules that do not set their own (default false: "NASA" matches "Nasa").</summary>
    public bool CaseSensitive { get; set; }
}
