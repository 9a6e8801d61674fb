using System.Text;
using NewsNlp.Documents;
using NewsNlp.Stance.Fnc;

namespace NewsNlp.Stance.Pairs;

/// <summary>One row of a stance-pairs file: an id, the target (claim) and the short text judged against it.</summary>
/// <param name="Id">The row's id, copied to the output unchanged.</param>
/// <param name="Target">The claim or target.</param>
/// <param name="Text">The short text (a quote, a headline, a paragraph).</param>
public sealed record StancePairRow(string Id, string Target, string Text);

/// <summary>
/// Reads <c>id,target,text</c> and writes <c>id,stance</c> RFC-4180 CSV files (the <c>stance-pairs</c> contract of
/// <c>../shared/eval/README.md</c>): quoted fields may hold commas, doubled quotes and line breaks.
/// </summary>
public static class StancePairsCsv
{
    /// <summary>Parses a pairs file; columns are found by header name (case-insensitive), extra columns are ignored.</summary>
    /// <exception cref="FormatException">No header, a missing column, or a row with too few fields.</exception>
    public static IReadOnlyList<StancePairRow> Parse(string csv, string name = "pairs")
    {
        ArgumentNullException.ThrowIfNull(csv);
        List<string[]> rows = CsvTable.Parse(csv);
        if (rows.Count == 0)
        {
            throw new FormatException($"{name}: empty CSV (expected a header 'id,target,text').");
        }

        int id = Column(rows[0], "id", name), target = Column(rows[0], "target", name), text = Column(rows[0], "text", name);
        int needed = Math.Max(id, Math.Max(target, text));
        var result = new List<StancePairRow>(rows.Count - 1);
        for (int r = 1; r < rows.Count; r++)
        {
            string[] row = rows[r];
            if (row.Length <= needed)
            {
                throw new FormatException($"{name}: row {r + 1} has {row.Length} fields, expected at least {needed + 1}.");
            }

            result.Add(new StancePairRow(row[id], row[target], row[text]));
        }

        return result;
    }

    /// <summary>Writes the header <c>id,stance</c> and one row per (id, label), in order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> ids, IReadOnlyList<StanceLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(labels);
        if (ids.Count != labels.Count)
        {
            throw new ArgumentException($"{ids.Count} ids but {labels.Count} labels.", nameof(labels));
        }

        var sb = new StringBuilder("id,stance\n");
        for (int i = 0; i < ids.Count; i++)
        {
            sb.Append(CsvTable.Escape(ids[i])).Append(',').Append(labels[i].ToFncString()).Append('\n');
        }

        writer.Write(sb.ToString());
    }

    private static int Column(string[] header, string column, string name)
    {
        int index = Array.FindIndex(header, h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new FormatException($"{name}: no '{column}' column in header '{string.Join(",", header)}' (expected id,target,text).");
    }
}
