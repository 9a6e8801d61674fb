namespace NewsNlp.Entities;

/// <summary>
/// Forward–backward over one sentence's BILOU lattice (the Viterbi decoder's emissions and transitions, divided by a
/// temperature): the probability, under the model's scores read as a linear-chain CRF, that a span carries exactly the
/// labels the decoder gave it. Scaled (normalised at every step) rather than in log space: one exponential per token and
/// label, so the confidences cost a fraction of decoding.
/// </summary>
internal sealed class SpanMarginals
{
    private const int K = BilouLabels.Count;
    private double[] _alpha = new double[64 * K];
    private double[] _beta = new double[64 * K];
    private double[] _weights = new double[64 * K];
    private double[] _scale = new double[64];
    private readonly double[] _transitions = new double[(K + 2) * K];
    private readonly double[] _into = new double[K * K];
    private float[]? _transitionsOf;
    private double _temperatureOf;
    private int _length;
    private double _zHat;

    /// <summary>Builds the lattice for the <paramref name="m"/> tokens of <paramref name="emissions"/> (<c>m × 17</c>).</summary>
    /// <param name="emissions">Scores, <c>m × 17</c>.</param>
    /// <param name="m">Number of tokens.</param>
    /// <param name="transitions">The transition table; its factors are computed once per table and temperature and reused
    /// while this instance sees the same (unchanged) table again.</param>
    /// <param name="temperature">The calibration temperature.</param>
    /// <param name="cancellationToken">Checked every few thousand tokens (a sentence may hold millions).</param>
    public void Compute(ReadOnlySpan<float> emissions, int m, float[] transitions, double temperature, CancellationToken cancellationToken = default)
    {
        _length = m;
        if (_alpha.Length < m * K)
        {
            int size = Math.Max(m, _scale.Length * 2);
            _alpha = new double[size * K];
            _beta = new double[size * K];
            _weights = new double[size * K];
            _scale = new double[size];
        }

        if (!ReferenceEquals(transitions, _transitionsOf) || temperature != _temperatureOf)
        {
            SetTransitions(transitions, temperature);
        }

        // Emission factors exp((e - max) / T) per token.
        for (int t = 0; t < m; t++)
        {
            if ((t & (NerDecoder.CancellationStride - 1)) == NerDecoder.CancellationStride - 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ReadOnlySpan<float> e = emissions.Slice(t * K, K);
            float max = float.NegativeInfinity;
            foreach (float v in e)
            {
                max = Math.Max(max, v);
            }

            for (int c = 0; c < K; c++)
            {
                _weights[(t * K) + c] = Math.Exp(((double)e[c] - max) / temperature);
            }
        }

        Forward(m, cancellationToken);
        Backward(m, cancellationToken);
    }

    // Transition factors exp(t / T), shifted by the largest finite weight (a constant per step cancels out): 323
    // exponentials, which cost more than the lattice of a short sentence, so they are kept for the next sentence.
    private void SetTransitions(float[] transitions, double temperature)
    {
        _transitionsOf = null;
        float maxTransition = float.NegativeInfinity;
        foreach (float t in transitions)
        {
            if (float.IsFinite(t) && t > maxTransition)
            {
                maxTransition = t;
            }
        }

        for (int i = 0; i < _transitions.Length; i++)
        {
            _transitions[i] = float.IsNegativeInfinity(transitions[i]) ? 0 : Math.Exp(((double)transitions[i] - maxTransition) / temperature);
        }

        for (int p = 0; p < K; p++)
        {
            for (int c = 0; c < K; c++)
            {
                _into[(c * K) + p] = _transitions[(p * K) + c];
            }
        }

        _transitionsOf = transitions;
        _temperatureOf = temperature;
    }

    /// <summary>The number of tokens the workspace holds without growing.</summary>
    public int Capacity => _scale.Length;

    /// <summary>
    /// The probability that tokens <paramref name="first"/>..<paramref name="end"/> (sentence-relative, end exclusive) carry
    /// exactly <paramref name="labels"/>[first..end] — for a BILOU mention, that this span is a mention of this type.
    /// </summary>
    public double Probability(ReadOnlySpan<int> labels, int first, int end)
    {
        if (_zHat <= 0 || first < 0 || end > _length || first >= end)
        {
            return 0;
        }

        double p = _alpha[(first * K) + labels[first]];
        for (int t = first + 1; t < end; t++)
        {
            p *= _transitions[(labels[t - 1] * K) + labels[t]] * _weights[(t * K) + labels[t]] / _scale[t];
        }

        p *= _beta[((end - 1) * K) + labels[end - 1]] / _zHat;
        return double.IsFinite(p) ? Math.Clamp(p, 0, 1) : 0;
    }

    private void Forward(int m, CancellationToken cancellationToken)
    {
        ReadOnlySpan<double> start = _transitions.AsSpan(NerModel.StartRow * K, K);
        double sum = 0;
        for (int c = 0; c < K; c++)
        {
            double v = start[c] * _weights[c];
            _alpha[c] = v;
            sum += v;
        }

        Normalize(0, sum);
        for (int t = 1; t < m; t++)
        {
            if ((t & (NerDecoder.CancellationStride - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            sum = 0;
            ReadOnlySpan<double> previous = _alpha.AsSpan((t - 1) * K, K);
            ReadOnlySpan<double> weights = _weights.AsSpan(t * K, K);
            Span<double> alpha = _alpha.AsSpan(t * K, K);
            for (int c = 0; c < K; c++)
            {
                // The same products summed in the same order as over the table's column c, read from its transpose.
                ReadOnlySpan<double> into = _into.AsSpan(c * K, K);
                double v = 0;
                for (int p = 0; p < K; p++)
                {
                    v += previous[p] * into[p];
                }

                v *= weights[c];
                alpha[c] = v;
                sum += v;
            }

            Normalize(t, sum);
        }

        ReadOnlySpan<double> endRow = _transitions.AsSpan(NerModel.EndRow * K, K);
        _zHat = 0;
        for (int c = 0; c < K; c++)
        {
            _zHat += _alpha[((m - 1) * K) + c] * endRow[c];
        }
    }

    private void Backward(int m, CancellationToken cancellationToken)
    {
        ReadOnlySpan<double> endRow = _transitions.AsSpan(NerModel.EndRow * K, K);
        for (int c = 0; c < K; c++)
        {
            _beta[((m - 1) * K) + c] = endRow[c];
        }

        for (int t = m - 2; t >= 0; t--)
        {
            if ((t & (NerDecoder.CancellationStride - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ReadOnlySpan<double> weights = _weights.AsSpan((t + 1) * K, K);
            ReadOnlySpan<double> next = _beta.AsSpan((t + 1) * K, K);
            Span<double> beta = _beta.AsSpan(t * K, K);
            double scale = _scale[t + 1];
            for (int c = 0; c < K; c++)
            {
                ReadOnlySpan<double> from = _transitions.AsSpan(c * K, K);
                double v = 0;
                for (int n = 0; n < K; n++)
                {
                    v += from[n] * weights[n] * next[n];
                }

                beta[c] = v / scale;
            }
        }
    }

    private void Normalize(int t, double sum)
    {
        // A sentence whose every path is impossible cannot happen with the BILOU table; guard against 0 anyway.
        _scale[t] = sum > 0 ? sum : 1;
        for (int c = 0; c < K; c++)
        {
            _alpha[(t * K) + c] /= _scale[t];
        }
    }
}
