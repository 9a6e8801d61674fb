using NewsNlp.Documents;
using NewsNlp.Stance.Pairs;

namespace NewsNlp.Stance.Tests.Pairs;

public sealed class StancePairsCsvTests
{
    [Fact]
    public void ParsesQuotedFieldsWithCommasQuotesAndNewlines()
    {
        const string csv = "id,target,text\r\n" +
            "a-1,\"Talks, he said, will fail\",\"\"\"We will not sign,\"\" she said.\nThen she left.\"\r\n" +
            "b2,plain claim,plain text\n";

        IReadOnlyList<StancePairRow> rows = StancePairsCsv.Parse(csv);

        Assert.Equal(2, rows.Count);
        Assert.Equal(new StancePairRow("a-1", "Talks, he said, will fail", "\"We will not sign,\" she said.\nThen she left."), rows[0]);
        Assert.Equal(new StancePairRow("b2", "plain claim", "plain text"), rows[1]);
    }

    [Fact]
    public void FindsColumnsByHeaderName()
    {
        IReadOnlyList<StancePairRow> rows = StancePairsCsv.Parse("text,extra,ID,Target\nthe text,x,7,the claim\n");

        Assert.Equal(new StancePairRow("7", "the claim", "the text"), Assert.Single(rows));
    }

    [Fact]
    public void RejectsMissingColumnAndShortRow()
    {
        Assert.Throws<FormatException>(() => StancePairsCsv.Parse("id,text\n1,x\n"));
        Assert.Throws<FormatException>(() => StancePairsCsv.Parse("id,target,text\n1,x\n"));
    }

    [Fact]
    public void WritesIdsEscapedAndRoundTrips()
    {
        var writer = new StringWriter();
        StancePairsCsv.Write(writer, ["x,1", "say \"hi\"", "plain"], [StanceLabel.Agree, StanceLabel.Disagree, StanceLabel.Unrelated]);

        Assert.Equal("id,stance\n\"x,1\",agree\n\"say \"\"hi\"\"\",disagree\nplain,unrelated\n", writer.ToString());
        List<string[]> back = NewsNlp.Stance.Fnc.CsvTable.Parse(writer.ToString());
        Assert.Equal(["x,1", "agree"], back[1]);
        Assert.Equal(["say \"hi\"", "disagree"], back[2]);
    }
}
