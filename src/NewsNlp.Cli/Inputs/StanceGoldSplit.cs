using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Cli.Inputs;

/// <summary>
/// The articles of one per-speaker stance gold split under <c>seeds/stance</c>: a split of own texts (<c>NAME.txt</c> with
/// <c>NAME.gold.json</c>), or a real-article split (<c>real-*/manifest.json</c>) whose texts are read from the shared data
/// folder and checked against the manifest's SHA-256.
/// </summary>
internal static class StanceGoldSplit
{
    /// <summary>(name, text, gold) of every article of <paramref name="split"/>, in a fixed order.</summary>
    /// <exception cref="FormatException">A real article's text differs from its manifest hash.</exception>
    public static IEnumerable<(string Name, string Text, JsonElement Gold)> Articles(DirectoryInfo seeds, DirectoryInfo shared, string split)
    {
        string folder = Path.Combine(seeds.FullName, split);
        if (!split.StartsWith("real-", StringComparison.Ordinal))
        {
            foreach (string gold in Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(gold)[..^".gold.json".Length];
                yield return (name, File.ReadAllText(Path.Combine(folder, name + ".txt")), JsonDocument.Parse(File.ReadAllText(gold)).RootElement);
            }

            yield break;
        }

        JsonElement manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).RootElement;
        foreach (JsonElement a in manifest.GetProperty("articles").EnumerateArray())
        {
            string from = a.GetProperty("from").GetString()!;
            string text = File.ReadAllText(Path.Combine(shared.FullName, from));
            if (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))) != a.GetProperty("sha256").GetString())
            {
                throw new FormatException($"{from}: the text differs from the manifest's hash.");
            }

            yield return (a.GetProperty("doc").GetString()!, text, a.Clone());
        }
    }
}
