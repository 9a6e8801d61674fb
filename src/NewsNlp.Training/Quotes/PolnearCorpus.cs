using System.Globalization;
using NewsNlp.Documents;

namespace NewsNlp.Quotes.Learning;

/// <summary>One PolNeAR article: its text and the character spans of its attributions (first annotation file).</summary>
/// <param name="Name">Article file name without extension.</param>
/// <param name="Text">Article text.</param>
/// <param name="Contents">Content spans of all attributions.</param>
/// <param name="Cues">Cue spans.</param>
/// <param name="Sources">Source spans.</param>
public sealed record PolnearArticle(string Name, string Text, IReadOnlyList<TextSpan> Contents, IReadOnlyList<TextSpan> Cues, IReadOnlyList<TextSpan> Sources)
{
    /// <summary>The attributions one by one (content, cue and source of each event), in the annotation file's order.</summary>
    public IReadOnlyList<PolnearAttribution> Attributions { get; init; } = [];
}

/// <summary>One PolNeAR attribution: its content spans, cue spans and source spans (any may be empty but the content).</summary>
/// <param name="Content">Content spans (Content and Content2).</param>
/// <param name="Cue">Cue spans.</param>
/// <param name="Source">Source spans; empty when the attribution has no source.</param>
public sealed record PolnearAttribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source);

/// <summary>Reads a PolNeAR split (<c>text/*.txt</c> and BRAT <c>attributions/*.ann</c>, first annotation file per article).</summary>
public static class PolnearCorpus
{
    /// <summary>Reads every article of <paramref name="splitDirectory"/>, in file-name order.</summary>
    /// <exception cref="DirectoryNotFoundException">The split has no <c>text/</c> or <c>attributions/</c> folder.</exception>
    public static IReadOnlyList<PolnearArticle> Read(string splitDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(splitDirectory);
        string textDir = Path.Combine(splitDirectory, "text"), annDir = Path.Combine(splitDirectory, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
        {
            throw new DirectoryNotFoundException($"'{splitDirectory}' is not a PolNeAR split (needs text/ and attributions/).");
        }

        string[] anns = [.. Directory.GetFiles(annDir, "*.ann").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
        var articles = new List<PolnearArticle>();
        foreach (string path in Directory.GetFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            string stem = Path.GetFileNameWithoutExtension(path);
            string? ann = anns.FirstOrDefault(a => a.StartsWith(stem + "_", StringComparison.Ordinal));
            string text = File.ReadAllText(path);
            var contents = new List<TextSpan>();
            var cues = new List<TextSpan>();
            var sources = new List<TextSpan>();
            var attributions = new List<PolnearAttribution>();
            if (ann is not null)
            {
                ReadAnn(Path.Combine(annDir, ann), contents, cues, sources, attributions);
            }

            articles.Add(new PolnearArticle(stem, text, contents, cues, sources) { Attributions = attributions });
        }

        return articles;
    }

    private static void ReadAnn(string path, List<TextSpan> contents, List<TextSpan> cues, List<TextSpan> sources, List<PolnearAttribution> attributions)
    {
        var records = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length > 1 && line[0] is 'T' or 'E' or '#' && line.Contains('\t', StringComparison.Ordinal) && char.IsAsciiDigit(line[1]))
            {
                records.Add(line);
            }
        }

        var spans = new Dictionary<string, (string Kind, List<TextSpan> Spans)>(StringComparer.Ordinal);
        foreach (string r in records.Where(r => r[0] == 'T'))
        {
            string[] parts = r.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            int space = parts[1].IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }

            var list = new List<TextSpan>();
            foreach (string loc in parts[1][(space + 1)..].Split(';'))
            {
                string[] se = loc.Trim().Split(' ');
                if (se.Length == 2 && int.TryParse(se[0], NumberStyles.None, CultureInfo.InvariantCulture, out int s) && int.TryParse(se[1], NumberStyles.None, CultureInfo.InvariantCulture, out int e))
                {
                    list.Add(new TextSpan(s, e));
                }
            }

            spans[parts[0]] = (parts[1][..space], list);
        }

        foreach (string r in records.Where(r => r[0] == 'E'))
        {
            string[] parts = r.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            int contentsBefore = contents.Count, cuesBefore = cues.Count, sourcesBefore = sources.Count;
            foreach (string role in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(role[(colon + 1)..], out var target))
                {
                    continue;
                }

                string name = role[..colon];
                List<TextSpan>? into = name switch
                {
                    "Content" or "Content2" => contents,
                    "Cue" => cues,
                    "Source" => sources,
                    _ => null,
                };
                into?.AddRange(target.Spans);
            }

            if (contents.Count > contentsBefore)
            {
                attributions.Add(new PolnearAttribution(contents[contentsBefore..], cues[cuesBefore..], sources[sourcesBefore..]));
            }
        }
    }
}
