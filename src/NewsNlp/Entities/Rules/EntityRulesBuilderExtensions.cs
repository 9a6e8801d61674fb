using NewsNlp.DependencyInjection;
using NewsNlp.Entities.Linking;
using NewsNlp.Pipeline;

namespace NewsNlp.Entities.Rules;

/// <summary>Adds the <c>entity-rules</c> stage to a pipeline builder (right after <c>ner</c>, before entity linking).</summary>
public static class EntityRulesBuilderExtensions
{
    /// <summary>
    /// Inserts an <see cref="EntityRulesStage"/> after <c>ner</c> (or, without <c>ner</c>, before <c>entity-linker</c>,
    /// else after <c>tokenizer</c>, else at the end).
    /// </summary>
    public static NewsPipelineBuilder AddEntityRules(this NewsPipelineBuilder builder, EntityRuleSet rules, EntityRulesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var stage = new EntityRulesStage(rules, options);
        IReadOnlyList<string> names = builder.StageNames;
        if (names.Contains(EntityRecognizerStage.StageName))
        {
            return builder.InsertAfter(EntityRecognizerStage.StageName, stage);
        }

        if (names.Contains(EntityLinkerStage.StageName))
        {
            return builder.InsertBefore(EntityLinkerStage.StageName, stage);
        }

        return names.Contains(Tokenization.TokenizerStage.StageName) ? builder.InsertAfter(Tokenization.TokenizerStage.StageName, stage) : builder.Add(stage);
    }

    /// <summary>Builds rules with <paramref name="configure"/> and inserts the stage (see the other overload).</summary>
    public static NewsPipelineBuilder AddEntityRules(this NewsPipelineBuilder builder, Action<EntityRuleSet> configure, EntityRulesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var rules = new EntityRuleSet();
        configure(rules);
        return builder.AddEntityRules(rules, options);
    }

    /// <summary>Registers an <see cref="EntityRulesStage"/> right after the <c>ner</c> stage of the DI pipeline.</summary>
    public static NewsNlpBuilder AddEntityRules(this NewsNlpBuilder builder, EntityRuleSet rules, EntityRulesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var stage = new EntityRulesStage(rules, options);
        return builder.InsertStageAfter(EntityRecognizerStage.StageName, _ => stage);
    }

    /// <summary>Builds rules with <paramref name="configure"/> and registers the stage after <c>ner</c>.</summary>
    public static NewsNlpBuilder AddEntityRules(this NewsNlpBuilder builder, Action<EntityRuleSet> configure, EntityRulesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var rules = new EntityRuleSet();
        configure(rules);
        return builder.AddEntityRules(rules, options);
    }

    /// <summary>Loads rules from a JSON file (see <see cref="EntityRuleSet"/>) and registers the stage after <c>ner</c>.</summary>
    public static NewsNlpBuilder AddEntityRulesFromJson(this NewsNlpBuilder builder, string path, EntityRulesOptions? options = null) =>
        builder.AddEntityRules(EntityRuleSet.FromJsonFile(path), options);

    /// <summary>Loads rules from a JSON file and inserts the stage after <c>ner</c>.</summary>
    public static NewsPipelineBuilder AddEntityRulesFromJson(this NewsPipelineBuilder builder, string path, EntityRulesOptions? options = null) =>
        builder.AddEntityRules(EntityRuleSet.FromJsonFile(path), options);
}
