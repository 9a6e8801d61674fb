using System.Text;
using BenchmarkDotNet.Attributes;
using NewsNlp.Documents;
using NewsNlp.Pipeline;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The default pipeline (tokenizer, sentences, NER, entity linking, quotes) on pathological input that used to take a
/// quadratic path, at sizes ×4 apart: the time per operation should grow about ×4 too (see docs/bad-input.md).
/// Run: <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*BadInputBenchmarks*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class BadInputBenchmarks
{
    private const string Tail = "\n\nThe meeting ended.\n\n“We will win the vote,” said John Smith.";

    private NewsPipeline _pipeline = null!;
    private string _text = string.Empty;

    /// <summary>The repeated pattern.</summary>
    public enum Pattern
    {
        /// <summary><c>He said ”””…” and then left.</c>: a run of closing quote marks in one token chunk.</summary>
        ClosingQuotes,

        /// <summary><c>“word more” “word more” …</c>: scare quotes, all dropped.</summary>
        ScareQuotes,

        /// <summary><c>He said He said … “…,” said John Smith.</c>: cue verbs in one long sentence.</summary>
        CueVerbs,

        /// <summary><c>John Smith met Anna Berg. “…,” they said.</c> in one paragraph: a plural pronoun with no group to refer to (a quarter of the repetitions: 60 characters each).</summary>
        PronounThey,
    }

    /// <summary>The pattern.</summary>
    [Params(Pattern.ClosingQuotes, Pattern.ScareQuotes, Pattern.CueVerbs, Pattern.PronounThey)]
    public Pattern Kind { get; set; }

    /// <summary>Repetitions of the pattern's unit (a quarter for <see cref="Pattern.PronounThey"/>).</summary>
    [Params(10_000, 40_000, 160_000)]
    public int Repetitions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = NewsPipeline.CreateDefault();
        _text = Build(Kind, Repetitions);
        _pipeline.Process("“We will win the vote,” said John Smith."); // load the models before measuring
    }

    /// <summary>Processes the text; token and quote counts are returned so nothing is optimised away.</summary>
    [Benchmark]
    public int Process()
    {
        NewsDocument document = _pipeline.Process(_text);
        return document.Tokens.Count + document.Quotes.Count;
    }

    /// <summary>The pathological text of <paramref name="kind"/> with <paramref name="repetitions"/> repetitions, then two normal paragraphs.</summary>
    public static string Build(Pattern kind, int repetitions) => kind switch
    {
        Pattern.ClosingQuotes => "He said " + new string('\u201D', repetitions) + " and then left." + Tail,
        Pattern.ScareQuotes => "Opening words " + Repeat("“word more” ", repetitions / 2) + Tail,
        Pattern.CueVerbs => Repeat("He said ", repetitions) + "“We will win the vote,” said John Smith." + Tail,
        Pattern.PronounThey => Repeat("John Smith met Anna Berg. “We will win the vote,” they said. ", repetitions / 4) + Tail,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Repeat(string unit, int count)
    {
        var text = new StringBuilder(unit.Length * count);
        for (int i = 0; i < count; i++)
        {
            text.Append(unit);
        }

        return text.ToString();
    }
}
