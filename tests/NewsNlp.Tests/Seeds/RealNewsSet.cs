using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Seeds;

/// <summary>One article of the real-news dev set (<c>seeds/real/manifest.json</c>): where its text comes from and its hash.</summary>
internal sealed record RealArticle(
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("newid")] int? NewId,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("chars")] int Chars);

/// <summary>One gold span of the real-news dev set: offsets and labels only, with the hash of the text it covers.</summary>
internal sealed record RealGoldSpan(
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("speakers")] string[] Speakers,
    [property: JsonPropertyName("sha")] string Sha)
{
    /// <summary>True for speech to find: direct, mixed or indirect.</summary>
    public bool IsSpeech => Type is "direct" or "mixed" or "indirect";
}

/// <summary>The manifest of the real-news dev set.</summary>
internal sealed record RealManifest(
    [property: JsonPropertyName("gold")] string[] Gold,
    [property: JsonPropertyName("articles")] RealArticle[] Articles);

/// <summary>
/// A real-news set under <c>seeds/</c> (<see cref="Reuters"/>: <c>seeds/real</c>, <see cref="Bbc"/>:
/// <c>seeds/real-bbc</c>, <see cref="BbcTest"/>: <c>seeds/real-bbc-test</c>): its manifest and gold, and the article
/// texts rebuilt from <c>../shared</c> exactly as <c>seeds/tools/extract_reuters.py</c> builds them (the stored hashes
/// prove both agree).
/// </summary>
internal static partial class RealNewsSet
{
    /// <summary>The Reuters-21578 stories and the shared seed article (<c>seeds/real</c>).</summary>
    public const string Reuters = "real";

    /// <summary>The modern-news set of BBC News articles, 2004-05 (<c>seeds/real-bbc</c>).</summary>
    public const string Bbc = "real-bbc";

    /// <summary>
    /// The blind BBC test set (<c>seeds/real-bbc-test</c>): other BBC News articles of 2004-05, a test split that no rule
    /// is tuned on, so only its gold is checked by the tests (the pipeline is scored on it by
    /// <c>scripts/score-real-bbc-test.sh</c>).
    /// </summary>
    public const string BbcTest = "real-bbc-test";

    /// <summary>Folder of the set <paramref name="set"/> in the repository.</summary>
    public static string Folder(string set) => Path.Combine(SharedData.RepoRoot, "seeds", set);

    /// <summary>Reads the <c>manifest.json</c> of <paramref name="set"/>.</summary>
    public static RealManifest LoadManifest(string set = Reuters) =>
        JsonSerializer.Deserialize<RealManifest>(File.ReadAllText(Path.Combine(Folder(set), "manifest.json")))
        ?? throw new InvalidDataException($"seeds/{set}/manifest.json is empty.");

    /// <summary>Every gold span of every gold file the manifest of <paramref name="set"/> lists, in file order.</summary>
    public static IReadOnlyList<RealGoldSpan> LoadGold(RealManifest manifest, string set = Reuters)
    {
        var spans = new List<RealGoldSpan>();
        foreach (string name in manifest.Gold)
        {
            foreach (string line in File.ReadLines(Path.Combine(Folder(set), name)))
            {
                if (line.Trim().Length > 0)
                {
                    spans.Add(JsonSerializer.Deserialize<RealGoldSpan>(line) ?? throw new InvalidDataException($"{name}: null line"));
                }
            }
        }

        return spans;
    }

    /// <summary>The text of every article, rebuilt from <paramref name="sharedRoot"/> (<c>../shared</c>).</summary>
    public static Dictionary<string, string> BuildTexts(RealManifest manifest, string sharedRoot)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IGrouping<string, RealArticle> file in manifest.Articles.GroupBy(a => a.From))
        {
            string path = Path.Combine(sharedRoot, file.Key);
            if (file.All(a => a.NewId is null))
            {
                foreach (RealArticle a in file)
                {
                    texts[a.Doc] = File.ReadAllText(path, Encoding.UTF8);
                }

                continue;
            }

            Dictionary<int, string> stories = ReutersStories(File.ReadAllText(path, Encoding.Latin1));
            foreach (RealArticle a in file)
            {
                texts[a.Doc] = stories.TryGetValue(a.NewId!.Value, out string? text)
                    ? text
                    : throw new InvalidDataException($"NEWID {a.NewId} not in {file.Key}");
            }
        }

        return texts;
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The first 16 hex digits of <see cref="Sha256"/>: the hash stored with each gold span.</summary>
    public static string SpanHash(string text) => Sha256(text)[..16];

    /// <summary>
    /// Article text of every story with a BODY in one <c>reut2-NNN.sgm</c> file (the rule of <c>seeds/tools/reuters_text.py</c>):
    /// TITLE, a blank line, the DATELINE without leading blanks, the BODY without its sign-off, one newline.
    /// </summary>
    public static Dictionary<int, string> ReutersStories(string sgml)
    {
        var stories = new Dictionary<int, string>();
        foreach (Match m in Story().Matches(sgml))
        {
            string block = m.Groups[2].Value;
            if (block.Contains("<BODY>", StringComparison.Ordinal))
            {
                stories[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] = StoryText(block);
            }
        }

        return stories;
    }

    private static string StoryText(string block)
    {
        string title = Unescape(Field(block, "TITLE")).Trim();
        string dateline = Unescape(Field(block, "DATELINE")).TrimStart();
        string body = Field(block, "BODY");
        body = EndMark().Replace(body, "");
        body = SignOff().Replace(body, "");
        body = Unescape(body).TrimEnd();
        return title + "\n\n" + dateline + body + "\n";
    }

    private static string Field(string block, string tag)
    {
        Match m = Regex.Match(block, "<" + tag + ">(.*?)</" + tag + ">", RegexOptions.Singleline);
        return m.Success ? m.Groups[1].Value : "";
    }

    private static string Unescape(string s)
    {
        s = CharEntity().Replace(s, m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is < 32 or 127 ? "" : m.Value);
        return s.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
    }

    [GeneratedRegex("<REUTERS[^>]*\\bNEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex Story();

    [GeneratedRegex(@"\s*&#3;\s*$")]
    private static partial Regex EndMark();

    [GeneratedRegex(@"\s*\breuter\b\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"&#(\d+);")]
    private static partial Regex CharEntity();
}
