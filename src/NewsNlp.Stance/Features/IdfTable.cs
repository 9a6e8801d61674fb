using System.Collections.Frozen;

namespace NewsNlp.Stance.Features;

/// <summary>Inverse document frequencies of stems and the average body length, learnt from training texts.</summary>
internal sealed class IdfTable
{
    private readonly FrozenDictionary<string, float> _idf;

    public IdfTable(Dictionary<string, float> idf, int documentCount, float averageLength)
    {
        _idf = idf.ToFrozenDictionary(StringComparer.Ordinal);
        DocumentCount = documentCount;
        AverageLength = averageLength;
        UnknownIdf = (float)(Math.Log((documentCount + 1.0) / 1.0) + 1.0);
    }

    public int DocumentCount { get; }

    /// <summary>Average number of words of a body (for BM25).</summary>
    public float AverageLength { get; }

    public float UnknownIdf { get; }

    public IReadOnlyDictionary<string, float> Entries => _idf;

    public float this[string stem] => _idf.TryGetValue(stem, out float v) ? v : UnknownIdf;

    /// <summary>Learns IDF over <paramref name="documents"/> (each counted once); stems seen in fewer than <paramref name="minCount"/> documents are dropped.</summary>
    public static IdfTable Learn(IEnumerable<PreparedText> documents, int minCount, CancellationToken cancellationToken)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = 0;
        long totalLength = 0;
        foreach (PreparedText doc in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            n++;
            totalLength += doc.Words.Length;
            foreach (string stem in doc.ContentCounts.Keys)
            {
                df[stem] = df.GetValueOrDefault(stem) + 1;
            }
        }

        var idf = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach ((string stem, int count) in df.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (count >= minCount)
            {
                idf[stem] = (float)(Math.Log((n + 1.0) / (count + 1.0)) + 1.0);
            }
        }

        return new IdfTable(idf, n, n == 0 ? 1 : (float)totalLength / n);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(DocumentCount);
        writer.Write(AverageLength);
        writer.Write(_idf.Count);
        foreach ((string stem, float value) in _idf.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(stem);
            writer.Write(value);
        }
    }

    public static IdfTable Read(BinaryReader reader)
    {
        int documents = reader.ReadInt32();
        float average = reader.ReadSingle();
        int count = NewsNlp.Learning.ModelFile.ReadCount(reader, 1 + sizeof(float), "IDF entries");
        if (documents < 0 || count > 10_000_000)
        {
            throw new InvalidDataException("Corrupt IDF table in the stance model.");
        }

        var idf = new Dictionary<string, float>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string stem = reader.ReadString();
            idf[stem] = reader.ReadSingle();
        }

        return new IdfTable(idf, documents, average);
    }
}
