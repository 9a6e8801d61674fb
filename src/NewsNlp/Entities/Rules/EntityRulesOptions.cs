using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// Settings of <see cref="EntityRulesStage"/>: <c>AddEntityRules(rules, o => …)</c>,
/// <c>services.Configure&lt;EntityRulesOptions&gt;(…)</c> or the <c>EntityRules</c> section of the bound configuration.
/// A value left null is taken from the rule file, else the default.
/// </summary>
public sealed class EntityRulesOptions
{
    /// <summary>The section of the bound configuration these options are read from.</summary>
    public const string SectionName = "EntityRules";

    /// <summary>Precedence over existing mentions (null: the rule file's, else <see cref="EntityRuleMode.Override"/>).</summary>
    [EnumDataType(typeof(EntityRuleMode))]
    public EntityRuleMode? Mode { get; set; }

    /// <summary>Default case sensitivity of rules that do not set their own (null: the rule file's, else false: "NASA" matches "Nasa").</summary>
    public bool? CaseSensitive { get; set; }
}

/// <summary>The data-annotation rules of <see cref="EntityRulesOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class EntityRulesOptionsValidator : IValidateOptions<EntityRulesOptions>
{
}
