using NewsNlp.Documents;
using NewsNlp.Stance.Fnc;

namespace NewsNlp.Stance.ShortText;

/// <summary>One Emergent pair (Ferreira &amp; Vlachos 2016): a claim, an article headline and its stance toward the claim.</summary>
/// <param name="ArticleId">The article's id (the pair id).</param>
/// <param name="ClaimId">The claim's id (dev splits are carved by claim).</param>
/// <param name="Claim">The claim.</param>
/// <param name="Headline">The article headline.</param>
/// <param name="Label">for → agree, against → disagree, observing → discuss.</param>
/// <param name="Split">The published split: <c>train</c> or <c>test</c>.</param>
public sealed record EmergentPair(string ArticleId, string ClaimId, string Claim, string Headline, StanceLabel Label, string Split);

/// <summary>Reads the Emergent folder laid out as <c>../shared/data/emergent</c> (<c>url-versions-2015-06-14-clean.csv</c> and <c>split.csv</c>).</summary>
public static class EmergentData
{
    /// <summary>The pairs of <paramref name="split"/> (<c>train</c> or <c>test</c>), in file order.</summary>
    /// <exception cref="FormatException">A file lacks its columns or has an unknown label.</exception>
    public static IReadOnlyList<EmergentPair> Load(string folder, string split)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(split);
        List<string[]> splitRows = CsvTable.Parse(File.ReadAllText(Path.Combine(folder, "split.csv")));
        int sa = Column(splitRows, "articleId"), ss = Column(splitRows, "split");
        var splitOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string[] row in splitRows.Skip(1))
        {
            splitOf[row[sa]] = row[ss];
        }

        List<string[]> rows = CsvTable.Parse(File.ReadAllText(Path.Combine(folder, "url-versions-2015-06-14-clean.csv")));
        int claim = Column(rows, "claimHeadline"), head = Column(rows, "articleHeadline"), stance = Column(rows, "articleHeadlineStance");
        int article = Column(rows, "articleId"), claimId = Column(rows, "claimId");
        var result = new List<EmergentPair>();
        foreach (string[] row in rows.Skip(1))
        {
            if (!splitOf.TryGetValue(row[article], out string? s) || s != split)
            {
                continue;
            }

            StanceLabel label = row[stance] switch
            {
                "for" => StanceLabel.Agree,
                "against" => StanceLabel.Disagree,
                "observing" => StanceLabel.Discuss,
                _ => throw new FormatException($"Emergent: unknown stance '{row[stance]}'."),
            };
            result.Add(new EmergentPair(row[article], row[claimId], row[claim], row[head], label, s));
        }

        return result;
    }

    private static int Column(List<string[]> rows, string name)
    {
        int i = rows.Count == 0 ? -1 : Array.IndexOf(rows[0], name);
        return i >= 0 ? i : throw new FormatException($"Emergent: no '{name}' column.");
    }
}
