namespace NewsNlp.Learning;

/// <summary>
/// A multiclass averaged perceptron over hashed binary features (Collins 2002; Freund &amp; Schapire 1999).
/// Weights are a dense <c>buckets × classes</c> table, row per feature bucket, so scoring a feature touches one cache line.
/// </summary>
/// <remarks>
/// Scoring is thread-safe and allocation-free. Training (<see cref="Update"/>, <see cref="Tick"/>, <see cref="Average"/>) is
/// single-threaded and deterministic: the same examples in the same order give the same weights.
/// Averaging uses the lazy trick: alongside each weight <c>w</c> keep <c>u = Σ t·Δ</c>; the average is <c>w − u / t</c>.
/// </remarks>
public sealed class AveragedPerceptron
{
    private readonly float[] _weights;
    private double[]? _timeWeighted;
    private long _time = 1;

    /// <summary>Creates an untrained model.</summary>
    /// <param name="classCount">Number of classes (at least 2).</param>
    /// <param name="bucketBits">Feature buckets as a power of two, e.g. 20 for 1,048,576.</param>
    public AveragedPerceptron(int classCount, int bucketBits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(bucketBits, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bucketBits, 26);
        ClassCount = classCount;
        BucketCount = 1 << bucketBits;
        _weights = new float[(long)BucketCount * classCount];
    }

    private AveragedPerceptron(int classCount, int bucketCount, float[] weights)
    {
        ClassCount = classCount;
        BucketCount = bucketCount;
        _weights = weights;
    }

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of feature buckets (a power of two).</summary>
    public int BucketCount { get; }

    /// <summary>Maps a feature hash to a bucket.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int BucketOf(ulong featureHash) => StableHash.Bucket(featureHash, BucketCount);

    /// <summary>Adds the weights of <paramref name="buckets"/> to <paramref name="scores"/> (length <see cref="ClassCount"/>), which the caller zeroes or seeds.</summary>
    public void AddScores(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        int k = ClassCount;
        if (scores.Length < k)
        {
            throw new ArgumentException($"scores must have at least {k} elements.", nameof(scores));
        }

        Span<float> s = scores[..k];
        float[] w = _weights;
        int width = System.Numerics.Vector<float>.Count;
        int vectorEnd = System.Numerics.Vector.IsHardwareAccelerated ? k - (k % width) : 0;
        foreach (int bucket in buckets)
        {
            ReadOnlySpan<float> row = w.AsSpan(bucket * k, k);
            int c = 0;
            for (; c < vectorEnd; c += width)
            {
                (new System.Numerics.Vector<float>(s[c..]) + new System.Numerics.Vector<float>(row[c..])).CopyTo(s[c..]);
            }

            for (; c < row.Length; c++)
            {
                s[c] += row[c];
            }
        }
    }

    /// <summary>
    /// The score of one class for <paramref name="buckets"/>: the same value, added in the same order, as element
    /// <paramref name="classIndex"/> of <see cref="AddScores"/> from zero, without reading the other classes.
    /// </summary>
    public float ScoreOf(ReadOnlySpan<int> buckets, int classIndex)
    {
        int k = ClassCount;
        ArgumentOutOfRangeException.ThrowIfNegative(classIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(classIndex, k);
        float[] w = _weights;
        float sum = 0;
        foreach (int bucket in buckets)
        {
            sum += w[(bucket * k) + classIndex];
        }

        return sum;
    }

    /// <summary>The highest-scoring class for <paramref name="buckets"/> (ties go to the lower class index).</summary>
    public int Predict(ReadOnlySpan<int> buckets)
    {
        Span<float> scores = ClassCount <= 64 ? stackalloc float[ClassCount] : new float[ClassCount];
        scores.Clear();
        AddScores(buckets, scores);
        return ArgMax(scores);
    }

    /// <summary>Index of the largest value (first on ties).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        if (scores.IsEmpty)
        {
            return 0;
        }

        int best = 0;
        float top = scores[0];
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > top)
            {
                best = c;
                top = scores[c];
            }
        }

        return best;
    }

    /// <summary>Training: moves weight from <paramref name="guess"/> to <paramref name="gold"/> for each bucket (no-op when equal).</summary>
    public void Update(ReadOnlySpan<int> buckets, int gold, int guess, float step = 1f)
    {
        if (gold == guess)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)gold, (uint)ClassCount, nameof(gold));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)guess, (uint)ClassCount, nameof(guess));
        double[] u = _timeWeighted ??= new double[_weights.Length];
        int k = ClassCount;
        double t = _time;
        foreach (int bucket in buckets)
        {
            int row = bucket * k;
            _weights[row + gold] += step;
            _weights[row + guess] -= step;
            u[row + gold] += t * step;
            u[row + guess] -= t * step;
        }
    }

    /// <summary>
    /// Training: adds <paramref name="delta"/> to one weight (bucket row, class column), keeping the averaging sums in step.
    /// Structured learners use it for updates that are not a gold/guess pair on the same features (e.g. label transitions).
    /// </summary>
    public void Adjust(int bucket, int classIndex, float delta)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)bucket, (uint)BucketCount, nameof(bucket));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)classIndex, (uint)ClassCount, nameof(classIndex));
        double[] u = _timeWeighted ??= new double[_weights.Length];
        int i = (bucket * ClassCount) + classIndex;
        _weights[i] += delta;
        u[i] += _time * (double)delta;
    }

    /// <summary>The weight of one (bucket, class) cell.</summary>
    public float Weight(int bucket, int classIndex)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)bucket, (uint)BucketCount, nameof(bucket));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)classIndex, (uint)ClassCount, nameof(classIndex));
        return _weights[(bucket * ClassCount) + classIndex];
    }

    /// <summary>Training: call once per training example (after its updates) to advance the averaging clock.</summary>
    public void Tick() => _time++;

    /// <summary>Training: replaces the weights by their average over all examples seen. Call once, after training.</summary>
    public void Average()
    {
        if (_timeWeighted is null)
        {
            return;
        }

        double t = _time;
        for (int i = 0; i < _weights.Length; i++)
        {
            _weights[i] = (float)(_weights[i] - (_timeWeighted[i] / t));
        }

        _timeWeighted = null;
    }

    /// <summary>A copy with averaged weights, leaving this model's training state intact (to evaluate on dev mid-training).</summary>
    public AveragedPerceptron AveragedCopy()
    {
        var copy = new AveragedPerceptron(ClassCount, BucketCount, (float[])_weights.Clone())
        {
            _timeWeighted = (double[]?)_timeWeighted?.Clone(),
            _time = _time,
        };
        copy.Average();
        return copy;
    }

    /// <summary>
    /// The element-wise mean of trained (averaged) models of the same shape, e.g. the same learner run with different
    /// shuffle seeds: a cheap ensemble that costs nothing at prediction time.
    /// </summary>
    /// <exception cref="ArgumentException">The models differ in shape, or one is still being trained.</exception>
    public static AveragedPerceptron Mean(IReadOnlyList<AveragedPerceptron> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0)
        {
            throw new ArgumentException("At least one model is needed.", nameof(models));
        }

        AveragedPerceptron first = models[0];
        float[] sum = new float[first._weights.Length];
        foreach (AveragedPerceptron m in models)
        {
            if (m.ClassCount != first.ClassCount || m.BucketCount != first.BucketCount || m._timeWeighted is not null)
            {
                throw new ArgumentException("Models must have the same classes and buckets and be averaged.", nameof(models));
            }

            for (int i = 0; i < sum.Length; i++)
            {
                sum[i] += m._weights[i];
            }
        }

        float inv = 1f / models.Count;
        for (int i = 0; i < sum.Length; i++)
        {
            sum[i] *= inv;
        }

        return new AveragedPerceptron(first.ClassCount, first.BucketCount, sum);
    }

    /// <summary>Writes the weights, quantised to 16 bits against the largest magnitude (deterministic).</summary>
    public void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_timeWeighted is not null)
        {
            throw new InvalidOperationException("Call Average() before saving a model that is being trained.");
        }

        float max = 0;
        foreach (float w in _weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        float scale = max > 0 ? max / short.MaxValue : 1f;
        writer.Write(ClassCount);
        writer.Write(BucketCount);
        writer.Write(scale);
        byte[] buffer = new byte[_weights.Length * 2];
        for (int i = 0; i < _weights.Length; i++)
        {
            short q = (short)Math.Round(_weights[i] / scale);
            buffer[2 * i] = (byte)q;
            buffer[(2 * i) + 1] = (byte)(q >> 8);
        }

        writer.Write(buffer);
    }

    /// <summary>Reads weights written by <see cref="Save"/>.</summary>
    /// <exception cref="ModelFormatException">The sizes are invalid.</exception>
    public static AveragedPerceptron Load(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int classes = reader.ReadInt32();
        int buckets = reader.ReadInt32();
        float scale = reader.ReadSingle();
        if (classes < 2 || buckets < 16 || (buckets & (buckets - 1)) != 0 || (long)classes * buckets > 1L << 30 || !float.IsFinite(scale))
        {
            throw new ModelFormatException($"Invalid perceptron dimensions ({classes} classes, {buckets} buckets).");
        }

        long remaining = reader.BaseStream.CanSeek ? reader.BaseStream.Length - reader.BaseStream.Position : long.MaxValue;
        if ((long)classes * buckets * 2 > remaining)
        {
            throw new ModelFormatException($"Perceptron weights are truncated ({classes} x {buckets} weights announced, {remaining} bytes remain).");
        }

        float[] weights = new float[classes * buckets];
        byte[] buffer = reader.ReadBytes(weights.Length * 2);
        if (buffer.Length != weights.Length * 2)
        {
            throw new ModelFormatException("Perceptron weights are truncated.");
        }

        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (short)(buffer[2 * i] | (buffer[(2 * i) + 1] << 8)) * scale;
        }

        return new AveragedPerceptron(classes, buckets, weights);
    }
}
