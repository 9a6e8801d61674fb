using System.Globalization;
using NewsNlp.Documents;

namespace NewsNlp.Stance.Fnc;

/// <summary>One FNC-1 stance row: a headline, the id of a body, and the gold label when known.</summary>
/// <param name="Headline">The headline (target claim).</param>
/// <param name="BodyId">Id of the body in the bodies file.</param>
/// <param name="BodyIdText">The body id exactly as written in the stances file (kept for output).</param>
/// <param name="Stance">Gold label, or null in unlabeled files.</param>
public sealed record FncStance(string Headline, int BodyId, string BodyIdText, StanceLabel? Stance);

/// <summary>An FNC-1 dataset: stance rows and the bodies they refer to.</summary>
public sealed class FncData
{
    /// <summary>Creates a dataset.</summary>
    public FncData(IReadOnlyList<FncStance> stances, IReadOnlyDictionary<int, string> bodies)
    {
        ArgumentNullException.ThrowIfNull(stances);
        ArgumentNullException.ThrowIfNull(bodies);
        foreach (FncStance s in stances)
        {
            if (!bodies.ContainsKey(s.BodyId))
            {
                throw new FormatException($"Stance row for headline '{s.Headline}' refers to body {s.BodyId}, which is not in the bodies file.");
            }
        }

        Stances = stances;
        Bodies = bodies;
    }

    /// <summary>Stance rows in file order.</summary>
    public IReadOnlyList<FncStance> Stances { get; }

    /// <summary>Bodies by id.</summary>
    public IReadOnlyDictionary<int, string> Bodies { get; }

    /// <summary>Reads <c>Headline,Body ID[,Stance]</c> and <c>Body ID,articleBody</c> CSV files.</summary>
    /// <exception cref="FormatException">A file does not have the FNC-1 columns or a row is malformed.</exception>
    public static FncData Load(string stancesPath, string bodiesPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(stancesPath);
        ArgumentException.ThrowIfNullOrEmpty(bodiesPath);
        return Parse(File.ReadAllText(stancesPath), File.ReadAllText(bodiesPath), stancesPath, bodiesPath);
    }

    /// <summary>Parses the CSV texts of a stances file and a bodies file.</summary>
    public static FncData Parse(string stancesCsv, string bodiesCsv, string stancesName = "stances", string bodiesName = "bodies")
    {
        List<string[]> bodyRows = CsvTable.Parse(bodiesCsv);
        int idCol = Column(bodyRows, "Body ID", bodiesName), textCol = Column(bodyRows, "articleBody", bodiesName);
        var bodies = new Dictionary<int, string>();
        for (int r = 1; r < bodyRows.Count; r++)
        {
            string[] row = bodyRows[r];
            if (row.Length <= Math.Max(idCol, textCol))
            {
                throw new FormatException($"{bodiesName}: row {r + 1} has {row.Length} fields.");
            }

            bodies[ParseId(row[idCol], bodiesName, r)] = row[textCol];
        }

        List<string[]> stanceRows = CsvTable.Parse(stancesCsv);
        int hCol = Column(stanceRows, "Headline", stancesName), bCol = Column(stanceRows, "Body ID", stancesName);
        int sCol = Array.IndexOf(stanceRows[0], "Stance");
        var stances = new List<FncStance>(stanceRows.Count);
        for (int r = 1; r < stanceRows.Count; r++)
        {
            string[] row = stanceRows[r];
            if (row.Length <= Math.Max(hCol, bCol))
            {
                throw new FormatException($"{stancesName}: row {r + 1} has {row.Length} fields.");
            }

            StanceLabel? label = sCol >= 0 && sCol < row.Length && row[sCol].Trim().Length > 0 ? StanceLabels.Parse(row[sCol]) : null;
            stances.Add(new FncStance(row[hCol], ParseId(row[bCol], stancesName, r), row[bCol], label));
        }

        return new FncData(stances, bodies);
    }

    private static int Column(List<string[]> rows, string name, string file)
    {
        if (rows.Count == 0)
        {
            throw new FormatException($"{file}: empty CSV (expected a header with '{name}').");
        }

        int index = Array.FindIndex(rows[0], h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new FormatException($"{file}: no '{name}' column in header '{string.Join(",", rows[0])}'.");
    }

    private static int ParseId(string text, string file, int row) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int id)
            ? id
            : throw new FormatException($"{file}: row {row + 1}: body id '{text}' is not an integer.");
}
