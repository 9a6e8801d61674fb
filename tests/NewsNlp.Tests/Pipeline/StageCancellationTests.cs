using System.Diagnostics;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Quotes;

namespace NewsNlp.Tests.Pipeline;

/// <summary>
/// Every stage of the default pipeline stops soon after its token is cancelled, even inside one huge sentence (where
/// NER used to run to the sentence's end: seconds on a 5 MB sentence). Each stage is timed once on a long one-sentence
/// paragraph, then run again with its token cancelled after a tenth of that time: it must throw
/// <see cref="OperationCanceledException"/> no later than a quarter of its run time (at least 750 ms: on a loaded
/// machine the thread may wait that long to be scheduled; the stages check every few thousand tokens, milliseconds apart) after the cancellation. A 1.2 MB sentence:
/// before NER checked inside sentences, it ran on for about 40% of its time. Runs alone, as a timing test.
/// </summary>
[Collection(nameof(TimingTests))]
public class StageCancellationTests
{
    private static readonly Lazy<(NewsPipeline Pipeline, string Text)> Setup = new(() =>
    {
        var text = new StringBuilder();
        while (text.Length < 1_200_000)
        {
            text.Append("officials of the Ruritania Port Authority said John Smith told reporters in Rotterdam that the union would strike and ");
        }

        text.Append("the talks ended.");
        return (NewsPipeline.CreateDefault(), text.ToString());
    });

    /// <summary>One 16 MB line without a space or a newline (a pasted data blob): before the structure stage left lines
    /// longer than a part alone, each of its line patterns scanned the whole line, seconds without a cancellation check.</summary>
    private static readonly Lazy<string> Blob = new(() => string.Concat(Enumerable.Repeat("aB3xYz0Q", 2_000_000)));

    public static TheoryData<string> Stages => ["tokenizer", "structure", "ner", "entity-linker", "quotes"];

    [Fact]
    public void The_structure_stage_stops_soon_on_one_huge_line()
    {
        var stage = new NewsNlp.Documents.Parts.StructureStage();
        var document = new NewsDocument(Blob.Value);
        long start = Stopwatch.GetTimestamp();
        stage.Process(document, CancellationToken.None);
        double runMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        AssertStopsSoon("structure", token => stage.Process(document, token), runMs);
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_stops_soon_after_its_token_is_cancelled(string stageName)
    {
        (NewsPipeline pipeline, string text) = Setup.Value;
        var document = new NewsDocument(text);
        IPipelineStage? stage = null;
        foreach (IPipelineStage s in pipeline.Stages)
        {
            if (s.Name == stageName)
            {
                stage = s;
                break;
            }

            s.Process(document, CancellationToken.None);
        }

        Assert.NotNull(stage);
        long start = Stopwatch.GetTimestamp();
        stage.Process(document, CancellationToken.None);
        double runMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        AssertStopsSoon(stageName, token => stage.Process(document, token), runMs);
    }

    /// <summary>Runs <paramref name="run"/> again with a token cancelled after a tenth of <paramref name="runMs"/>.</summary>
    private static void AssertStopsSoon(string stageName, Action<CancellationToken> run, double runMs)
    {
        int delayMs = Math.Max(1, (int)(runMs / 10));
        double boundMs = Math.Max(750, runMs / 4);
        using var cancellation = new CancellationTokenSource();
        cancellation.CancelAfter(delayMs);
        long start = Stopwatch.GetTimestamp();
        Exception? thrown = Record.Exception(() => run(cancellation.Token));
        double latencyMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds - delayMs;
        if (thrown is null)
        {
            // The stage finished before the cancellation took effect: only possible when it is faster than its delay.
            Assert.True(latencyMs <= boundMs, $"{stageName} ran {runMs:F0} ms, then ignored a token cancelled after {delayMs} ms");
            return;
        }

        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        Assert.True(latencyMs <= boundMs, $"{stageName} (run {runMs:F0} ms) stopped {latencyMs:F0} ms after its token was cancelled (bound {boundMs:F0} ms)");
    }
}
