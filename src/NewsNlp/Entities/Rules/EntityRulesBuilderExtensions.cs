using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsNlp.Entities.Linking;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Rules;

/// <summary>Adds the <c>entity-rules</c> stage to a <see cref="NewsPipelineBuilder"/> (right after <c>ner</c>, before entity linking).</summary>
public static class EntityRulesBuilderExtensions
{
    /// <summary>
    /// Adds an <see cref="EntityRulesStage"/> with <paramref name="rules"/> after <c>ner</c> (or, without <c>ner</c>, before
    /// <c>entity-linker</c>, else after <c>tokenizer</c>, else at the end), and configures its <see cref="EntityRulesOptions"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Rules were already added to this pipeline (put all rules in one set).</exception>
    public static NewsPipelineBuilder AddEntityRules(this NewsPipelineBuilder builder, EntityRuleSet rules, Action<EntityRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(rules);
        if (builder.Services.Any(d => d.ServiceType == typeof(EntityRulesStage)))
        {
            throw new InvalidOperationException("Entity rules were already added to this pipeline; put all rules in one EntityRuleSet.");
        }

        builder.AddStageOptions(EntityRulesOptions.SectionName, configure);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EntityRulesOptions>, EntityRulesOptionsValidator>());
        builder.Services.AddSingleton(sp => new EntityRulesStage(rules, sp.GetRequiredService<IOptions<EntityRulesOptions>>().Value, StageLogging.For<EntityRulesStage>(sp)));
        return builder.Edit(static (stages, sp) => Place(stages, sp.GetRequiredService<EntityRulesStage>()));
    }

    /// <summary>Builds rules with <paramref name="rules"/> and adds the stage (see the other overload).</summary>
    public static NewsPipelineBuilder AddEntityRules(this NewsPipelineBuilder builder, Action<EntityRuleSet> rules, Action<EntityRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var set = new EntityRuleSet();
        rules(set);
        return builder.AddEntityRules(set, configure);
    }

    /// <summary>Loads rules from a JSON file (layout in <see cref="EntityRuleSet"/>) and adds the stage.</summary>
    public static NewsPipelineBuilder AddEntityRulesFromJson(this NewsPipelineBuilder builder, string path, Action<EntityRulesOptions>? configure = null) =>
        builder.AddEntityRules(EntityRuleSet.FromJsonFile(path), configure);

    private static void Place(List<IPipelineStage> stages, EntityRulesStage stage)
    {
        int ner = stages.FindIndex(s => s.Name == EntityRecognizerStage.StageName);
        if (ner >= 0)
        {
            stages.Insert(ner + 1, stage);
            return;
        }

        int linker = stages.FindIndex(s => s.Name == EntityLinkerStage.StageName);
        if (linker >= 0)
        {
            stages.Insert(linker, stage);
            return;
        }

        int tokenizer = stages.FindIndex(s => s.Name == TokenizerStage.StageName);
        stages.Insert(tokenizer >= 0 ? tokenizer + 1 : stages.Count, stage);
    }
}
