using CsvHelper;

namespace NewsNlp.Stance.Fnc;

/// <summary>RFC 4180 CSV reading and writing: quoted fields may hold commas, doubled quotes and newlines.</summary>
public static class CsvTable
{
    /// <summary>
    /// Parses CSV text into rows of fields (the header is the first row) with CsvHelper: RFC 4180 quoting, doubled quotes and
    /// line breaks inside quotes; empty lines are skipped; a stray quote inside an unquoted field is kept as text.
    /// </summary>
    /// <exception cref="FormatException">A quoted field is not closed.</exception>
    public static List<string[]> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<string[]>();
        CsvMalformedRecord? unclosed = null;
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = r => unclosed ??= r.Reason == CsvMalformedReason.UnterminatedQuote ? r : null,
        };
        using (CsvReader csv = CsvReader.FromText(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, options))
        {
            while (csv.Read())
            {
                rows.Add(csv.Current.ToArray());
            }
        }

        if (unclosed is not null)
        {
            throw new FormatException($"Unclosed quoted CSV field (row {unclosed.Value.RecordNumber}, line {unclosed.Value.LineNumber}).");
        }

        return rows;
    }

    /// <summary>Quotes <paramref name="value"/> when it holds a comma, quote or line break.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
