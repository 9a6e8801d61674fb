using System.Text;

namespace NewsNlp.Stance.Fnc;

/// <summary>RFC 4180 CSV reading and writing: quoted fields may hold commas, doubled quotes and newlines.</summary>
public static class CsvTable
{
    /// <summary>Parses CSV text into rows of fields (the header is the first row). Linear in the text length.</summary>
    /// <exception cref="FormatException">A quoted field is not closed.</exception>
    public static List<string[]> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        bool rowHasContent = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '"' && field.Length == 0)
            {
                int start = i;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException($"Unclosed quoted CSV field starting at character {start} (row {rows.Count + 1}).");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i]);
                    i++;
                }

                rowHasContent = true;
                continue;
            }

            if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                rowHasContent = true;
                i++;
                continue;
            }

            if (c == '\r' || c == '\n')
            {
                if (rowHasContent || field.Length > 0)
                {
                    row.Add(field.ToString());
                    rows.Add([.. row]);
                }

                row.Clear();
                field.Clear();
                rowHasContent = false;
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                continue;
            }

            field.Append(c);
            rowHasContent = true;
            i++;
        }

        if (rowHasContent || field.Length > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
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
