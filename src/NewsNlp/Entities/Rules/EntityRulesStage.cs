using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Entities.Rules;

/// <summary>
/// The <c>entity-rules</c> stage (like spaCy's EntityRuler): marks gazetteer phrases and token-pattern matches as entities.
/// Matches are found per sentence, leftmost-longest, without overlaps (on equal length the earlier rule wins).
/// With <see cref="EntityRuleMode.Override"/> a match replaces every existing mention it overlaps; with
/// <see cref="EntityRuleMode.FillGaps"/> it is added only where no existing mention overlaps it.
/// </summary>
/// <remarks>Immutable and thread-safe. Matching costs O(tokens × rules starting with that token + patterns).</remarks>
public sealed class EntityRulesStage : IPipelineStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "entity-rules";

    /// <summary>The <see cref="EntityMention.Producer"/> of rule matches.</summary>
    public const string ProducerName = "entity-rules";

    private const int MaxPatternTokens = 32;

    private static readonly string[] RequiresList = [AnnotationNames.Tokens, AnnotationNames.Sentences];
    private static readonly string[] ProducesList = [AnnotationNames.Entities];

    private readonly EntityRule[] _rules;
    private readonly Dictionary<string, int[]> _phrasesByFirstToken;
    private readonly int[] _patterns;
    private readonly bool _defaultCaseSensitive;
    private readonly ILogger _logger;

    /// <summary>Creates the stage.</summary>
    /// <param name="rules">The rules (copied: later changes to the set do not affect the stage).</param>
    /// <param name="options">Mode and case default; when null, the values from the rule file, else the defaults.</param>
    /// <param name="logger">Receives a Debug line per document (rule matches); none when null.</param>
    public EntityRulesStage(EntityRuleSet rules, EntityRulesOptions? options = null, ILogger<EntityRulesStage>? logger = null)
    {
        _logger = logger ?? (ILogger)NullLogger.Instance;
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules.Rules];
        Mode = options?.Mode ?? rules.Mode ?? EntityRuleMode.Override;
        _defaultCaseSensitive = options?.CaseSensitive ?? rules.CaseSensitive ?? false;
        var byFirst = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var patterns = new List<int>();
        for (int r = 0; r < _rules.Length; r++)
        {
            if (_rules[r].Phrase is { Count: > 0 } phrase)
            {
                if (!byFirst.TryGetValue(phrase[0], out List<int>? list))
                {
                    byFirst[phrase[0]] = list = [];
                }

                list.Add(r);
            }
            else if (_rules[r].Pattern is { Count: > 0 })
            {
                patterns.Add(r);
            }
        }

        _phrasesByFirstToken = byFirst.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _patterns = [.. patterns];
    }

    /// <summary>The precedence mode in use.</summary>
    public EntityRuleMode Mode { get; }

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Requires => RequiresList;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Produces => ProducesList;

    /// <summary>Rule matches in <paramref name="document"/> as mentions (the document is not changed).</summary>
    public IReadOnlyList<EntityMention> Match(NewsDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<EntityMention>();
        var lookup = _phrasesByFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (TokenRange sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                int bestEnd = -1, bestRule = -1;
                if (lookup.TryGetValue(Chars(document, i), out int[]? candidates))
                {
                    foreach (int r in candidates)
                    {
                        int end = MatchPhrase(document, _rules[r], i, sentence.EndToken);
                        if (end > bestEnd)
                        {
                            (bestEnd, bestRule) = (end, r);
                        }
                    }
                }

                foreach (int r in _patterns)
                {
                    int end = MatchPattern(document, _rules[r], i, sentence.EndToken);
                    if (end > bestEnd || (end == bestEnd && end > i && r < bestRule))
                    {
                        (bestEnd, bestRule) = (end, r);
                    }
                }

                if (bestEnd > i)
                {
                    var span = new TextSpan(document.Tokens[i].Start, document.Tokens[bestEnd - 1].End);
                    found.Add(new EntityMention
                    {
                        Span = span,
                        FirstToken = i,
                        EndToken = bestEnd,
                        Type = _rules[bestRule].Type,
                        Text = document.GetText(span),
                        Confidence = 1.0,
                        Producer = ProducerName,
                    });
                    i = bestEnd;
                }
                else
                {
                    i++;
                }
            }
        }

        return found;
    }

    /// <inheritdoc />
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        IReadOnlyList<EntityMention> matches = Match(document, cancellationToken);
        StageLog.RulesMatched(_logger, document.Metadata.Id, matches.Count);
        if (matches.Count == 0)
        {
            return;
        }

        if (Mode == EntityRuleMode.Override)
        {
            document.Entities.RemoveAll(m => Overlaps(matches, m));
            document.Entities.AddRange(matches);
        }
        else
        {
            var existing = document.Entities.ToList();
            document.Entities.AddRange(matches.Where(m => !Overlaps(existing, m)));
        }

        document.Entities.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
    }

    private static bool Overlaps(IReadOnlyList<EntityMention> mentions, EntityMention m)
    {
        // Mentions are few per document; a binary search is not worth it here.
        foreach (EntityMention x in mentions)
        {
            if (x.FirstToken < m.EndToken && m.FirstToken < x.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Chars(NewsDocument document, int token)
    {
        TokenRow row = document.Tokens[token];
        return document.Text.AsSpan(row.Start, row.Length);
    }

    private int MatchPhrase(NewsDocument document, EntityRule rule, int start, int limit)
    {
        IReadOnlyList<string> phrase = rule.Phrase!;
        if (start + phrase.Count > limit)
        {
            return -1;
        }

        StringComparison cmp = (rule.CaseSensitive ?? _defaultCaseSensitive) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (int k = 0; k < phrase.Count; k++)
        {
            if (!Chars(document, start + k).Equals(phrase[k], cmp))
            {
                return -1;
            }
        }

        return start + phrase.Count;
    }

    /// <summary>Longest match of a pattern from <paramref name="start"/>: a reachable-set walk, O(elements × window²).</summary>
    private int MatchPattern(NewsDocument document, EntityRule rule, int start, int limit)
    {
        IReadOnlyList<TokenPattern> pattern = rule.Pattern!;
        bool caseSensitive = rule.CaseSensitive ?? _defaultCaseSensitive;
        int window = Math.Min(limit - start, MaxPatternTokens);
        Span<bool> reach = stackalloc bool[window + 1];
        Span<bool> next = stackalloc bool[window + 1];
        reach.Clear();
        reach[0] = true;
        foreach (TokenPattern p in pattern)
        {
            next.Clear();
            bool any = false;
            for (int pos = 0; pos <= window; pos++)
            {
                if (!reach[pos])
                {
                    continue;
                }

                if (p.Quantifier is PatternQuantifier.Optional or PatternQuantifier.ZeroOrMore)
                {
                    next[pos] = true;
                    any = true;
                }

                int q = pos;
                while (q < window && p.Matches(Chars(document, start + q), caseSensitive))
                {
                    q++;
                    next[q] = true;
                    any = true;
                    if (p.Quantifier is PatternQuantifier.One or PatternQuantifier.Optional)
                    {
                        break;
                    }
                }
            }

            if (!any)
            {
                return -1;
            }

            next.CopyTo(reach);
        }

        for (int pos = window; pos > 0; pos--)
        {
            if (reach[pos])
            {
                return start + pos;
            }
        }

        return -1;
    }
}
