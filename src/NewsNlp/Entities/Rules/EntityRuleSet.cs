using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// A list of entity rules built from code or loaded from JSON.
/// </summary>
/// <example>
/// JSON layout (all keys optional except <c>rules</c>, <c>type</c> and one of <c>phrase</c>/<c>phrases</c>/<c>pattern</c>):
/// <code>
/// {
///   "mode": "override",            // or "fillGaps"
///   "caseSensitive": false,
///   "rules": [
///     { "type": "ORG", "phrases": ["Islamic State", "Hayat Tahrir al-Sham"] },
///     { "type": "PER", "phrase": "de Mistura", "caseSensitive": true },
///     { "type": "PER", "pattern": [ { "in": ["Mr.", "Mrs.", "Dr."] }, { "isTitle": true, "op": "+" } ] }
///   ]
/// }
/// </code>
/// Pattern token keys: <c>text</c>, <c>in</c>, <c>regex</c>, <c>isTitle</c>, <c>isUpper</c>, <c>isDigit</c>, <c>op</c> (<c>?</c>, <c>+</c>, <c>*</c>).
/// </example>
public sealed class EntityRuleSet
{
    private readonly List<EntityRule> _rules = [];

    /// <summary>The rules, in the order added (on equal-length matches the earlier rule wins).</summary>
    public IReadOnlyList<EntityRule> Rules => _rules;

    /// <summary>Mode read from JSON, if the file set one.</summary>
    public EntityRuleMode? Mode { get; private set; }

    /// <summary>Default case sensitivity read from JSON, if the file set one.</summary>
    public bool? CaseSensitive { get; private set; }

    /// <summary>Adds a gazetteer phrase, tokenized like documents ("Staffan de Mistura" is three tokens).</summary>
    public EntityRuleSet AddPhrase(string phrase, EntityType type, bool? caseSensitive = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        var table = new TokenTable();
        NewsTokenizer.Default.Tokenize(phrase, table);
        var tokens = new List<string>(table.Count);
        for (int i = 0; i < table.Count; i++)
        {
            tokens.Add(phrase.Substring(table[i].Start, table[i].Length));
        }

        if (tokens.Count == 0)
        {
            throw new ArgumentException("The phrase has no tokens.", nameof(phrase));
        }

        _rules.Add(new EntityRule { Type = type, Phrase = tokens, CaseSensitive = caseSensitive, Id = phrase });
        return this;
    }

    /// <summary>Adds several phrases of one type.</summary>
    public EntityRuleSet AddPhrases(IEnumerable<string> phrases, EntityType type, bool? caseSensitive = null)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (string p in phrases)
        {
            AddPhrase(p, type, caseSensitive);
        }

        return this;
    }

    /// <summary>Adds a token pattern.</summary>
    /// <exception cref="ArgumentException">The pattern is empty or can match zero tokens only.</exception>
    public EntityRuleSet AddPattern(IReadOnlyList<TokenPattern> pattern, EntityType type, bool? caseSensitive = null, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Count == 0 || pattern.All(p => p.Quantifier is PatternQuantifier.Optional or PatternQuantifier.ZeroOrMore))
        {
            throw new ArgumentException("A pattern needs at least one element that must match a token.", nameof(pattern));
        }

        var compiled = pattern.Select(p => p.Regex is null ? p : p with
        {
            Compiled = new System.Text.RegularExpressions.Regex(
                "^(?:" + p.Regex + ")$",
                System.Text.RegularExpressions.RegexOptions.CultureInvariant | ((caseSensitive ?? true) ? 0 : System.Text.RegularExpressions.RegexOptions.IgnoreCase),
                TimeSpan.FromMilliseconds(100)),
        }).ToArray();
        _rules.Add(new EntityRule { Type = type, Pattern = compiled, CaseSensitive = caseSensitive, Id = id });
        return this;
    }

    /// <summary>Reads rules from a JSON file (layout in the class remarks).</summary>
    /// <exception cref="FormatException">The JSON is invalid; the message names the file and the problem.</exception>
    public static EntityRuleSet FromJsonFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return FromJson(File.ReadAllText(path), path);
    }

    /// <summary>Reads rules from JSON text.</summary>
    /// <exception cref="FormatException">The JSON is invalid.</exception>
    public static EntityRuleSet FromJson(string json, string sourceName = "rules JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        var set = new EntityRuleSet();
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            JsonElement root = doc.RootElement;
            if (root.TryGetProperty("mode", out JsonElement mode))
            {
                set.Mode = mode.GetString() switch
                {
                    "override" or "Override" => EntityRuleMode.Override,
                    "fillGaps" or "FillGaps" or "fill-gaps" => EntityRuleMode.FillGaps,
                    string other => throw new FormatException($"unknown mode '{other}' (override or fillGaps)"),
                    null => throw new FormatException("mode must be a string"),
                };
            }

            if (root.TryGetProperty("caseSensitive", out JsonElement cs))
            {
                set.CaseSensitive = cs.GetBoolean();
            }

            if (!root.TryGetProperty("rules", out JsonElement rules) || rules.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("a 'rules' array is required");
            }

            int index = 0;
            foreach (JsonElement rule in rules.EnumerateArray())
            {
                index++;
                string typeName = rule.TryGetProperty("type", out JsonElement t) ? t.GetString() ?? string.Empty : string.Empty;
                if (!BilouLabels.TryParseType(typeName, out EntityType type))
                {
                    throw new FormatException($"rule {index}: type '{typeName}' is not PER, ORG, LOC or MISC");
                }

                bool? ruleCase = rule.TryGetProperty("caseSensitive", out JsonElement rc) ? rc.GetBoolean() : null;
                if (rule.TryGetProperty("phrase", out JsonElement phrase))
                {
                    set.AddPhrase(phrase.GetString() ?? throw new FormatException($"rule {index}: phrase must be a string"), type, ruleCase);
                }
                else if (rule.TryGetProperty("phrases", out JsonElement phrases))
                {
                    foreach (JsonElement p in phrases.EnumerateArray())
                    {
                        set.AddPhrase(p.GetString() ?? throw new FormatException($"rule {index}: phrases must be strings"), type, ruleCase);
                    }
                }
                else if (rule.TryGetProperty("pattern", out JsonElement pattern))
                {
                    set.AddPattern(pattern.EnumerateArray().Select(ReadToken).ToArray(), type, ruleCase, $"rule {index}");
                }
                else
                {
                    throw new FormatException($"rule {index}: needs 'phrase', 'phrases' or 'pattern'");
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new FormatException($"{sourceName}: {ex.Message}", ex);
        }

        return set;
    }

    private static TokenPattern ReadToken(JsonElement e)
    {
        PatternQuantifier q = PatternQuantifier.One;
        if (e.TryGetProperty("op", out JsonElement op))
        {
            q = op.GetString() switch
            {
                "?" => PatternQuantifier.Optional,
                "+" => PatternQuantifier.OneOrMore,
                "*" => PatternQuantifier.ZeroOrMore,
                "1" or "!" or null => PatternQuantifier.One,
                string other => throw new FormatException($"unknown op '{other}' (?, + or *)"),
            };
        }

        return new TokenPattern
        {
            Text = e.TryGetProperty("text", out JsonElement text) ? text.GetString() : null,
            In = e.TryGetProperty("in", out JsonElement @in) ? @in.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray() : null,
            Regex = e.TryGetProperty("regex", out JsonElement rx) ? rx.GetString() : null,
            IsTitle = e.TryGetProperty("isTitle", out JsonElement it) ? it.GetBoolean() : null,
            IsUpper = e.TryGetProperty("isUpper", out JsonElement iu) ? iu.GetBoolean() : null,
            IsDigit = e.TryGetProperty("isDigit", out JsonElement id) ? id.GetBoolean() : null,
            Quantifier = q,
        };
    }
}
