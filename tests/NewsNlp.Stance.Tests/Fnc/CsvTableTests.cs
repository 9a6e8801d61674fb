using NewsNlp.Stance.Fnc;

namespace NewsNlp.Stance.Tests.Fnc;

public class CsvTableTests
{
    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_newlines()
    {
        List<string[]> rows = CsvTable.Parse("a,b\r\n\"x, \"\"y\"\"\nz\",2\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["a", "b"], rows[0]);
        Assert.Equal("x, \"y\"\nz", rows[1][0]);
        Assert.Equal("2", rows[1][1]);
    }

    [Fact]
    public void Escape_round_trips_through_parse()
    {
        string[] values = ["plain", "with,comma", "with \"quote\"", "multi\nline\r\nvalue", ""];
        string line = string.Join(',', values.Select(CsvTable.Escape));
        Assert.Equal(values, CsvTable.Parse("h1,h2,h3,h4,h5\n" + line + "\n")[1]);
    }

    [Fact]
    public void Unclosed_quote_is_a_clear_error()
    {
        FormatException ex = Assert.Throws<FormatException>(() => CsvTable.Parse("a,b\n\"open,1\n"));
        Assert.Contains("Unclosed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_quote_marks_parse_in_linear_time_without_error()
    {
        string text = "Body ID,articleBody\n1,\"" + new string('"', 100_000) + "\"\n";
        List<string[]> rows = CsvTable.Parse(text);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new string('"', 50_000), rows[1][1]);
    }

    [Fact]
    public void FncData_joins_stances_and_bodies_and_rejects_unknown_bodies()
    {
        FncData data = FncData.Parse("Headline,Body ID,Stance\n\"A, b\",3,agree\nC,4,unrelated\n", "Body ID,articleBody\n3,\"x\ny\"\n4,z\n");
        Assert.Equal(2, data.Stances.Count);
        Assert.Equal("A, b", data.Stances[0].Headline);
        Assert.Equal("x\ny", data.Bodies[data.Stances[0].BodyId]);
        Assert.Equal(StanceLabel.Unrelated, data.Stances[1].Stance);
        Assert.Throws<FormatException>(() => FncData.Parse("Headline,Body ID\nA,9\n", "Body ID,articleBody\n3,x\n"));
    }
}
