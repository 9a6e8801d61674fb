using CsvHelper;

namespace NewsNlp.Entities.Training;

/// <summary>
/// Reads the gazetteer and unlabelled-news CSV files (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes)
/// with CsvHelper, every record as its fields. The trained NER model's bytes depend on these rows: on every file the
/// trainer reads from ../shared/data, CsvHelper gives the same rows as the hand-written reader it replaced.
/// </summary>
internal static class CsvLines
{
    public static IEnumerable<string[]> Read(string path, char separator = ',')
    {
        var options = new CsvReaderOptions { Separator = separator, HasHeader = false, SkipEmptyLines = false };
        using CsvReader csv = CsvReader.FromFile(path, options);
        while (csv.Read())
        {
            yield return csv.Current.ToArray();
        }
    }
}
