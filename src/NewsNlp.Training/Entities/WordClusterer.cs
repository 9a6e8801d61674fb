using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using NewsNlp.Documents;
using NewsNlp.Learning;
using NewsNlp.Tokenization;

namespace NewsNlp.Entities.Training;

/// <summary>
/// Learns word clusters from unlabelled text, a cheap stand-in for Brown clusters: each frequent lower-cased word gets a
/// vector of positive PMI with its left and right neighbours (the most frequent words), randomly projected to a few dozen
/// dimensions, then spherical k-means groups the vectors (fine and coarse). Deterministic: fixed seeds, ordinal sorting.
/// </summary>
internal static partial class WordClusterer
{
    private const int MinCount = 3;
    private const int MaxVocabulary = 80_000;
    private const int ContextWords = 1_000;
    private const int Dimensions = 96;
    private const int Iterations = 12;

    /// <summary>
    /// Lower-cased word hash → packed lexicon value (see <see cref="NerLexicon.Pack"/>): fine and coarse clusters (1-based)
    /// and a case profile (how often the word is capitalised where capitalisation is not forced).
    /// </summary>
    public static Dictionary<ulong, int> Cluster(IEnumerable<(ulong[] Words, byte[] Case)> documents, int fineCount, int coarseCount, ILogger log, CancellationToken cancellationToken)
    {
        List<(ulong[] Words, byte[] Case)> corpus = [.. documents];
        List<ulong[]> docs = corpus.ConvertAll(d => d.Words);
        var counts = new Dictionary<ulong, int>();
        var capitalised = new Dictionary<ulong, (int Free, int Capital)>();
        long total = 0;
        foreach ((ulong[] words, byte[] cases) in corpus)
        {
            for (int i = 0; i < words.Length; i++)
            {
                ulong w = words[i];
                counts[w] = counts.GetValueOrDefault(w) + 1;
                total++;
                if (cases[i] != CaseForced)
                {
                    (int free, int capital) = capitalised.GetValueOrDefault(w);
                    capitalised[w] = (free + 1, capital + (cases[i] == CaseCapital ? 1 : 0));
                }
            }
        }

        ulong[] vocab = counts.Where(kv => kv.Value >= MinCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Take(MaxVocabulary).Select(kv => kv.Key).ToArray();
        var index = new Dictionary<ulong, int>(vocab.Length);
        for (int i = 0; i < vocab.Length; i++)
        {
            index[vocab[i]] = i;
        }

        int contexts = Math.Min(ContextWords, vocab.Length);
        NerTrainingLog.ClusterVocabulary(log, total, counts.Count, vocab.Length, MinCount);

        // Co-occurrence pairs (word, context slot) as sortable longs: slot < contexts is a left neighbour, else right (+contexts).
        var pairs = new List<long>((int)Math.Min(total * 2, 40_000_000));
        foreach (ulong[] d in docs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int t = 0; t < d.Length; t++)
            {
                if (!index.TryGetValue(d[t], out int w))
                {
                    continue;
                }

                int left = t > 0 && index.TryGetValue(d[t - 1], out int l) && l < contexts ? l : -1;
                int right = t + 1 < d.Length && index.TryGetValue(d[t + 1], out int r) && r < contexts ? r : -1;
                if (left >= 0)
                {
                    pairs.Add(((long)w << 20) | (uint)left);
                }

                if (right >= 0)
                {
                    pairs.Add(((long)w << 20) | (uint)(right + contexts));
                }
            }
        }

        pairs.Sort();
        var wordTotals = new double[vocab.Length];
        var contextTotals = new double[2 * contexts];
        int p0 = 0;
        var triples = new List<(int Word, int Context, int Count)>();
        while (p0 < pairs.Count)
        {
            int p1 = p0;
            while (p1 < pairs.Count && pairs[p1] == pairs[p0])
            {
                p1++;
            }

            int w = (int)(pairs[p0] >> 20), c = (int)(pairs[p0] & 0xFFFFF);
            triples.Add((w, c, p1 - p0));
            wordTotals[w] += p1 - p0;
            contextTotals[c] += p1 - p0;
            p0 = p1;
        }

        pairs.Clear();
        double sum = contextTotals.Sum();
        float[][] projection = RandomProjection(2 * contexts);
        float[] vectors = new float[vocab.Length * Dimensions];
        foreach ((int w, int c, int n) in triples)
        {
            double pmi = Math.Log(n * sum / (wordTotals[w] * contextTotals[c]));
            if (pmi <= 0)
            {
                continue;
            }

            Span<float> v = vectors.AsSpan(w * Dimensions, Dimensions);
            float[] r = projection[c];
            for (int k = 0; k < Dimensions; k++)
            {
                v[k] += (float)pmi * r[k];
            }
        }

        for (int w = 0; w < vocab.Length; w++)
        {
            Normalize(vectors.AsSpan(w * Dimensions, Dimensions));
        }

        int[] fine = KMeans(vectors, vocab.Length, Math.Min(fineCount, vocab.Length), log, "fine", cancellationToken);
        int[] coarse = KMeans(vectors, vocab.Length, Math.Min(coarseCount, vocab.Length), log, "coarse", cancellationToken);
        var result = new Dictionary<ulong, int>(vocab.Length);
        for (int w = 0; w < vocab.Length; w++)
        {
            (int free, int capital) = capitalised.GetValueOrDefault(vocab[w]);
            result[vocab[w]] = NerLexicon.Pack(fine[w] + 1, coarse[w] + 1, CaseProfile(free, capital));
        }

        return result;
    }

    /// <summary>Lower-cased token hashes and case classes of every document in the unlabelled corpora under <paramref name="directory"/>.</summary>
    public static IEnumerable<(ulong[] Words, byte[] Case)> ReadUnlabeled(string directory)
    {
        var tokenizer = NewsTokenizer.Default;
        foreach (string text in Texts(directory))
        {
            var table = new TokenTable();
            tokenizer.Tokenize(text, table);
            string[] tokens = new string[table.Count];
            for (int i = 0; i < table.Count; i++)
            {
                tokens[i] = text.Substring(table[i].Start, table[i].Length);
            }

            yield return Encode(tokens, lineStarts: i => i == 0 || text.AsSpan(table[i - 1].End, table[i].Start - table[i - 1].End).Contains('\n'));
        }
    }

    /// <summary>Hashes and case classes of a token sequence; the first token of a sentence or line counts as forced case.</summary>
    public static (ulong[] Words, byte[] Case) Encode(IReadOnlyList<string> tokens, Func<int, bool> lineStarts)
    {
        ulong[] words = new ulong[tokens.Count];
        byte[] cases = new byte[tokens.Count];
        int letters = 0, capitals = 0;
        foreach (string t in tokens)
        {
            if (t.Any(char.IsLetter))
            {
                letters++;
                if (!t.Any(char.IsLower))
                {
                    capitals++;
                }
            }
        }

        bool allCapsText = letters > 0 && capitals * 2 > letters;
        for (int i = 0; i < tokens.Count; i++)
        {
            string t = tokens[i];
            words[i] = NerLexicon.WordKey(t);
            bool forced = allCapsText || lineStarts(i) || (i > 0 && tokens[i - 1] is "." or "?" or "!" or ":" or "\"" or "``" or "'");
            int first = t.AsSpan().IndexOfAnyExceptInRange('\0', '@');
            cases[i] = forced || first < 0 ? CaseForced : char.IsUpper(t[first]) ? CaseCapital : CaseLower;
        }

        return (words, cases);
    }

    private const byte CaseLower = 0;
    private const byte CaseCapital = 1;
    private const byte CaseForced = 2;

    /// <summary>0 unknown; 1..5 for a capitalised share of under 5 %, 30 %, 70 %, 95 %, or more.</summary>
    private static int CaseProfile(int free, int capital)
    {
        if (free < 2)
        {
            return 0;
        }

        double share = (double)capital / free;
        return share < 0.05 ? 1 : share < 0.3 ? 2 : share < 0.7 ? 3 : share < 0.95 ? 4 : 5;
    }

    private static IEnumerable<string> Texts(string directory)
    {
        string reuters = Path.Combine(directory, "reuters21578");
        if (Directory.Exists(reuters))
        {
            Encoding latin1 = Encoding.Latin1;
            foreach (string file in Directory.GetFiles(reuters, "*.sgm").Order(StringComparer.Ordinal))
            {
                string sgml = File.ReadAllText(file, latin1);
                foreach (Match m in ReutersText().Matches(sgml))
                {
                    yield return System.Net.WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[1].Value, "\n"));
                }
            }
        }

        string bbc = Path.Combine(directory, "bbc");
        if (Directory.Exists(bbc))
        {
            foreach (string file in Directory.GetFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (!file.EndsWith("README.TXT", StringComparison.OrdinalIgnoreCase))
                {
                    yield return File.ReadAllText(file, new UTF8Encoding(false, false));
                }
            }
        }

        string ag = Path.Combine(directory, "ag_news", "test.csv");
        if (File.Exists(ag))
        {
            foreach (string[] row in CsvLines.Read(ag))
            {
                if (row.Length >= 3)
                {
                    yield return row[1] + "\n" + row[2].Replace("\\n", "\n", StringComparison.Ordinal);
                }
            }
        }
    }

    private static int[] KMeans(float[] vectors, int n, int k, ILogger log, string name, CancellationToken cancellationToken)
    {
        const int d = Dimensions;
        float[] centroids = new float[k * d];
        // Deterministic spread initialisation over the frequency ranking.
        for (int c = 0; c < k; c++)
        {
            int w = (int)((long)c * n / k);
            vectors.AsSpan(w * d, d).CopyTo(centroids.AsSpan(c * d, d));
        }

        int[] assign = new int[n];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int changed = 0;
            for (int w = 0; w < n; w++)
            {
                ReadOnlySpan<float> v = vectors.AsSpan(w * d, d);
                int best = 0;
                float bestDot = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float dot = Dot(v, centroids.AsSpan(c * d, d));
                    if (dot > bestDot)
                    {
                        bestDot = dot;
                        best = c;
                    }
                }

                if (assign[w] != best || iteration == 0)
                {
                    changed++;
                }

                assign[w] = best;
            }

            Array.Clear(centroids);
            for (int w = 0; w < n; w++)
            {
                Span<float> c = centroids.AsSpan(assign[w] * d, d);
                ReadOnlySpan<float> v = vectors.AsSpan(w * d, d);
                for (int j = 0; j < d; j++)
                {
                    c[j] += v[j];
                }
            }

            for (int c = 0; c < k; c++)
            {
                Normalize(centroids.AsSpan(c * d, d));
            }

            NerTrainingLog.ClusterIteration(log, name, k, iteration + 1, changed);
            if (changed < n / 500)
            {
                break;
            }
        }

        return assign;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            acc += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        float s = Vector.Sum(acc);
        for (; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    private static void Normalize(Span<float> v)
    {
        double norm = 0;
        foreach (float x in v)
        {
            norm += x * x;
        }

        if (norm > 0)
        {
            float inv = (float)(1 / Math.Sqrt(norm));
            for (int i = 0; i < v.Length; i++)
            {
                v[i] *= inv;
            }
        }
    }

    private static float[][] RandomProjection(int rows)
    {
        float[][] projection = new float[rows][];
        for (int r = 0; r < rows; r++)
        {
            projection[r] = new float[Dimensions];
            for (int k = 0; k < Dimensions; k++)
            {
                ulong h = StableHash.Combine((ulong)r, (ulong)k + 0x1234);
                projection[r][k] = (h & 1) == 0 ? 1f : -1f;
            }
        }

        return projection;
    }

    [GeneratedRegex(@"<TEXT[^>]*>(.*?)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex ReutersText();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();
}
