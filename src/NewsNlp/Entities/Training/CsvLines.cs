using System.Text;

namespace NewsNlp.Entities.Training;

/// <summary>A small RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes) for gazetteer files.</summary>
internal static class CsvLines
{
    public static IEnumerable<string[]> Read(string path, char separator = ',')
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return [.. fields];
                fields.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
