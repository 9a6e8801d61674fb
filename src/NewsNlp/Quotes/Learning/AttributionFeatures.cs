using NewsNlp.Documents;
using NewsNlp.Learning;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Learning;

/// <summary>
/// Feature extraction of the attribution tagger: words and their neighbours, shapes, lexicon classes (cue verbs,
/// pronouns, role nouns), position inside quotation marks, the nearest cue word on each side in the sentence (its
/// identity and distance), entity types when a recogniser ran, sentence position and the two previous tags. The second
/// (stacked) pass also reads the first pass's roles around the token and in the sentence, which gives a left-to-right
/// tagger the right context it otherwise lacks (<c>…, the senator said.</c>). The per-token arrays cover a range of whole
/// sentences (the whole document when training; a chunk of paragraphs when tagging, see
/// <see cref="AttributionTagger"/>), indexed from <see cref="Start"/> less one token of margin; each token's features
/// are hashed buckets.
/// </summary>
internal sealed class AttributionFeatures : IDisposable
{
    private readonly bool _ownsBase;
    private bool _disposed;

    /// <summary>Templates of the first pass.</summary>
    public const int BaseCount = 39;

    /// <summary>Templates of the stacked pass: 14 of the first pass's and 8 of its own.</summary>
    public const int StackedCount = 22;

    /// <summary>Most templates of either pass.</summary>
    public const int MaxCount = BaseCount > StackedCount ? BaseCount : StackedCount;

    private readonly DocumentView _v;
    private readonly bool _ownsLevels;
    private readonly int _lo; // the document token at index 0 of the range arrays: Start less one token of margin
    private readonly byte[] _levels; // indexed by document token
    private readonly ulong[] _word;
    private readonly int[] _cueTokenLeft;  // the nearest cue word before the token in its sentence, or -1
    private readonly int[] _cueTokenRight; // the nearest cue word after it, or -1
    private readonly byte[] _cueLeft;
    private readonly byte[] _cueRight;
    private readonly byte[] _fromStart;
    private readonly byte[] _toEnd;
    private readonly byte[] _entity;
    private readonly byte[] _punctuationLeft;
    private readonly bool[] _thatSinceCue;
    private readonly WordClass[] _classes; // the lexicon's classes (DocumentView.LexiconClass) of the range and its margin
    private readonly int[]? _first;
    private readonly int _firstOffset; // _first[i - _firstOffset] is the first-pass tag of document token i
    private readonly byte[]? _firstCueLeft;
    private readonly byte[]? _firstCueRight;
    private readonly byte[]? _firstSentence;
    private readonly (int Start, int End) _firstSentenceRange; // the sentences of the range

    /// <summary>The first token these features describe (0 for a whole document).</summary>
    public int Start { get; }

    /// <summary>One past the last token these features describe (the document's token count for a whole document).</summary>
    public int End { get; }

    /// <summary>Writes every token's level in <paramref name="cues"/> into <paramref name="levels"/> (at least <c>v.Count</c> long) and returns it.</summary>
    public static byte[] ComputeLevels(DocumentView v, CueLexicon cues, byte[] levels)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(levels);
        ulong[] words = v.WordHashes;
        for (int i = 0; i < v.Count; i++)
        {
            levels[i] = cues.LevelOf(words[i]);
        }

        return levels;
    }

    /// <summary>First-pass features of a whole document.</summary>
    /// <param name="v">The document.</param>
    /// <param name="cues">The learned cue lexicon (see <see cref="CueLexicon"/>).</param>
    public AttributionFeatures(DocumentView v, CueLexicon cues)
        : this(v, cues, ComputeLevels(v, cues, Pool.Rent<byte>(v.Count)), ownsLevels: true, 0, v.Document.Sentences.Count, 0, v.Count)
    {
    }

    /// <summary>
    /// First-pass features of the tokens <c>[start, end)</c>, which hold the whole sentences
    /// <c>[firstSentence, endSentence)</c> and no part of another.
    /// </summary>
    /// <param name="v">The document.</param>
    /// <param name="cues">The learned cue lexicon (see <see cref="CueLexicon"/>).</param>
    /// <param name="levels">Every token's level in <paramref name="cues"/> (<see cref="ComputeLevels"/>; not copied).</param>
    /// <param name="firstSentence">The first sentence of the range.</param>
    /// <param name="endSentence">One past its last sentence.</param>
    /// <param name="start">The range's first token.</param>
    /// <param name="end">One past its last token.</param>
    /// <param name="gate">
    /// The sentences the pass tags (<see cref="AttributionTagger.Gate"/>), or null for all: the arrays are filled only for
    /// the tokens of those sentences and, for the per-token classes and entities read one token aside, their neighbours;
    /// a token of another sentence is never read (the pass labels it Outside without extracting), so its entries stay
    /// zero and the features of every tagged token are those of the full arrays.
    /// </param>
    public AttributionFeatures(DocumentView v, CueLexicon cues, byte[] levels, int firstSentence, int endSentence, int start, int end, bool[]? gate = null)
        : this(v, cues, levels, ownsLevels: false, firstSentence, endSentence, start, end, gate)
    {
    }

    private AttributionFeatures(DocumentView v, CueLexicon cues, byte[] levels, bool ownsLevels, int firstSentence, int endSentence, int start, int end, bool[]? gate = null)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(levels);
        _v = v;
        _ownsBase = true;
        _ownsLevels = ownsLevels;
        int n = v.Count;
        Start = start;
        End = end;
        _lo = Math.Max(0, start - 1);
        int hi = Math.Min(n, end + 1), length = hi - _lo;
        _levels = levels;
        _firstSentenceRange = (firstSentence, endSentence);
        _word = v.WordHashes;
        _cueTokenLeft = Pool.Rent<int>(length);
        _cueTokenRight = Pool.Rent<int>(length);
        Array.Fill(_cueTokenLeft, -1, 0, length);
        Array.Fill(_cueTokenRight, -1, 0, length);
        _cueLeft = Pool.Rent<byte>(length);
        _cueRight = Pool.Rent<byte>(length);
        _fromStart = Pool.Rent<byte>(length);
        _toEnd = Pool.Rent<byte>(length);
        _entity = Pool.Rent<byte>(length);
        _punctuationLeft = Pool.Rent<byte>(length);
        _thatSinceCue = Pool.Rent<bool>(length);
        _classes = Pool.Rent<WordClass>(length);
        byte[] cueLevels = _levels;
        int lo = _lo;
        for (int i = lo; i < hi; i++)
        {
            if (gate is not null && !Read(v, gate, i))
            {
                continue;
            }

            _classes[i - lo] = v.LexiconClass(i);
            if (v.HasEntities && v.EntityOf[i] >= 0)
            {
                EntityMention m = v.Document.Entities[v.EntityOf[i]];
                _entity[i - lo] = (byte)(1 + ((int)m.Type * 2) + (m.FirstToken == i ? 0 : 1));
            }
        }

        var sentences = v.Document.Sentences;
        for (int s = firstSentence; s < endSentence; s++)
        {
            if (gate is not null && !gate[s])
            {
                continue;
            }

            int a = Math.Max(0, sentences[s].FirstToken), b = Math.Min(n, sentences[s].EndToken);
            int last = -1;
            bool that = false;
            byte punctuation = 0;
            for (int i = a; i < b; i++)
            {
                int r = i - lo;
                _fromStart[r] = Bucket(i - a);
                _toEnd[r] = Bucket(b - 1 - i);
                _cueLeft[r] = last < 0 ? (byte)0 : (byte)(1 + Bucket(i - last));
                _cueTokenLeft[r] = last;
                _thatSinceCue[r] = that;
                _punctuationLeft[r] = punctuation;
                if (IsCue(cueLevels[i], _classes[r]))
                {
                    last = i;
                    that = false;
                }
                else if ((_classes[r] & WordClass.That) != 0)
                {
                    that = last >= 0;
                }

                if (v.Shapes[i] is TokenShape.Comma or TokenShape.Colon or TokenShape.Semicolon or TokenShape.Dash or TokenShape.QuoteMark)
                {
                    punctuation = (byte)(((int)v.Shapes[i] << 3) | Math.Min(7, (int)Bucket(i - a)));
                }
            }

            int next = -1;
            for (int i = b - 1; i >= a; i--)
            {
                _cueRight[i - lo] = next < 0 ? (byte)0 : (byte)(1 + Bucket(next - i));
                _cueTokenRight[i - lo] = next;

                if (IsCue(cueLevels[i], _classes[i - lo]))
                {
                    next = i;
                }
            }
        }
    }

    /// <summary>
    /// Stacked-pass features: the first-pass features of <paramref name="basis"/> (shared, not copied) plus the first
    /// pass's tags (<paramref name="firstPass"/>: the tag of document token <c>i</c> at <c>i - firstOffset</c>, for the
    /// tokens of the range and the two on each side of it).
    /// </summary>
    /// <param name="basis">The first-pass features of the range.</param>
    /// <param name="firstPass">The first pass's tags.</param>
    /// <param name="firstOffset">Document token <c>i</c>'s tag is at <c>i - firstOffset</c>.</param>
    /// <param name="gate">
    /// The sentences the stacked pass tags (<see cref="AttributionTagger.StackedGate(DocumentView, bool[], int[])"/>), or
    /// null for all: the first-pass role arrays, read only at the token itself, are filled only for those sentences.
    /// </param>
    public AttributionFeatures(AttributionFeatures basis, int[] firstPass, int firstOffset = 0, bool[]? gate = null)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(firstPass);
        DocumentView v = _v = basis._v;
        int n = v.Count;
        Start = basis.Start;
        End = basis.End;
        int lo = _lo = basis._lo;
        int length = Math.Min(n, End + 1) - lo;
        _levels = basis._levels;
        _word = basis._word;
        _cueTokenLeft = basis._cueTokenLeft;
        _cueTokenRight = basis._cueTokenRight;
        _cueLeft = basis._cueLeft;
        _cueRight = basis._cueRight;
        _fromStart = basis._fromStart;
        _toEnd = basis._toEnd;
        _entity = basis._entity;
        _punctuationLeft = basis._punctuationLeft;
        _thatSinceCue = basis._thatSinceCue;
        _classes = basis._classes;
        var sentences = v.Document.Sentences;
        _first = firstPass;
        _firstOffset = firstOffset;
        _firstCueLeft = Pool.Rent<byte>(length);
        _firstCueRight = Pool.Rent<byte>(length);
        _firstSentence = Pool.Rent<byte>(length);
        _firstSentenceRange = basis._firstSentenceRange;
        for (int s = _firstSentenceRange.Start; s < _firstSentenceRange.End; s++)
        {
            if (gate is not null && !gate[s])
            {
                continue;
            }

            int a = Math.Max(0, sentences[s].FirstToken), b = Math.Min(n, sentences[s].EndToken);
            int last = -1;
            byte roles = 0;
            for (int i = a; i < b; i++)
            {
                _firstCueLeft[i - lo] = last < 0 ? (byte)0 : (byte)(1 + Bucket(i - last));
                int role = AttributionTag.Role(firstPass[i - firstOffset]);
                roles |= (byte)(1 << role);
                if (role == 2)
                {
                    last = i;
                }
            }

            int next = -1;
            for (int i = b - 1; i >= a; i--)
            {
                _firstCueRight[i - lo] = next < 0 ? (byte)0 : (byte)(1 + Bucket(next - i));
                _firstSentence[i - lo] = roles;
                if (AttributionTag.Role(firstPass[i - firstOffset]) == 2)
                {
                    next = i;
                }
            }
        }
    }

    /// <summary>
    /// True when the pass reads token <paramref name="i"/>'s classes and entity: it lies in a tagged sentence, or next to a
    /// token that does (templates read them one token aside). A token outside every sentence is tagged, as the pass does.
    /// </summary>
    private static bool Read(DocumentView v, bool[] gate, int i) =>
        Tagged(v, gate, i) || (i > 0 && Tagged(v, gate, i - 1)) || (i + 1 < v.Count && Tagged(v, gate, i + 1));

    private static bool Tagged(DocumentView v, bool[] gate, int i) => v.SentenceOf[i] is var s && (s < 0 || gate[s]);

    /// <summary>Each token's level in the learned cue lexicon, indexed by document token (the first <c>Count</c> tokens of the document; the array may be longer).</summary>
    public byte[] Levels => _levels;

    /// <summary>Returns the arrays this instance rented to the shared pool (a stacked instance only its own).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_firstCueLeft is not null)
        {
            Pool.Return(_firstCueLeft);
            Pool.Return(_firstCueRight!);
            Pool.Return(_firstSentence!);
        }

        if (!_ownsBase)
        {
            return;
        }

        if (_ownsLevels)
        {
            Pool.Return(_levels);
        }

        Pool.Return(_cueTokenLeft);
        Pool.Return(_cueTokenRight);
        Pool.Return(_cueLeft);
        Pool.Return(_cueRight);
        Pool.Return(_fromStart);
        Pool.Return(_toEnd);
        Pool.Return(_entity);
        Pool.Return(_punctuationLeft);
        Pool.Return(_thatSinceCue);
        Pool.Return(_classes);
    }

    /// <summary>Number of buckets <see cref="Extract"/> writes at most.</summary>
    public int Count => _first is null ? BaseCount : StackedCount;


    /// <summary>The hand-made lexicon's classes of words that may report speech or thought.</summary>
    public const WordClass CueClasses = WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.According | WordClass.CueNoun;

    /// <summary>True for a word that may report speech or thought (the hand-made lexicon's cue classes or a learned cue word).</summary>
    public static bool IsCue(DocumentView v, byte[] cueLevels, int i) =>
        cueLevels[i] >= CueLexicon.CueLevel || ((uint)i < (uint)v.Count && (v.LexiconClass(i) & CueClasses) != 0);

    /// <summary><see cref="IsCue(DocumentView, byte[], int)"/> of a token of the document given its cue level and lexicon classes.</summary>
    private static bool IsCue(byte cueLevel, WordClass classes) => cueLevel >= CueLexicon.CueLevel || (classes & CueClasses) != 0;

    // 0, 1, 2, then 3 up to 4, 4 up to 7, 5 up to 12, 6 up to 20 and 7 beyond (3 below 0, which no distance is).
    private static byte Bucket(int d) => (uint)d < (uint)DistanceBuckets.Length ? DistanceBuckets[d] : d < 0 ? (byte)3 : (byte)7;

    private static ReadOnlySpan<byte> DistanceBuckets => [0, 1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6];

    /// <summary>Writes the feature buckets of token <paramref name="i"/> given the previous two tags; returns <see cref="Count"/>.</summary>
    public int Extract(int i, int prev, int prev2, AveragedPerceptron model, Span<int> buckets)
    {
        var sink = new BucketList(buckets);
        Extract(i, prev, prev2, MaskOf(model), ref sink);
        return sink.Count;
    }

    /// <summary>
    /// Gives <paramref name="sink"/> the feature buckets of token <paramref name="i"/> given the previous two tags, in
    /// template order (<see cref="Count"/> of them; <paramref name="mask"/>: the model's bucket count less one). A sink that
    /// sums weight rows as they come (<see cref="RowSum"/>) scores without writing the
    /// buckets down: the same sums in the same order as <see cref="NewsNlp.Learning.PaddedWeights.Score"/> over them.
    /// </summary>
    public void Extract<TSink>(int i, int prev, int prev2, ulong mask, ref TSink sink)
        where TSink : struct, IBucketSink, allows ref struct
    {
        // The sink is summed in a local copy, written back at the end: through the reference every bucket's add would
        // be a load and a store of the running sum (and every field read after it a reload), one chain through memory.
        TSink acc = sink;
        DocumentView v = _v;
        int n = v.Count;
        ulong w0 = _word[i];
        ulong wm1 = i > 0 ? _word[i - 1] : 1;
        ulong wm2 = i > 1 ? _word[i - 2] : 2;
        ulong wp1 = i + 1 < n ? _word[i + 1] : 3;
        ulong wp2 = i + 2 < n ? _word[i + 2] : 4;
        int r = i - _lo;
        WordClass[] classes = _classes;
        ulong c0 = (ulong)classes[r];
        ulong cm1 = i > 0 ? (ulong)classes[r - 1] : 0x1_0000_0000UL;
        ulong cp1 = i + 1 < n ? (ulong)classes[r + 1] : 0x2_0000_0000UL;
        ulong s0 = (ulong)v.Shapes[i];
        ulong sm1 = i > 0 ? (ulong)v.Shapes[i - 1] : 99;
        ulong sp1 = i + 1 < n ? (ulong)v.Shapes[i + 1] : 99;
        ulong q0 = v.InQuote(i) ? 1UL : 0UL;
        ulong qm1 = i > 0 && v.InQuote(i - 1) ? 1UL : 0UL;
        ulong qp1 = i + 1 < n && v.InQuote(i + 1) ? 1UL : 0UL;
        ulong para = i == 0 || v.ParagraphOf[i - 1] != v.ParagraphOf[i] ? 1UL : 0UL;
        ulong sent = i == 0 || v.SentenceOf[i - 1] != v.SentenceOf[i] ? 1UL : 0UL;
        ulong p1 = (ulong)prev, p2 = (ulong)prev2;
        ulong cl = _cueLeft[r], cr = _cueRight[r];
        ulong that = _thatSinceCue[r] ? 1UL : 0UL;
        ulong e0 = _entity[r];
        ulong em1 = i > 0 ? (ulong)_entity[r - 1] : 15UL;
        ulong ep1 = i + 1 < n ? (ulong)_entity[r + 1] : 15UL;

        if (_first is not null)
        {
            // The stacked pass: a lean subset of the first-pass templates (its strength is the first pass's labels;
            // the full set was no better on PolNeAR dev and cost twice the time).
            acc.Add(B(mask, 0, 0));
            acc.Add(B(mask, 1, w0));
            acc.Add(B(mask, 2, wm1));
            acc.Add(B(mask, 3, wp1));
            acc.Add(B(mask, 6, s0 | (sm1 << 8) | (sp1 << 16)));
            acc.Add(B(mask, 8, c0));
            acc.Add(B(mask, 11, p1));
            acc.Add(B(mask, 12, p1 | (p2 << 8)));
            acc.Add(B(mask, 13, StableHash.Combine(w0, p1)));
            acc.Add(B(mask, 14, q0 | (qm1 << 1) | (qp1 << 2) | (s0 << 4)));
            acc.Add(B(mask, 15, cl | (cr << 8)));
            acc.Add(B(mask, 21, c0 ^ (p1 << 40)));
            acc.Add(B(mask, 24, para | (sent << 1) | (p1 << 4)));
            acc.Add(B(mask, 33, e0 | (em1 << 8) | (ep1 << 16) | (p1 << 24)));
            StackedFeatures(i, p1, s0, w0, mask, ref acc);
            sink = acc;
            return;
        }

        acc.Add(B(mask, 0, 0));
        acc.Add(B(mask, 1, w0));
        acc.Add(B(mask, 2, wm1));
        acc.Add(B(mask, 3, wp1));
        acc.Add(B(mask, 4, wm2));
        acc.Add(B(mask, 5, wp2));
        acc.Add(B(mask, 6, s0 | (sm1 << 8) | (sp1 << 16)));
        acc.Add(B(mask, 7, Suffix(i)));
        acc.Add(B(mask, 8, c0));
        acc.Add(B(mask, 9, cm1));
        acc.Add(B(mask, 10, cp1));
        acc.Add(B(mask, 11, p1));
        acc.Add(B(mask, 12, p1 | (p2 << 8)));
        acc.Add(B(mask, 13, StableHash.Combine(w0, p1)));
        acc.Add(B(mask, 14, q0 | (qm1 << 1) | (qp1 << 2) | (s0 << 4)));
        acc.Add(B(mask, 15, cl | (cr << 8)));
        acc.Add(B(mask, 16, cl | (p1 << 8)));
        acc.Add(B(mask, 17, cr | (p1 << 8)));
        acc.Add(B(mask, 18, (ulong)_fromStart[r] | ((ulong)_toEnd[r] << 8)));
        acc.Add(B(mask, 19, (ulong)_toEnd[r] | (p1 << 8)));
        acc.Add(B(mask, 20, that | (p1 << 4) | (cl << 8)));
        acc.Add(B(mask, 21, c0 ^ (p1 << 40)));
        acc.Add(B(mask, 22, StableHash.Combine(wm1, w0)));
        acc.Add(B(mask, 23, StableHash.Combine(w0, wp1)));
        acc.Add(B(mask, 24, para | (sent << 1) | (p1 << 4)));
        acc.Add(B(mask, 25, q0 | (p1 << 4) | (s0 << 8)));
        acc.Add(B(mask, 26, StableHash.Combine(wm1, p1)));
        acc.Add(B(mask, 27, cm1 ^ (p1 << 40) ^ (s0 << 48)));
        acc.Add(B(mask, 28, StableHash.Combine(wp1, p1)));
        acc.Add(B(mask, 29, cp1 ^ (sp1 << 40) ^ (p1 << 48)));
        ulong cueWordLeft = WordAt(_cueTokenLeft[r]);
        acc.Add(B(mask, 30, StableHash.Combine(cueWordLeft, cl)));
        acc.Add(B(mask, 31, StableHash.Combine(WordAt(_cueTokenRight[r]), cr)));
        acc.Add(B(mask, 32, StableHash.Combine(cueWordLeft, p1 | (that << 8))));
        acc.Add(B(mask, 33, e0 | (em1 << 8) | (ep1 << 16) | (p1 << 24)));
        acc.Add(B(mask, 34, (ulong)_punctuationLeft[r] | (p1 << 8) | (cl << 16)));
        acc.Add(B(mask, 35, e0 | (cr << 8) | (cl << 16) | (s0 << 24)));
        ulong l0 = _levels[i], lm1 = i > 0 ? _levels[i - 1] : 9UL, lp1 = i + 1 < n ? _levels[i + 1] : 9UL;
        acc.Add(B(mask, 48, l0 | (lm1 << 4) | (lp1 << 8)));
        acc.Add(B(mask, 49, l0 | (p1 << 4) | (c0 << 8)));
        acc.Add(B(mask, 50, lm1 | (p1 << 4) | (s0 << 8) | (l0 << 16)));
        sink = acc;
    }

    /// <summary>The hash of the token's last three characters (its word hash when it is shorter), read when needed rather than kept per token.</summary>
    private ulong Suffix(int i)
    {
        ReadOnlySpan<char> c = _v.Chars(i);
        return c.Length > 3 ? StableHash.AddLower(StableHash.Seed, c[^3..]) : _word[i];
    }

    /// <summary>The word hash of token <paramref name="t"/>, or 0 for none (-1).</summary>
    private ulong WordAt(int t) => t < 0 ? 0 : _word[t];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // keeps Extract's local sum a local
    private void StackedFeatures<TSink>(int i, ulong p1, ulong s0, ulong w0, ulong mask, ref TSink sink)
        where TSink : struct, IBucketSink, allows ref struct
    {
        int[] first = _first!;
        int n = _v.Count, f = i - _firstOffset;
        ulong f0 = (ulong)AttributionTag.Role(first[f]);
        ulong fm1 = i > 0 ? (ulong)AttributionTag.Role(first[f - 1]) : 7;
        ulong fp1 = i + 1 < n ? (ulong)AttributionTag.Role(first[f + 1]) : 7;
        ulong fm2 = i > 1 ? (ulong)AttributionTag.Role(first[f - 2]) : 7;
        ulong fp2 = i + 2 < n ? (ulong)AttributionTag.Role(first[f + 2]) : 7;
        int r = i - _lo;
        ulong fcl = _firstCueLeft![r], fcr = _firstCueRight![r], fs = _firstSentence![r];
        sink.Add(B(mask, 40, f0 | (fm1 << 4) | (fp1 << 8)));
        sink.Add(B(mask, 41, fm2 | (fm1 << 4) | (f0 << 8) | (fp1 << 12) | (fp2 << 16)));
        sink.Add(B(mask, 42, f0 | (p1 << 4)));
        sink.Add(B(mask, 43, fcl | (fcr << 8) | (f0 << 16)));
        sink.Add(B(mask, 44, fs | (f0 << 8) | (p1 << 12)));
        sink.Add(B(mask, 45, fcr | (p1 << 8) | (s0 << 16)));
        sink.Add(B(mask, 46, StableHash.Combine(w0, f0 | (fp1 << 4))));
        ulong firstTag = (uint)first[f], firstPrev = i > 0 ? (uint)first[f - 1] : 9U;
        sink.Add(B(mask, 47, firstTag | (firstPrev << 4) | (p1 << 8)));
    }

    // A fixed multiplicative mix (stable across processes and platforms); buckets fold the high bits in: the model's
    // BucketOf (StableHash.Bucket) with its bucket mask (bucket count less one) read once per token.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int B(ulong mask, ulong template, ulong value)
    {
        ulong h = (value ^ (template * 0xD6E8FEB86659FD93UL)) * 0x9E3779B97F4A7C15UL;
        ulong hash = h ^ (h >> 31);
        return (int)((hash ^ (hash >> 29) ^ (hash >> 47)) & mask);
    }

    /// <summary>The mask <see cref="B"/> keeps of a folded hash: <paramref name="model"/>'s bucket count (a power of two) less one.</summary>
    public static ulong MaskOf(AveragedPerceptron model) => (ulong)(model.BucketCount - 1);

    /// <summary>A sink writing the buckets into a span in order (training and tests read them).</summary>
    private ref struct BucketList(Span<int> buckets) : IBucketSink
    {
        private readonly Span<int> _buckets = buckets;

        public int Count { get; private set; }

        public void Add(int bucket) => _buckets[Count++] = bucket;
    }
}

/// <summary>Receives a token's feature buckets from <see cref="AttributionFeatures.Extract{TSink}"/>, in template order.</summary>
internal interface IBucketSink
{
    /// <summary>Takes the next bucket.</summary>
    void Add(int bucket);
}
