using System.Runtime.Intrinsics;
using NewsNlp.Learning;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Learning;

/// <summary>
/// A greedy left-to-right averaged-perceptron tagger labelling each token as content, cue, source (BIO) or outside,
/// trained on PolNeAR. Only sentences that may hold an attribution are tagged (a cue word or a quotation mark in the
/// sentence or a neighbour in its paragraph, per <see cref="GateMode"/>); a second, stacked pass re-tags them reading the
/// first pass's labels on both sides. Thread-safe for tagging once loaded.
/// </summary>
public sealed class AttributionTagger
{
    /// <summary>Model kind in the model-file header.</summary>
    public const string Kind = "quote-attribution-tagger";

    /// <summary>
    /// Current format version (2: sentence gate and stacked pass; 3: lean stacked-pass templates; 4: the fingerprints of
    /// the word lists the features read, checked when loading).
    /// </summary>
    public const int Version = 4;

    private const string ResourceName = "NewsNlp.Quotes.attribution-tagger.model";
    private static readonly int[] SupportedVersions = [Version];
    private static readonly Lazy<AttributionTagger?> EmbeddedModel = new(LoadEmbeddedOrNull);

    internal AttributionTagger(AveragedPerceptron first, AveragedPerceptron? stacked, int gateMode, float outsideBias, CueLexicon cues, float minContentMargin)
        : this(first, stacked, gateMode, outsideBias, cues, minContentMargin, QuoteLexicon.Fingerprints)
    {
    }

    private AttributionTagger(
        AveragedPerceptron first, AveragedPerceptron? stacked, int gateMode, float outsideBias, CueLexicon cues, float minContentMargin, IReadOnlyList<(string List, ulong Hash)> lexicon)
    {
        Lexicon = lexicon;
        MinContentMargin = minContentMargin;
        Cues = cues;
        First = first;
        Stacked = stacked;
        GateMode = gateMode;
        OutsideBias = outsideBias;
        _first = new PaddedWeights(first);
        _stacked = stacked is null ? null : new PaddedWeights(stacked);
    }

    private readonly PaddedWeights _first;
    private readonly PaddedWeights? _stacked;

    /// <summary>The embedded model (package NewsNlp.Models.Quotes), or null when that package was built without one.</summary>
    /// <exception cref="NewsNlp.Models.ModelPackageMissingException">The application does not reference NewsNlp.Models.Quotes.</exception>
    public static AttributionTagger? Embedded => EmbeddedModel.Value;

    internal AveragedPerceptron First { get; }

    internal AveragedPerceptron? Stacked { get; }

    /// <summary>0: tag every sentence; 1: sentences holding a cue word or quotation mark; 2: those and their neighbours in the paragraph.</summary>
    internal int GateMode { get; }

    /// <summary>Content spans whose mean margin (tag score minus Outside score) is below this are not reported (scale of this model's weights).</summary>
    internal float MinContentMargin { get; }

    /// <summary>The fingerprints of the word lists (<see cref="QuoteLexicon.Fingerprints"/>) the model was trained with.</summary>
    internal IReadOnlyList<(string List, ulong Hash)> Lexicon { get; }

    /// <summary>Cue words learned from the training data.</summary>
    internal CueLexicon Cues { get; }

    /// <summary>Subtracted from the Outside score when tagging (both passes): a recall bias tuned on dev.</summary>
    internal float OutsideBias { get; }

    /// <summary>Loads a model file written by the trainer.</summary>
    /// <exception cref="ModelFormatException">The file is not a valid attribution model.</exception>
    public static AttributionTagger Load(string path) => ModelFile.Read(path, Kind, SupportedVersions, ReadPayload);

    /// <summary>Saves the model (deterministic bytes).</summary>
    public void Save(string path) => ModelFile.Write(path, Kind, Version, WritePayload);

    /// <summary>
    /// Tags every token; <paramref name="margins"/> (optional) receives, per token, its tag's score minus the Outside
    /// score; <paramref name="cueLevels"/> (optional) the token levels in the learned cue lexicon.
    /// </summary>
    /// <remarks>
    /// The features are computed per chunk of whole paragraphs (<see cref="FeatureChunks"/>), so their per-token arrays
    /// are small, pooled and reused instead of spanning the document: a paragraph start needs no state from before it
    /// (both passes restart their previous tags there and every feature is read within the sentence or one token
    /// aside). The stacked pass reads the first pass's tags up to two tokens on each side, so each chunk keeps its
    /// first-pass tags with two tokens of margin on each side (copied from its neighbours) and its stacked pass runs
    /// once the next chunk's first pass is done. The tags are those of one pass over the whole document.
    /// </remarks>
    internal void Tag(DocumentView v, int[] tags, CancellationToken cancellationToken, float[]? margins = null, byte[]? cueLevels = null, int chunkTokens = ChunkTokens)
    {
        int n = v.Count;
        byte[] levels = AttributionFeatures.ComputeLevels(v, Cues, cueLevels ?? Pool.Rent<byte>(n));
        (AttributionFeatures Features, int[] First, int FirstLo)? previous = null;
        try
        {
            bool[] gate = Gate(v, GateMode, levels);
            bool[]? stackedGate = Stacked is null ? null : new bool[gate.Length];

            // Every chunk but the last holds at least two tokens: a chunk's margins come from its two neighbours only.
            foreach ((int firstSentence, int endSentence, int start, int end) in FeatureChunks(v, Math.Max(2, chunkTokens)))
            {
                var features = new AttributionFeatures(v, Cues, levels, firstSentence, endSentence, start, end, gate);
                if (stackedGate is null)
                {
                    using (features)
                    {
                        Pass(First, _first, features, v, gate, tags, null, cancellationToken, OutsideBias, margins);
                    }

                    continue;
                }

                int lo = Math.Max(0, start - 2);
                int[] first = Pool.Rent<int>(Math.Min(n, end + 2) - lo);
                Pass(First, _first, features, v, gate, first, null, cancellationToken, OutsideBias, tagsOffset: lo);
                StackedGate(v, gate, first, stackedGate, start, end, lo);
                if (previous is { } p)
                {
                    Array.Copy(p.First, lo - p.FirstLo, first, 0, start - lo);
                    Array.Copy(first, start - lo, p.First, start - p.FirstLo, Math.Min(n, start + 2) - start);
                    StackedPass(p.Features, v, p.First, p.FirstLo, stackedGate, tags, margins, cancellationToken);
                    previous = null;
                    p.Features.Dispose();
                    Pool.Return(p.First);
                }

                previous = (features, first, lo);
            }

            if (previous is { } last)
            {
                StackedPass(last.Features, v, last.First, last.FirstLo, stackedGate!, tags, margins, cancellationToken);
            }
        }
        finally
        {
            if (previous is { } left)
            {
                left.Features.Dispose();
                Pool.Return(left.First);
            }

            if (cueLevels is null)
            {
                Pool.Return(levels);
            }
        }
    }

    /// <summary>Tokens a feature chunk gathers before it may end (at the next paragraph start): its arrays stay pooled.</summary>
    internal const int ChunkTokens = 8192;

    private void StackedPass(AttributionFeatures basis, DocumentView v, int[] first, int firstOffset, bool[] stackedGate, int[] tags, float[]? margins, CancellationToken cancellationToken)
    {
        using var stacked = new AttributionFeatures(basis, first, firstOffset, stackedGate);
        Pass(Stacked!, _stacked, stacked, v, stackedGate, tags, null, cancellationToken, OutsideBias, margins);
    }

    /// <summary>
    /// Splits the document into runs of whole sentences, each ending at a paragraph start (where no sentence goes on)
    /// once it holds at least <paramref name="minTokens"/> tokens; together they cover every token once.
    /// </summary>
    internal static IEnumerable<(int FirstSentence, int EndSentence, int Start, int End)> FeatureChunks(DocumentView v, int minTokens)
    {
        var sentences = v.Document.Sentences;
        int n = v.Count, chunkSentence = 0, chunkStart = 0, reached = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            int a = sentences[s].FirstToken;
            if (s > chunkSentence && a - chunkStart >= minTokens && a > 0 && a < n && reached <= a && v.ParagraphOf[a - 1] != v.ParagraphOf[a])
            {
                yield return (chunkSentence, s, chunkStart, a);
                chunkSentence = s;
                chunkStart = a;
            }

            reached = Math.Max(reached, sentences[s].EndToken);
        }

        yield return (chunkSentence, sentences.Count, chunkStart, n);
    }

    /// <summary>The stacked pass re-reads only the gated sentences where the first pass tagged something.</summary>
    internal static bool[] StackedGate(DocumentView v, bool[] gate, int[] first)
    {
        bool[] stacked = new bool[gate.Length];
        StackedGate(v, gate, first, stacked, 0, v.Count);
        return stacked;
    }

    /// <summary>
    /// Marks in <paramref name="stacked"/> the sentences of the tokens <c>[start, end)</c> that
    /// <see cref="StackedGate(DocumentView, bool[], int[])"/> marks (<paramref name="first"/> holds token <c>i</c>'s tag at <c>i - firstOffset</c>).
    /// </summary>
    internal static void StackedGate(DocumentView v, bool[] gate, int[] first, bool[] stacked, int start, int end, int firstOffset = 0)
    {
        for (int i = start; i < end; i++)
        {
            int s = v.SentenceOf[i];
            if (s >= 0 && gate[s] && first[i - firstOffset] != AttributionTag.Outside)
            {
                stacked[s] = true;
            }
        }
    }

    /// <summary>Per sentence: whether the tagger reads it.</summary>
    internal static bool[] Gate(DocumentView v, int mode, byte[] cueLevels)
    {
        bool[] gate = new bool[v.SentenceCount];
        if (mode == 0)
        {
            Array.Fill(gate, true);
            return gate;
        }

        for (int i = 0; i < v.Count; i++)
        {
            int s = v.SentenceOf[i];
            if (s >= 0 && !gate[s] && (AttributionFeatures.IsCue(v, cueLevels, i) || v.Shapes[i] == TokenShape.QuoteMark || v.InQuote(i)))
            {
                gate[s] = true;
            }
        }

        if (mode == 1)
        {
            return gate;
        }

        bool[] widened = (bool[])gate.Clone();
        var sentences = v.Document.Sentences;
        for (int s = 0; s < gate.Length; s++)
        {
            if (!gate[s])
            {
                continue;
            }

            int paragraph = ParagraphOfSentence(v, s);
            if (s > 0 && ParagraphOfSentence(v, s - 1) == paragraph)
            {
                widened[s - 1] = true;
            }

            if (s + 1 < gate.Length && ParagraphOfSentence(v, s + 1) == paragraph)
            {
                widened[s + 1] = true;
            }
        }

        return widened;

        int ParagraphOfSentence(DocumentView view, int s)
        {
            int t = sentences[s].FirstToken;
            return (uint)t < (uint)view.Count ? view.ParagraphOf[t] : -1;
        }
    }

    /// <summary>
    /// One greedy left-to-right pass over the tokens of <paramref name="features"/>: writes <paramref name="tags"/> (token
    /// <c>i</c>'s at <c>i - tagsOffset</c>). With <paramref name="gold"/> it trains instead
    /// (perceptron update per token against the model's own previous tags) and returns the number of errors.
    /// </summary>
    internal static int Pass(AveragedPerceptron model, PaddedWeights? fast, AttributionFeatures features, DocumentView v, bool[] gate, int[] tags, int[]? gold, CancellationToken cancellationToken, float outsideBias = 0, float[]? margins = null, int tagsOffset = 0)
    {
        Span<int> buckets = stackalloc int[AttributionFeatures.MaxCount];
        Span<float> padded = stackalloc float[PaddedWeights.Width];
        Span<float> scores = padded[..AttributionTag.Count];
        int prev = 0, prev2 = 0, errors = 0, count = 0;
        ulong mask = AttributionFeatures.MaskOf(model);
        for (int i = features.Start; i < features.End; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int s = v.SentenceOf[i];
            if ((s >= 0 && !gate[s]) || (i > 0 && v.ParagraphOf[i - 1] != v.ParagraphOf[i]))
            {
                prev = prev2 = 0;
                if (s >= 0 && !gate[s])
                {
                    tags[i - tagsOffset] = AttributionTag.Outside;
                    continue;
                }
            }

            if (fast is not null && gold is null)
            {
                // Each bucket's row is added as it is hashed (the same sums in the same order as Score over the buckets).
                var sum = new RowSum(fast);
                features.Extract(i, prev, prev2, mask, ref sum);
                sum.Sum.CopyTo(padded);
            }
            else
            {
                count = features.Extract(i, prev, prev2, model, buckets);
                scores.Clear();
                model.AddScores(buckets[..count], scores);
            }

            int guess;
            if (gold is not null)
            {
                guess = AveragedPerceptron.ArgMax(scores);
                model.Update(buckets[..count], gold[i], guess);
                model.Tick();
                errors += guess != gold[i] ? 1 : 0;
            }
            else
            {
                scores[AttributionTag.Outside] -= outsideBias;
                guess = Constrain(AveragedPerceptron.ArgMax(scores), prev, scores);
                if (margins is not null)
                {
                    margins[i] = scores[guess] - scores[AttributionTag.Outside];
                }
            }

            tags[i - tagsOffset] = guess;
            prev2 = prev;
            prev = guess;
        }

        return errors;
    }

    // An inside tag must continue a span of the same role; otherwise take the best valid tag.
    private static int Constrain(int tag, int prev, ReadOnlySpan<float> scores)
    {
        if (AttributionTag.IsBegin(tag) || tag == AttributionTag.Outside || AttributionTag.Role(prev) == AttributionTag.Role(tag))
        {
            return tag;
        }

        int best = AttributionTag.Outside;
        for (int c = 0; c < scores.Length; c++)
        {
            bool valid = c == AttributionTag.Outside || AttributionTag.IsBegin(c) || AttributionTag.Role(prev) == AttributionTag.Role(c);
            if (valid && scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private void WritePayload(BinaryWriter writer)
    {
        writer.Write(GateMode);
        writer.Write(OutsideBias);
        writer.Write(MinContentMargin);
        writer.Write(Stacked is not null);
        First.Save(writer);
        Stacked?.Save(writer);
        Cues.Save(writer);
        writer.Write(Lexicon.Count);
        foreach ((string list, ulong hash) in Lexicon)
        {
            writer.Write(list);
            writer.Write(hash);
        }
    }

    private static AttributionTagger ReadPayload(BinaryReader reader, int version)
    {
        int gateMode = reader.ReadInt32();
        if (gateMode is < 0 or > 2)
        {
            throw new ModelFormatException($"Unknown sentence gate mode {gateMode}.");
        }

        float outsideBias = reader.ReadSingle();
        float minContentMargin = reader.ReadSingle();
        if (!float.IsFinite(outsideBias) || !float.IsFinite(minContentMargin))
        {
            throw new ModelFormatException("The Outside bias or the content margin is not a finite number.");
        }

        bool stacked = reader.ReadBoolean();
        AveragedPerceptron first = AveragedPerceptron.Load(reader);
        AveragedPerceptron? second = stacked ? AveragedPerceptron.Load(reader) : null;
        CueLexicon cues = CueLexicon.Load(reader);
        (string List, ulong Hash)[] lexicon = ReadLexicon(reader);
        CheckLexicon(lexicon);
        return new AttributionTagger(first, second, gateMode, outsideBias, cues, minContentMargin, lexicon);
    }

    /// <summary>This model with other word-list fingerprints (for tests of the check).</summary>
    internal AttributionTagger WithLexicon(IReadOnlyList<(string List, ulong Hash)> lexicon) =>
        new(First, Stacked, GateMode, OutsideBias, Cues, MinContentMargin, lexicon);

    private static (string List, ulong Hash)[] ReadLexicon(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count is < 0 or > 1000)
        {
            throw new ModelFormatException($"Invalid number of word-list fingerprints {count}.");
        }

        var lexicon = new (string, ulong)[count];
        for (int i = 0; i < count; i++)
        {
            lexicon[i] = (reader.ReadString(), reader.ReadUInt64());
        }

        return lexicon;
    }

    /// <summary>
    /// Refuses a model trained with other word lists than those of this build: its features read the lists' classes,
    /// so a changed list (a cue verb added) silently changes what the model sees.
    /// </summary>
    /// <exception cref="ModelFormatException">A list differs, is missing from the model, or is unknown to this build.</exception>
    internal static void CheckLexicon(IReadOnlyList<(string List, ulong Hash)> trained)
    {
        IReadOnlyList<(string List, ulong Hash)> current = QuoteLexicon.Fingerprints;
        foreach ((string list, ulong hash) in current)
        {
            int at = IndexOf(trained, list);
            if (at < 0 || trained[at].Hash != hash)
            {
                throw new ModelFormatException(
                    $"The attribution tagger was trained with a different word list '{list}' (Quotes/Lexicon/Data/{list}.txt) than this build has; "
                    + "retrain it with 'newsnlp train-quotes' (see README) or use the lists it was trained with.");
            }
        }

        foreach ((string list, _) in trained)
        {
            if (IndexOf(current, list) < 0)
            {
                throw new ModelFormatException($"The attribution tagger was trained with a word list '{list}' this build does not have; retrain it with 'newsnlp train-quotes'.");
            }
        }
    }

    private static int IndexOf(IReadOnlyList<(string List, ulong Hash)> lists, string name)
    {
        for (int i = 0; i < lists.Count; i++)
        {
            if (string.Equals(lists[i].List, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static AttributionTagger? LoadEmbeddedOrNull()
    {
        System.Reflection.Assembly assembly = NewsNlp.Models.EmbeddedModels.Require(NewsNlp.Models.EmbeddedModels.QuotesPackage, "attribution-tagger", "set QuoteStageOptions.Tagger to a model of your own (AttributionTagger.Load) or QuoteStageOptions.UseLearnedTagger = false");
        if (assembly.GetManifestResourceInfo(ResourceName) is null)
        {
            return null;
        }

        return ModelFile.ReadEmbedded(assembly, ResourceName, Kind, SupportedVersions, ReadPayload);
    }
}
