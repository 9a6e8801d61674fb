using Microsoft.Extensions.DependencyInjection;
using NewsNlp.DependencyInjection;
using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Rules;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Entities;

public class EntityRulesTests
{
    private const string Text = "Staffan de Mistura met officials of Hayat Tahrir al-Sham in Geneva.";

    /// <summary>A document with tokens and one pre-existing "model" mention over the token <paramref name="modelWord"/>.</summary>
    private static NewsDocument Document(string text, string? modelWord, EntityType modelType = EntityType.Location)
    {
        var doc = new NewsDocument(text);
        new TokenizerStage().Process(doc, CancellationToken.None);
        doc.MarkProduced(AnnotationNames.Tokens);
        doc.MarkProduced(AnnotationNames.Sentences);
        if (modelWord is not null)
        {
            int start = text.IndexOf(modelWord, StringComparison.Ordinal);
            int first = doc.Tokens.IndexAtOrAfter(start);
            int end = doc.Tokens.IndexAtOrAfter(start + modelWord.Length - 1) + 1;
            var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
            doc.Entities.Add(new EntityMention { Span = span, FirstToken = first, EndToken = end, Type = modelType, Text = doc.GetText(span), Producer = "ner" });
        }

        return doc;
    }

    [Fact]
    public void Multi_token_phrase_is_matched_on_token_boundaries()
    {
        var rules = new EntityRuleSet().AddPhrase("Hayat Tahrir al-Sham", EntityType.Organization).AddPhrase("Staffan de Mistura", EntityType.Person);
        NewsDocument doc = Document(Text, null);
        new EntityRulesStage(rules).Process(doc, CancellationToken.None);
        Assert.Contains(doc.Entities, m => m.Text == "Hayat Tahrir al-Sham" && m.Type == EntityType.Organization && m.Producer == EntityRulesStage.ProducerName);
        Assert.Contains(doc.Entities, m => m.Text == "Staffan de Mistura" && m.Type == EntityType.Person);

        // A phrase is not matched inside a longer token.
        NewsDocument other = Document("The Genevan delegation left.", null);
        new EntityRulesStage(new EntityRuleSet().AddPhrase("Geneva", EntityType.Location)).Process(other, CancellationToken.None);
        Assert.Empty(other.Entities);
    }

    [Fact]
    public void Override_mode_replaces_overlapping_model_mentions()
    {
        NewsDocument doc = Document(Text, "Tahrir al-Sham");
        var rules = new EntityRuleSet().AddPhrase("Hayat Tahrir al-Sham", EntityType.Organization);
        new EntityRulesStage(rules, new EntityRulesOptions { Mode = EntityRuleMode.Override }).Process(doc, CancellationToken.None);
        EntityMention only = Assert.Single(doc.Entities);
        Assert.Equal("Hayat Tahrir al-Sham", only.Text);
        Assert.Equal(EntityType.Organization, only.Type);
    }

    [Fact]
    public void Fill_gaps_mode_keeps_model_mentions_and_adds_elsewhere()
    {
        NewsDocument doc = Document(Text, "Tahrir al-Sham");
        var rules = new EntityRuleSet().AddPhrase("Hayat Tahrir al-Sham", EntityType.Organization).AddPhrase("Geneva", EntityType.Location);
        new EntityRulesStage(rules, new EntityRulesOptions { Mode = EntityRuleMode.FillGaps }).Process(doc, CancellationToken.None);
        Assert.Equal(["Tahrir al-Sham", "Geneva"], doc.Entities.Select(m => m.Text));
        Assert.Equal("ner", doc.Entities[0].Producer);
        Assert.Equal(EntityRulesStage.ProducerName, doc.Entities[1].Producer);
    }

    [Fact]
    public void Case_options_apply_globally_and_per_rule()
    {
        const string text = "Officials at Nasa and NASA agreed.";
        NewsDocument insensitive = Document(text, null);
        new EntityRulesStage(new EntityRuleSet().AddPhrase("NASA", EntityType.Organization)).Process(insensitive, CancellationToken.None);
        Assert.Equal(2, insensitive.Entities.Count);

        NewsDocument sensitive = Document(text, null);
        new EntityRulesStage(new EntityRuleSet().AddPhrase("NASA", EntityType.Organization), new EntityRulesOptions { CaseSensitive = true }).Process(sensitive, CancellationToken.None);
        Assert.Equal("NASA", Assert.Single(sensitive.Entities).Text);

        NewsDocument perRule = Document(text, null);
        new EntityRulesStage(new EntityRuleSet().AddPhrase("NASA", EntityType.Organization, caseSensitive: true)).Process(perRule, CancellationToken.None);
        Assert.Equal("NASA", Assert.Single(perRule.Entities).Text);
    }

    [Fact]
    public void Longest_match_wins_and_patterns_work()
    {
        var rules = new EntityRuleSet()
            .AddPhrase("de Mistura", EntityType.Person)
            .AddPattern([new TokenPattern { Text = "Staffan" }, new TokenPattern { IsTitle = false, Quantifier = PatternQuantifier.Optional }, new TokenPattern { IsTitle = true, Quantifier = PatternQuantifier.OneOrMore }], EntityType.Person);
        NewsDocument doc = Document(Text, null);
        new EntityRulesStage(rules).Process(doc, CancellationToken.None);
        Assert.Equal("Staffan de Mistura", doc.Entities[0].Text);
    }

    [Fact]
    public void Json_rules_load_with_mode_case_and_patterns()
    {
        const string json = """
            {
              "mode": "fillGaps",
              "caseSensitive": true,
              // comments are allowed
              "rules": [
                { "type": "ORG", "phrases": ["Hayat Tahrir al-Sham"] },
                { "type": "LOC", "pattern": [ { "regex": "Gen[a-z]+" } ] }
              ]
            }
            """;
        EntityRuleSet rules = EntityRuleSet.FromJson(json);
        Assert.Equal(EntityRuleMode.FillGaps, rules.Mode);
        var stage = new EntityRulesStage(rules);
        Assert.Equal(EntityRuleMode.FillGaps, stage.Mode);
        NewsDocument doc = Document(Text, null);
        stage.Process(doc, CancellationToken.None);
        Assert.Equal(["Hayat Tahrir al-Sham", "Geneva"], doc.Entities.Select(m => m.Text));

        var bad = Assert.Throws<FormatException>(() => EntityRuleSet.FromJson("""{ "rules": [ { "type": "ANIMAL", "phrase": "x" } ] }""", "my-rules.json"));
        Assert.Contains("my-rules.json", bad.Message, StringComparison.Ordinal);
        Assert.Contains("ANIMAL", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_extensions_insert_the_stage_after_ner()
    {
        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().AddEntityRules(r => r.AddPhrase("Hayat Tahrir al-Sham", EntityType.Organization)).Build();
        List<string> names = pipeline.Stages.Select(s => s.Name).ToList();
        Assert.Equal(names.IndexOf("ner") + 1, names.IndexOf(EntityRulesStage.StageName));
        NewsDocument doc = pipeline.Process(Text);
        Assert.Contains(doc.Entities, m => m.Text == "Hayat Tahrir al-Sham" && m.Type == EntityType.Organization);

        var services = new ServiceCollection();
        services.AddNewsNlp().AddEntityRules(r => r.AddPhrase("Hayat Tahrir al-Sham", EntityType.Organization));
        using ServiceProvider sp = services.BuildServiceProvider();
        NewsPipeline di = sp.GetRequiredService<NewsPipeline>();
        List<string> diNames = di.Stages.Select(s => s.Name).ToList();
        Assert.Equal(diNames.IndexOf("ner") + 1, diNames.IndexOf(EntityRulesStage.StageName));
    }

    [Fact]
    public void Pathological_patterns_and_input_stay_bounded()
    {
        var rules = new EntityRuleSet().AddPattern(
            [new TokenPattern { Quantifier = PatternQuantifier.ZeroOrMore }, new TokenPattern { Quantifier = PatternQuantifier.ZeroOrMore }, new TokenPattern { Text = "never" }],
            EntityType.Miscellaneous);
        NewsDocument doc = Document(string.Join(' ', Enumerable.Repeat("word", 20_000)), null);
        new EntityRulesStage(rules).Process(doc, CancellationToken.None);
        Assert.Empty(doc.Entities);
    }
}
