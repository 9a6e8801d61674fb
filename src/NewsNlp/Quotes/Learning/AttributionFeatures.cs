using NewsNlp.Learning;

namespace NewsNlp.Quotes.Learning;

/// <summary>
/// Feature extraction of the attribution tagger: words and their neighbours, shapes, lexicon classes (cue verbs,
/// pronouns, role nouns), position inside quotation marks, distance to the nearest cue verb in the sentence, sentence
/// position and the two previous tags. Per-document arrays are computed once; each token's features are hashed buckets.
/// </summary>
internal sealed class AttributionFeatures
{
    public const int FeatureCount = 30;

    private readonly DocumentView _v;
    private readonly ulong[] _word;
    private readonly ulong[] _suffix;
    private readonly byte[] _cueLeft;
    private readonly byte[] _cueRight;
    private readonly byte[] _fromStart;
    private readonly byte[] _toEnd;
    private readonly bool[] _thatSinceCue;

    public AttributionFeatures(DocumentView v)
    {
        _v = v;
        int n = v.Count;
        _word = new ulong[n];
        _suffix = new ulong[n];
        _cueLeft = new byte[n];
        _cueRight = new byte[n];
        _fromStart = new byte[n];
        _toEnd = new byte[n];
        _thatSinceCue = new bool[n];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<char> c = v.Chars(i);
            _word[i] = StableHash.AddLower(StableHash.Seed, c);
            _suffix[i] = StableHash.AddLower(StableHash.Seed, c.Length > 3 ? c[^3..] : c);
        }

        var sentences = v.Document.Sentences;
        for (int s = 0; s < sentences.Count; s++)
        {
            int a = Math.Max(0, sentences[s].FirstToken), b = Math.Min(n, sentences[s].EndToken);
            int last = -1;
            bool that = false;
            for (int i = a; i < b; i++)
            {
                _fromStart[i] = Bucket(i - a);
                _toEnd[i] = Bucket(b - 1 - i);
                _cueLeft[i] = last < 0 ? (byte)0 : (byte)(1 + Bucket(i - last));
                _thatSinceCue[i] = that;
                if (IsCue(v, i))
                {
                    last = i;
                    that = false;
                }
                else if (v.Is(i, WordClass.That))
                {
                    that = last >= 0;
                }
            }

            int next = -1;
            for (int i = b - 1; i >= a; i--)
            {
                _cueRight[i] = next < 0 ? (byte)0 : (byte)(1 + Bucket(next - i));
                if (IsCue(v, i))
                {
                    next = i;
                }
            }
        }
    }

    private static bool IsCue(DocumentView v, int i) => v.Is(i, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.According | WordClass.CueNoun);

    private static byte Bucket(int d) => d switch
    {
        0 => 0,
        1 => 1,
        2 => 2,
        <= 4 => 3,
        <= 7 => 4,
        <= 12 => 5,
        <= 20 => 6,
        _ => 7,
    };

    /// <summary>Writes the feature buckets of token <paramref name="i"/> given the previous two tags.</summary>
    public void Extract(int i, int prev, int prev2, AveragedPerceptron model, Span<int> buckets)
    {
        DocumentView v = _v;
        int n = v.Count;
        ulong w0 = _word[i];
        ulong wm1 = i > 0 ? _word[i - 1] : 1;
        ulong wm2 = i > 1 ? _word[i - 2] : 2;
        ulong wp1 = i + 1 < n ? _word[i + 1] : 3;
        ulong wp2 = i + 2 < n ? _word[i + 2] : 4;
        ulong c0 = (ulong)v.Classes[i];
        ulong cm1 = i > 0 ? (ulong)v.Classes[i - 1] : 0x1_0000_0000UL;
        ulong cp1 = i + 1 < n ? (ulong)v.Classes[i + 1] : 0x2_0000_0000UL;
        ulong s0 = (ulong)v.Shapes[i];
        ulong sm1 = i > 0 ? (ulong)v.Shapes[i - 1] : 99;
        ulong sp1 = i + 1 < n ? (ulong)v.Shapes[i + 1] : 99;
        ulong q0 = v.InQuote(i) ? 1UL : 0UL;
        ulong qm1 = i > 0 && v.InQuote(i - 1) ? 1UL : 0UL;
        ulong qp1 = i + 1 < n && v.InQuote(i + 1) ? 1UL : 0UL;
        ulong para = i == 0 || v.ParagraphOf[i - 1] != v.ParagraphOf[i] ? 1UL : 0UL;
        ulong sent = i == 0 || v.SentenceOf[i - 1] != v.SentenceOf[i] ? 1UL : 0UL;
        ulong p1 = (ulong)prev, p2 = (ulong)prev2;
        ulong cl = _cueLeft[i], cr = _cueRight[i];
        ulong that = _thatSinceCue[i] ? 1UL : 0UL;

        int k = 0;
        buckets[k++] = B(model, 0, 0);
        buckets[k++] = B(model, 1, w0);
        buckets[k++] = B(model, 2, wm1);
        buckets[k++] = B(model, 3, wp1);
        buckets[k++] = B(model, 4, wm2);
        buckets[k++] = B(model, 5, wp2);
        buckets[k++] = B(model, 6, s0 | (sm1 << 8) | (sp1 << 16));
        buckets[k++] = B(model, 7, _suffix[i]);
        buckets[k++] = B(model, 8, c0);
        buckets[k++] = B(model, 9, cm1);
        buckets[k++] = B(model, 10, cp1);
        buckets[k++] = B(model, 11, p1);
        buckets[k++] = B(model, 12, p1 | (p2 << 8));
        buckets[k++] = B(model, 13, StableHash.Add(w0, p1));
        buckets[k++] = B(model, 14, q0 | (qm1 << 1) | (qp1 << 2) | (s0 << 4));
        buckets[k++] = B(model, 15, cl | (cr << 8));
        buckets[k++] = B(model, 16, cl | (p1 << 8));
        buckets[k++] = B(model, 17, cr | (p1 << 8));
        buckets[k++] = B(model, 18, (ulong)_fromStart[i] | ((ulong)_toEnd[i] << 8));
        buckets[k++] = B(model, 19, (ulong)_toEnd[i] | (p1 << 8));
        buckets[k++] = B(model, 20, that | (p1 << 4) | (cl << 8));
        buckets[k++] = B(model, 21, c0 ^ (p1 << 40));
        buckets[k++] = B(model, 22, StableHash.Add(wm1, w0));
        buckets[k++] = B(model, 23, StableHash.Add(w0, wp1));
        buckets[k++] = B(model, 24, para | (sent << 1) | (p1 << 4));
        buckets[k++] = B(model, 25, q0 | (p1 << 4) | (s0 << 8));
        buckets[k++] = B(model, 26, StableHash.Add(wm1, p1));
        buckets[k++] = B(model, 27, cm1 ^ (p1 << 40) ^ (s0 << 48));
        buckets[k++] = B(model, 28, StableHash.Add(wp1, p1));
        buckets[k++] = B(model, 29, cp1 ^ (sp1 << 40) ^ (p1 << 48));
    }

    // A fixed multiplicative mix (stable across processes and platforms); buckets fold the high bits in.
    private static int B(AveragedPerceptron model, ulong template, ulong value)
    {
        ulong h = (value ^ (template * 0xD6E8FEB86659FD93UL)) * 0x9E3779B97F4A7C15UL;
        return model.BucketOf(h ^ (h >> 31));
    }
}
