using BenchmarkDotNet.Attributes;
using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Linking;
using NewsNlp.Entities.Training;

namespace NewsNlp.Benchmarks;

/// <summary>
/// NER speed with tokens already made, one thread: each operation is one token (<c>OperationsPerInvoke</c>), so
/// BenchmarkDotNet's Mean is nanoseconds per token and Allocated is bytes per token.
/// Input: the first 50,000 tokens of <c>../shared/data/conll2003/dev.txt</c> as documents (its -DOCSTART- segments).
/// Run: <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*Ner*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private const int Tokens = 50_000;

    private NewsDocument[] _documents = [];
    private PerceptronEntityRecognizer _recognizer = null!;
    private readonly EntityLinkerStage _linker = new();

    /// <summary>Loads the model and builds the documents.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _recognizer = PerceptronEntityRecognizer.Default;
        string path = Path.Combine(FindRepoRoot(), "..", "shared", "data", "conll2003", "dev.txt");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The NER benchmark needs ../shared/data/conll2003/dev.txt beside the repository.", path);
        }

        var documents = new List<NewsDocument>();
        int remaining = Tokens;
        foreach (ConllDocument doc in ConllReader.ReadFile(path))
        {
            var sentences = new List<ConllSentence>();
            foreach (ConllSentence s in doc.Sentences)
            {
                if (remaining == 0)
                {
                    break;
                }

                int take = Math.Min(remaining, s.Words.Count);
                sentences.Add(new ConllSentence(s.Lines.Take(take).ToArray(), s.Words.Take(take).ToArray(), s.Tags.Take(take).ToArray()));
                remaining -= take;
            }

            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument([], sentences).ToNewsDocument());
            }

            if (remaining == 0)
            {
                break;
            }
        }

        _documents = [.. documents];
        if (_documents.Sum(d => d.Tokens.Count) != Tokens)
        {
            throw new InvalidOperationException("dev.txt has fewer tokens than the benchmark needs.");
        }

        _ = _recognizer.Recognize(_documents[0]);
    }

    /// <summary>Recognise entities (two Viterbi passes with document features); per token.</summary>
    [Benchmark(OperationsPerInvoke = Tokens)]
    public int Recognize()
    {
        int mentions = 0;
        foreach (NewsDocument doc in _documents)
        {
            mentions += _recognizer.Recognize(doc).Count;
        }

        return mentions;
    }

    /// <summary>Recognise entities and link them within each document; per token.</summary>
    [Benchmark(OperationsPerInvoke = Tokens)]
    public int RecognizeAndLink()
    {
        int clusters = 0;
        foreach (NewsDocument doc in _documents)
        {
            doc.Entities.Clear();
            doc.Entities.AddRange(_recognizer.Recognize(doc));
            _linker.Process(doc, CancellationToken.None);
            clusters += doc.EntityClusters.Count;
        }

        return clusters;
    }

    private static string FindRepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "NewsNlp.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("NewsNlp.sln not found above " + AppContext.BaseDirectory);
    }
}
