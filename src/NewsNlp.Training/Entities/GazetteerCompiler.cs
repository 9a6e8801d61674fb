using System.Text.Json;

namespace NewsNlp.Entities.Training;

/// <summary>
/// Compiles the gazetteer lists of <c>../shared/data/gazetteers</c> (see <c>PROVENANCE-unlabeled-gazetteers.md</c>) into
/// phrase-hash → category-mask entries for the model. Runs at training time only; missing files are skipped.
/// </summary>
internal sealed class GazetteerCompiler
{
    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "limited", "plc", "llc", "l.p.", "lp", "holdings",
        "group", "company", "sa", "s.a.", "ag", "nv", "n.v.", "se", "the", "common", "stock", "shares", "class", "a", "b", "ordinary", "trust", "incorporated", "&",
    };

    private static readonly HashSet<string> ClubAffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "fc", "afc", "cf", "sc", "fk", "sk", "ac", "as", "ss", "cd", "sv", "bk", "if", "ff", "vfb", "vfl", "tsv", "rc", "ca", "club",
    };

    private static readonly string[] CountryColumns = ["official_name_en", "UNTERM English Short", "CLDR display name", "ISO3166-1-Alpha-3", "IOC"];

    private readonly Dictionary<ulong, int> _entries = [];
    private readonly int[] _perCategory = new int[16];

    public IReadOnlyDictionary<ulong, int> Entries => _entries;

    public string Summary => string.Join(", ", Enum.GetValues<GazetteerCategory>().Select(c => $"{c} {_perCategory[(int)c]:N0}"));

    public static GazetteerCompiler FromDirectory(string directory)
    {
        var g = new GazetteerCompiler();
        string P(string name) => Path.Combine(directory, name);

        foreach (string f in new[] { "census1990-male-first.txt", "census1990-female-first.txt" })
        {
            Lines(P(f), line => g.Add(line.Split(' ', 2)[0], GazetteerCategory.FirstName));
        }

        Lines(P("census1990-all-last.txt"), line => g.Add(line.Split(' ', 2)[0], GazetteerCategory.LastName));
        foreach (string f in Directory.Exists(directory) ? Directory.GetFiles(directory, "ssa-yob*.txt").Order(StringComparer.Ordinal).ToArray() : [])
        {
            Csv(f, r =>
            {
                if (r.Length >= 3 && int.TryParse(r[2], out int count) && count >= 20)
                {
                    g.Add(r[0], GazetteerCategory.FirstName);
                }
            });
        }

        foreach (string f in new[] { "moby-male-first-names.txt", "moby-female-first-names.txt" })
        {
            Lines(P(f), line => g.Add(line, GazetteerCategory.FirstName));
        }

        CsvWithHeader(P("country-codes.csv"), (r, col) =>
        {
            foreach (string name in CountryColumns)
            {
                string v = col(name);
                if (v.Length > 0)
                {
                    g.Add(StripArticle(v), GazetteerCategory.Country);
                }
            }

            g.Add(col("Capital"), GazetteerCategory.City);
        });
        CsvWithHeader(P("world-cities.csv"), (r, col) =>
        {
            g.Add(col("name"), GazetteerCategory.City);
            g.Add(col("subcountry"), GazetteerCategory.Region);
            g.Add(col("country"), GazetteerCategory.Country);
        });
        Csv(P("geonames-admin1CodesASCII.txt"), r =>
        {
            if (r.Length >= 3)
            {
                g.Add(r[1], GazetteerCategory.Region);
                g.Add(r[2], GazetteerCategory.Region);
            }
        }, '\t');
        CsvWithHeader(P("us-states-capitals.csv"), (r, col) =>
        {
            g.Add(col("state"), GazetteerCategory.Region);
            g.Add(col("capital"), GazetteerCategory.City);
        });
        Csv(P("nationalities-opensextant.csv"), r =>
        {
            if (r.Length >= 1 && !r[0].StartsWith('#'))
            {
                g.Add(r[0], GazetteerCategory.Nationality);
            }
        });
        CsvWithHeader(P("sp500-constituents.csv"), (r, col) => g.AddCompany(col("Security")));
        CsvWithHeader(P("nasdaq-listed.csv"), (r, col) => g.AddCompany(col("Security Name").Split(" - ", 2)[0]));
        CsvWithHeader(P("nyse-listed.csv"), (r, col) => g.AddCompany(col("Company Name")));
        if (File.Exists(P("sec-company-tickers.json")))
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(P("sec-company-tickers.json")));
            foreach (JsonProperty p in json.RootElement.EnumerateObject())
            {
                if (p.Value.TryGetProperty("title", out JsonElement title))
                {
                    g.AddCompany(title.GetString() ?? string.Empty);
                }
            }
        }

        CsvWithHeader(P("international-organizations-ciafactbook.csv"), (r, col) =>
        {
            g.Add(col("org_name"), GazetteerCategory.InternationalOrganization);
            g.Add(col("org_id"), GazetteerCategory.InternationalOrganization);
        });
        CsvWithHeader(P("political-parties-partyfacts.csv"), (r, col) =>
        {
            g.Add(col("name_short"), GazetteerCategory.Party);
            g.Add(col("name_english"), GazetteerCategory.Party);
            g.Add(col("name"), GazetteerCategory.Party);
        });
        if (File.Exists(P("universities-hipo.json")))
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(P("universities-hipo.json")));
            foreach (JsonElement u in json.RootElement.EnumerateArray())
            {
                if (u.TryGetProperty("name", out JsonElement name))
                {
                    g.Add(name.GetString() ?? string.Empty, GazetteerCategory.University);
                }
            }
        }

        string clubs = P("openfootball-clubs");
        if (Directory.Exists(clubs))
        {
            foreach (string f in Directory.GetFiles(clubs, "*.clubs.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Lines(f, g.AddClubLine);
            }
        }

        return g;
    }

    /// <summary>Adds one phrase (tokenized on spaces, surrounding punctuation split off) to a category.</summary>
    public void Add(string phrase, GazetteerCategory category)
    {
        List<string> tokens = Tokenize(phrase);
        if (tokens.Count == 0 || tokens.Count > NerLexicon.MaxPhraseTokens)
        {
            return;
        }

        ulong h = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            ulong key = NerLexicon.WordKey(tokens[i]);
            h = i == 0 ? NerLexicon.PhraseStart(key) : NerLexicon.PhraseNext(h, key);
            int bits = i == tokens.Count - 1 ? 1 << (int)category : NerLexicon.PrefixBit;
            _entries.TryGetValue(h, out int existing);
            if (i == tokens.Count - 1 && (existing & (1 << (int)category)) == 0)
            {
                _perCategory[(int)category]++;
            }

            _entries[h] = existing | bits;
        }
    }

    private static List<string> Tokenize(string phrase)
    {
        var tokens = new List<string>();
        foreach (string raw in phrase.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            string t = raw.Trim('(', ')', '"', ',', ';', ':');
            if (t.Length > 0)
            {
                tokens.Add(t);
            }
        }

        return tokens;
    }

    private static string StripArticle(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    private void AddCompany(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        Add(name, GazetteerCategory.Company);
        List<string> tokens = Tokenize(name.Replace(",", " ", StringComparison.Ordinal));
        while (tokens.Count > 1 && CompanySuffixes.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (tokens.Count > 0 && !(tokens.Count == 1 && CompanySuffixes.Contains(tokens[0])))
        {
            Add(string.Join(' ', tokens), GazetteerCategory.Company);
        }
    }

    private void AddClubLine(string line)
    {
        string text = line.Split('#', 2)[0];
        string trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('='))
        {
            return;
        }

        IEnumerable<string> names = trimmed.StartsWith('|')
            ? trimmed.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : char.IsWhiteSpace(text[0]) ? [] : [trimmed.Split(',', 2)[0]];
        foreach (string name in names)
        {
            Add(name, GazetteerCategory.Club);
            List<string> tokens = Tokenize(name);
            tokens.RemoveAll(ClubAffixes.Contains);
            if (tokens.Count > 0)
            {
                Add(string.Join(' ', tokens), GazetteerCategory.Club);
            }
        }
    }

    private static void Lines(string path, Action<string> action)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (string line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                action(line.Trim());
            }
        }
    }

    private static void Csv(string path, Action<string[]> action, char separator = ',')
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (string[] row in CsvLines.Read(path, separator))
        {
            action(row);
        }
    }

    private static void CsvWithHeader(string path, Action<string[], Func<string, string>> action)
    {
        if (!File.Exists(path))
        {
            return;
        }

        string[]? header = null;
        foreach (string[] row in CsvLines.Read(path))
        {
            if (header is null)
            {
                header = row;
                continue;
            }

            string[] current = row;
            action(current, name =>
            {
                int i = Array.IndexOf(header, name);
                return i >= 0 && i < current.Length ? current[i].Trim() : string.Empty;
            });
        }
    }
}
