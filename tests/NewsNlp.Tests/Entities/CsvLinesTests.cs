using NewsNlp.Entities.Training;

namespace NewsNlp.Tests.Entities;

public sealed class CsvLinesTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"newsnlp-csv-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Reads_quoted_fields_doubled_quotes_line_breaks_in_quotes_and_crlf_as_the_gazetteers_need()
    {
        File.WriteAllText(_path, "name,note\r\n\"Smith, John\",\"said \"\"hi\"\"\"\r\nplain,\"two\nlines\"\nlast,\n");
        Assert.Equal(
            [["name", "note"], ["Smith, John", "said \"hi\""], ["plain", "two\nlines"], ["last", ""]],
            CsvLines.Read(_path).ToList());
    }

    [Fact]
    public void Reads_another_separator()
    {
        File.WriteAllText(_path, "US.CA\tCalifornia\tCalifornia\t5332921\n");
        Assert.Equal([["US.CA", "California", "California", "5332921"]], CsvLines.Read(_path, '\t').ToList());
    }
}
