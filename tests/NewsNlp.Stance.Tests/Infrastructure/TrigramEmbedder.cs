using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.Tests.Infrastructure;

/// <summary>A deterministic stand-in sentence encoder for tests: hashed letter trigrams of the text, unit length.</summary>
internal sealed class TrigramEmbedder(string name = "trigrams-64") : ITextEmbedder
{
    public int Calls { get; private set; }

    public string Name { get; } = name;

    public int Dimension => 64;

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Calls++;
        return [.. texts.Select(t =>
        {
            var v = new float[Dimension];
            string s = " " + t.ToLowerInvariant() + " ";
            for (int i = 0; i + 3 <= s.Length; i++)
            {
                v[NewsNlp.Learning.StableHash.Bucket(NewsNlp.Learning.StableHash.Of(s.AsSpan(i, 3)), Dimension)] += 1;
            }

            float norm = MathF.Sqrt(v.Sum(x => x * x));
            return norm > 0 ? v.Select(x => x / norm).ToArray() : v;
        })];
    }
}
