using System.Globalization;
using System.Text;
using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.MiniLM.Tool;

/// <summary>
/// An <see cref="ITextEmbedder"/> that keeps every vector it has computed in a file (text → vector) and encodes only texts it
/// has not seen, in chunks appended to the file as they finish: training runs and test runs share one encoding of the data.
/// The vectors are the inner encoder's (deterministic), so a cached run gives the same bytes as an uncached one.
/// </summary>
internal sealed class CachedEmbedder : ITextEmbedder
{
    private const int Chunk = 2_000;

    private readonly ITextEmbedder _inner;
    private readonly string _path;
    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public CachedEmbedder(ITextEmbedder inner, string path)
    {
        _inner = inner;
        _path = path;
        if (File.Exists(path))
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            while (reader.BaseStream.Position < reader.BaseStream.Length)
            {
                try
                {
                    string text = reader.ReadString();
                    int n = reader.ReadInt32();
                    var v = new float[n];
                    for (int i = 0; i < n; i++)
                    {
                        v[i] = reader.ReadSingle();
                    }

                    _vectors[text] = v;
                }
                catch (EndOfStreamException)
                {
                    break;
                }
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"encoder cache {path}: {_vectors.Count} vectors"));
        }
    }

    public string Name => _inner.Name;

    public int Dimension => _inner.Dimension;

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        lock (_gate)
        {
            string[] missing = [.. texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal)];
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (int start = 0; start < missing.Length; start += Chunk)
            {
                string[] chunk = missing[start..Math.Min(missing.Length, start + Chunk)];
                IReadOnlyList<float[]> vectors = _inner.Embed(chunk, cancellationToken);
                using (var writer = new BinaryWriter(new FileStream(_path, FileMode.Append), Encoding.UTF8))
                {
                    for (int i = 0; i < chunk.Length; i++)
                    {
                        _vectors[chunk[i]] = vectors[i];
                        writer.Write(chunk[i]);
                        writer.Write(vectors[i].Length);
                        foreach (float x in vectors[i])
                        {
                            writer.Write(x);
                        }
                    }
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"encoded {start + chunk.Length} of {missing.Length} new texts in {watch.Elapsed.TotalSeconds:F0} s"));
            }

            return [.. texts.Select(t => _vectors[t])];
        }
    }
}
