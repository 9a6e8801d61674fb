using System.Collections.Frozen;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// The side-taking cues of news language (<c>Resources/side-cues.tsv</c>, embedded as <c>NewsNlp.Stance.side-cues.tsv</c>):
/// verbs of acting on a claim or its subject ("welcomed", "rejected", "defended", "called for"), verdicts ("false", "a myth",
/// "a mistake", "long overdue"), removal or departure of a person ("has to go", "going nowhere"), refusals to take a side
/// ("no comment"), and the claim-side lists that say which way a claim leans on its subject. The first word of a verb entry
/// also matches its inflections (welcomes, welcomed, welcoming; backed; denied, denies; slammed).
/// </summary>
internal sealed class SideCueLexicon
{
    private const string ResourceName = "NewsNlp.Stance.side-cues.tsv";

    private static readonly Lazy<SideCueLexicon> DefaultLexicon = new(() =>
    {
        using Stream stream = typeof(SideCueLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(SideCueLexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader, ResourceName);
    });

    private readonly FrozenDictionary<string, SideCue[]> _byFirstWord;

    private SideCueLexicon(IReadOnlyList<SideCue> cues)
    {
        Cues = cues;
        var index = new Dictionary<string, List<SideCue>>(StringComparer.Ordinal);
        foreach (SideCue cue in cues)
        {
            IEnumerable<string> forms = IsVerbKind(cue.Kind) ? Inflections(cue.Words[0]) : [cue.Words[0]];
            foreach (string form in forms)
            {
                if (!index.TryGetValue(form, out List<SideCue>? list))
                {
                    index[form] = list = [];
                }

                if (!list.Contains(cue))
                {
                    list.Add(cue);
                }
            }
        }

        // Longest phrase first, so "fight against" is tried before "fight" and "not true" is one cue.
        _byFirstWord = index.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(c => c.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The embedded lexicon.</summary>
    public static SideCueLexicon Default => DefaultLexicon.Value;

    /// <summary>Every entry, in file order.</summary>
    public IReadOnlyList<SideCue> Cues { get; }

    /// <summary>Reads a lexicon: lines <c>kind TAB sign TAB phrase</c>; <c>#</c> starts a comment line.</summary>
    /// <exception cref="InvalidDataException">A line is malformed (the message names <paramref name="name"/> and the line).</exception>
    public static SideCueLexicon Parse(TextReader reader, string name)
    {
        var cues = new List<SideCue>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split('\t');
            if (parts.Length != 3 || KindOf(parts[0]) is not SideCueKind kind || parts[1] is not ("+" or "-" or "0") || parts[2].Trim().Length == 0)
            {
                throw new InvalidDataException($"{name} line {number}: expected 'kind<TAB>+|-|0<TAB>phrase' with a known kind, got '{line}'.");
            }

            int sign = parts[1] switch { "+" => 1, "-" => -1, _ => 0 };
            cues.Add(new SideCue(kind, sign, parts[2].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }

        return new SideCueLexicon(cues);
    }

    /// <summary>
    /// The longest entry of one of <paramref name="kinds"/> whose words start at <paramref name="start"/> in <paramref name="words"/>
    /// (lower-case), or null.
    /// </summary>
    public SideCue? MatchAt(IReadOnlyList<string> words, int start, params ReadOnlySpan<SideCueKind> kinds)
    {
        if (!_byFirstWord.TryGetValue(words[start], out SideCue[]? candidates))
        {
            return null;
        }

        foreach (SideCue cue in candidates)
        {
            if (!kinds.Contains(cue.Kind) || start + cue.Words.Length > words.Count)
            {
                continue;
            }

            bool all = true;
            for (int k = 1; k < cue.Words.Length && all; k++)
            {
                string w = cue.Words[k];
                all = w == "*" || w == words[start + k];
            }

            if (all)
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="word"/> is a word (or an inflection of a verb) of an entry of <paramref name="kind"/>.</summary>
    public bool IsWordOf(string word, SideCueKind kind) =>
        _byFirstWord.TryGetValue(word, out SideCue[]? candidates) && Array.Exists(candidates, c => c.Kind == kind && c.Words.Length == 1);

    private static bool IsVerbKind(SideCueKind kind) =>
        kind is SideCueKind.Act or SideCueKind.Removal or SideCueKind.ClaimRemove or SideCueKind.ClaimDepart or SideCueKind.ClaimHarm or SideCueKind.ClaimBenefit or SideCueKind.ClaimDecrease;

    /// <summary>A verb and its regular inflections (over-generation is harmless: the forms are only looked up).</summary>
    internal static IEnumerable<string> Inflections(string verb)
    {
        yield return verb;
        yield return verb + "s";
        yield return verb + "es";
        yield return verb + "ed";
        yield return verb + "ing";
        if (verb.EndsWith('e'))
        {
            yield return verb + "d";
            yield return verb[..^1] + "ing";
        }

        if (verb.Length > 2 && verb.EndsWith('y') && !"aeiou".Contains(verb[^2], StringComparison.Ordinal))
        {
            yield return verb[..^1] + "ied";
            yield return verb[..^1] + "ies";
        }

        if (verb.Length >= 3 && !"aeiouwxy".Contains(verb[^1], StringComparison.Ordinal) && "aeiou".Contains(verb[^2], StringComparison.Ordinal)
            && !"aeiou".Contains(verb[^3], StringComparison.Ordinal))
        {
            yield return verb + verb[^1] + "ed";
            yield return verb + verb[^1] + "ing";
        }

        string? irregular = verb switch
        {
            "go" => "went gone goes going",
            "leave" => "left",
            "quit" => "quitting",
            "lie" => "lied lying",
            "mislead" => "misled",
            "steal" => "stole stolen",
            "break" => "broke broken",
            "bring" => "brought",
            "win" => "won",
            "cut" => "cutting",
            "stand" => "stood",
            "fight" => "fought",
            "lose" => "lost",
            "shut" => "shutting",
            "grow" => "grew grown",
            _ => null,
        };
        if (irregular is not null)
        {
            foreach (string form in irregular.Split(' '))
            {
                yield return form;
            }
        }
    }

    private static SideCueKind? KindOf(string name) => name switch
    {
        "act" => SideCueKind.Act,
        "verdict" => SideCueKind.Verdict,
        "removal" => SideCueKind.Removal,
        "neutral" => SideCueKind.Neutral,
        "claim-remove" => SideCueKind.ClaimRemove,
        "claim-depart" => SideCueKind.ClaimDepart,
        "claim-harm" => SideCueKind.ClaimHarm,
        "claim-benefit" => SideCueKind.ClaimBenefit,
        "claim-decrease" => SideCueKind.ClaimDecrease,
        "claim-noun" => SideCueKind.ClaimNoun,
        "proposal-noun" => SideCueKind.ProposalNoun,
        _ => null,
    };
}
