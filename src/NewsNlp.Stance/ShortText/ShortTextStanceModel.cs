using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Stance.Features;
using NewsNlp.Stance.Model;

namespace NewsNlp.Stance.ShortText;

/// <summary>
/// The short-text stance model: a four-class logistic regression (agree, disagree, discuss, unrelated) over the named
/// features of <see cref="ShortTextFeaturizer"/>, with the IDF table and the polarity/antonym table it reads.
/// </summary>
/// <remarks>
/// Stored as a zip archive: <c>manifest.txt</c> (kind, format, description), <c>weights.tsv</c> (bias, then one line per
/// feature: name and four weights), <c>idf.bin</c> and <c>lexicon.tsv</c>. Immutable and thread-safe.
/// </remarks>
public sealed class ShortTextStanceModel
{
    /// <summary>The model kind written in the manifest.</summary>
    public const string Kind = "newsnlp-stance-short";

    /// <summary>The format version this build writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Number of driving words reported with a prediction.</summary>
    public const int DrivingWordCount = 5;

    private const string ResourceName = "NewsNlp.Stance.stance-short.zip";

    private const string HeadlineResourceName = "NewsNlp.Stance.stance-headline.zip";

    /// <summary>The featurizer's feature for a text that shares no word with the claim.</summary>
    private const string NoAlignmentFeature = "matched=0";
    private static readonly Lazy<ShortTextStanceModel> DefaultModel = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<ShortTextStanceModel> HeadlineModel = new(LoadHeadline, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int> _index;
    private readonly float[] _weights;
    private readonly float[] _bias;

    internal ShortTextStanceModel(IReadOnlyList<string> features, float[] weights, float[] bias, IdfTable idf, StanceLexicon lexicon, string description, double opinionWeight = 0, double unrelatedBias = 0, string? embedderName = null)
    {
        EmbedderName = embedderName;
        OpinionWeight = opinionWeight;
        UnrelatedBias = unrelatedBias;
        if (weights.Length != features.Count * StanceLabels.Count || bias.Length != StanceLabels.Count)
        {
            throw new ArgumentException("Weights must have four values per feature and four biases.", nameof(weights));
        }

        _index = new Dictionary<string, int>(features.Count, StringComparer.Ordinal);
        for (int i = 0; i < features.Count; i++)
        {
            _index[features[i]] = i;
        }

        _weights = weights;
        _bias = bias;
        Featurizer = new ShortTextFeaturizer(lexicon, idf);
        Description = description;
    }

    /// <summary>The embedded model (trained on Emergent train and weakly labelled FNC-1 sentences), loaded on first use.</summary>
    /// <exception cref="InvalidOperationException">The assembly was built without the embedded model.</exception>
    public static ShortTextStanceModel Default => DefaultModel.Value;

    /// <summary>
    /// The embedded model for a standalone short text such as an article headline (<c>stance-headline</c>, the default of
    /// <c>newsnlp stance-pairs</c>), loaded on first use: trained like <see cref="Default"/> on Emergent train, but every
    /// setting chosen by cross-validation on those headlines alone, with the positions of refuting, hedging, supporting and
    /// negation words and without the quotes' opinion weight (<see cref="OpinionWeight"/> 0). The pipeline's quotes and
    /// speakers keep <see cref="Default"/>, whose opinion weight reads a speaker's praise or blame of a proposal as a side.
    /// </summary>
    /// <exception cref="InvalidOperationException">The assembly was built without the embedded model.</exception>
    public static ShortTextStanceModel Headline => HeadlineModel.Value;

    /// <summary>A one-line description written by the trainer (data, settings, dev metrics).</summary>
    public string Description { get; }

    /// <summary>Time taken to read this model (zero for a model trained in this process).</summary>
    public TimeSpan LoadTime { get; private set; }

    /// <summary>
    /// How strongly a text's evaluative polarity moves agree against disagree when the claim is evaluative or a proposal:
    /// <c>logit(agree) += w·a</c>, <c>logit(disagree) −= w·a</c> with <c>a</c> the text's polarity times the claim's orientation
    /// (clamped to ±1). News quotes praise or blame where headlines report; Emergent headlines cannot teach this, so it is set
    /// by the trainer's option (0 turns it off).
    /// </summary>
    public double OpinionWeight { get; }

    /// <summary>
    /// Added to the unrelated logit (zero or negative) when the text shares at least one word (or word family) with the claim:
    /// the learned relatedness is fitted against randomly paired claims, which share almost no words with a text, so a related
    /// text that words the claim differently ("Kim Jong-un planning Scottish restaurant") can look unrelated. A text sharing no
    /// word keeps the learned relatedness. The trainer chooses the offset on dev pairs and their unrelated pairings.
    /// </summary>
    public double UnrelatedBias { get; }

    /// <summary>
    /// The logits are divided by this before the softmax (temperature scaling; 1 = none). The trainer fits it on the Emergent
    /// dev pairs (by claim, held out from the model that chose the settings) so that the probabilities are calibrated: the
    /// model alone is over-confident. It does not change any label. Models saved without it read 1.
    /// </summary>
    public double Temperature { get; private init; } = 1;

    /// <summary>
    /// The sentence encoder (<see cref="ITextEmbedder.Name"/>) this model was trained with, or null for the default lexical model:
    /// a model with an encoder must be given the same encoder (<see cref="ShortTextStanceClassifier(ShortTextStanceModel, ITextEmbedder?)"/>).
    /// </summary>
    public string? EmbedderName { get; }

    /// <summary>Number of named features with weights.</summary>
    public int FeatureCount => _index.Count;

    internal ShortTextFeaturizer Featurizer { get; }

    /// <summary>Prediction for one prepared pair, with the words that drove it.</summary>
    internal StancePrediction Predict(PreparedText claim, PreparedText text, float[]? claimVector = null, float[]? textVector = null)
    {
        if (EmbedderName is not null && (claimVector is null || textVector is null))
        {
            throw new InvalidOperationException($"This stance model was trained with the sentence encoder '{EmbedderName}': classify through a ShortTextStanceClassifier given that encoder.");
        }

        List<PairFeature> features = Featurizer.Featurize(claim, text, EmbedderName is null ? null : claimVector, EmbedderName is null ? null : textVector);
        Span<double> logits = stackalloc double[StanceLabels.Count];
        for (int k = 0; k < logits.Length; k++)
        {
            logits[k] = _bias[k];
        }

        foreach (PairFeature f in features)
        {
            if (_index.TryGetValue(f.Name, out int i))
            {
                for (int k = 0; k < logits.Length; k++)
                {
                    logits[k] += f.Value * _weights[(i * StanceLabels.Count) + k];
                }
            }
        }

        if (OpinionWeight != 0 && Featurizer.Orientation(claim) is int orientation && orientation != 0)
        {
            double a = Math.Clamp(Featurizer.PolarityOf(text) * orientation, -1, 1);
            logits[(int)StanceLabel.Agree] += OpinionWeight * a;
            logits[(int)StanceLabel.Disagree] -= OpinionWeight * a;
        }

        if (UnrelatedBias != 0 && !features.Exists(f => f.Name == NoAlignmentFeature))
        {
            logits[(int)StanceLabel.Unrelated] += UnrelatedBias;
        }

        if (Temperature != 1)
        {
            for (int k = 0; k < logits.Length; k++)
            {
                logits[k] /= Temperature;
            }
        }

        var p = new double[StanceLabels.Count];
        Softmax(logits, p);
        var prediction = new StancePrediction(p);
        return prediction with { DrivingWords = Drivers(features, (int)prediction.Label) };
    }

    /// <summary>Softmax of <paramref name="logits"/> into <paramref name="probabilities"/>.</summary>
    internal static void Softmax(ReadOnlySpan<double> logits, Span<double> probabilities)
    {
        double max = double.NegativeInfinity;
        foreach (double l in logits)
        {
            max = Math.Max(max, l);
        }

        double sum = 0;
        for (int k = 0; k < logits.Length; k++)
        {
            probabilities[k] = Math.Exp(logits[k] - max);
            sum += probabilities[k];
        }

        for (int k = 0; k < logits.Length; k++)
        {
            probabilities[k] /= sum;
        }
    }

    /// <summary>Words whose features raise <paramref name="label"/>'s logit most relative to the other labels' mean.</summary>
    private List<string> Drivers(List<PairFeature> features, int label)
    {
        var byWord = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (PairFeature f in features)
        {
            if (f.Word is null || (Lexicons.StopWords.Contains(f.Word) && !Lexicons.IsNegation(f.Word)) || !_index.TryGetValue(f.Name, out int i))
            {
                continue;
            }

            double others = 0;
            for (int k = 0; k < StanceLabels.Count; k++)
            {
                if (k != label)
                {
                    others += _weights[(i * StanceLabels.Count) + k];
                }
            }

            double push = f.Value * (_weights[(i * StanceLabels.Count) + label] - (others / (StanceLabels.Count - 1)));
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byWord, f.Word, out _) += push;
        }

        return [.. byWord.Where(p => p.Value > 0.05).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(DrivingWordCount).Select(p => p.Key)];
    }

    /// <summary>Loads a model saved with <see cref="Save(Stream)"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a short-text stance model of a supported version.</exception>
    public static ShortTextStanceModel Load(Stream stream, string name = "short-text stance model")
    {
        ArgumentNullException.ThrowIfNull(stream);
        var watch = Stopwatch.StartNew();
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            Dictionary<string, string> fields = ModelArchive.ReadManifest(zip, Kind, FormatVersion, "short-text stance model", name);

            var names = new List<string>();
            var weights = new List<float>();
            float[] bias = [];
            using (var reader = new StreamReader(ModelArchive.OpenEntry(zip, "weights.tsv", name), Encoding.UTF8))
            {
                while (reader.ReadLine() is { } line)
                {
                    string[] parts = line.Split('\t');
                    if (parts.Length != 1 + StanceLabels.Count)
                    {
                        throw new InvalidDataException($"{name}: malformed weights line '{line}'.");
                    }

                    float[] w = [.. parts.Skip(1).Select(s => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture))];
                    if (parts[0] == "<bias>")
                    {
                        bias = w;
                    }
                    else
                    {
                        names.Add(parts[0]);
                        weights.AddRange(w);
                    }
                }
            }

            IdfTable idf;
            using (var reader = new BinaryReader(ModelArchive.OpenEntry(zip, "idf.bin", name), Encoding.UTF8))
            {
                idf = IdfTable.Read(reader);
            }

            StanceLexicon lexicon;
            using (var reader = new StreamReader(ModelArchive.OpenEntry(zip, "lexicon.tsv", name), Encoding.UTF8))
            {
                lexicon = StanceLexicon.Read(reader);
            }

            double opinion = double.Parse(fields.GetValueOrDefault("opinion-weight") ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture);
            double unrelatedBias = double.Parse(fields.GetValueOrDefault("unrelated-bias") ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture);
            string? embedder = fields.GetValueOrDefault("embedder") is { Length: > 0 } e ? e : null;
            double temperature = double.Parse(fields.GetValueOrDefault("temperature") ?? "1", NumberStyles.Float, CultureInfo.InvariantCulture);
            if (!(temperature > 0) || !double.IsFinite(temperature))
            {
                throw new InvalidDataException($"{name}: temperature '{temperature}' must be a positive number.");
            }

            return new ShortTextStanceModel(names, [.. weights], bias, idf, lexicon, fields.GetValueOrDefault("description") ?? string.Empty, opinion, unrelatedBias, embedder)
            {
                LoadTime = watch.Elapsed,
                Temperature = temperature,
            };
        }
        catch (Exception ex) when (ex is FormatException or EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"{name}: cannot read the short-text stance model: {ex.Message}", ex);
        }
    }

    /// <summary>Loads a model from a file.</summary>
    public static ShortTextStanceModel Load(string path) => ModelArchive.LoadFromFile(path, Load);

    /// <summary>Saves the model (see the remarks of <see cref="ShortTextStanceModel"/>); byte-identical for identical models.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        string description = Description.Replace('\n', ' ').Replace('\t', ' ');
        ModelArchive.WriteText(zip, "manifest.txt", string.Create(CultureInfo.InvariantCulture, $"kind\t{Kind}\nformat\t{FormatVersion}\nopinion-weight\t{OpinionWeight:R}\nunrelated-bias\t{UnrelatedBias:R}\n{(Temperature != 1 ? $"temperature\t{Temperature:R}\n" : string.Empty)}embedder\t{EmbedderName ?? string.Empty}\ndescription\t{description}\n"));
        var sb = new StringBuilder();
        sb.Append("<bias>");
        foreach (float b in _bias)
        {
            sb.Append('\t').Append(b.ToString("R", CultureInfo.InvariantCulture));
        }

        sb.Append('\n');
        foreach ((string feature, int i) in _index.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(feature);
            for (int k = 0; k < StanceLabels.Count; k++)
            {
                sb.Append('\t').Append(_weights[(i * StanceLabels.Count) + k].ToString("R", CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        ModelArchive.WriteText(zip, "weights.tsv", sb.ToString());
        using (var buffer = new MemoryStream())
        {
            using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
            {
                Featurizer.Idf.Write(writer);
            }

            ModelArchive.WriteBytes(zip, "idf.bin", buffer.ToArray());
        }

        var lexicon = new StringWriter(CultureInfo.InvariantCulture);
        Featurizer.Lexicon.Write(lexicon);
        ModelArchive.WriteText(zip, "lexicon.tsv", lexicon.ToString());
    }

    /// <summary>Saves the model to a file (folders are created).</summary>
    public void Save(string path) => Learning.ModelFile.WriteToFile(path, Save);

    /// <summary>The same model with another <see cref="UnrelatedBias"/> (the tables are shared).</summary>
    internal ShortTextStanceModel WithUnrelatedBias(double unrelatedBias) =>
        new(this, unrelatedBias, Description);

    /// <summary>The same model with another description (the tables are shared).</summary>
    internal ShortTextStanceModel WithDescription(string description) =>
        new(this, UnrelatedBias, description);

    /// <summary>The same model with <paramref name="disagree"/> and <paramref name="discuss"/> added to those labels' intercepts (the weights are shared).</summary>
    internal ShortTextStanceModel WithClassOffsets(double disagree, double discuss)
    {
        if (disagree == 0 && discuss == 0)
        {
            return this;
        }

        float[] bias = [.. _bias];
        bias[(int)StanceLabel.Disagree] += (float)disagree;
        bias[(int)StanceLabel.Discuss] += (float)discuss;
        return new ShortTextStanceModel(this, UnrelatedBias, Description, bias);
    }

    /// <summary>The same model with another <see cref="Temperature"/> (the tables are shared).</summary>
    internal ShortTextStanceModel WithTemperature(double temperature) =>
        new(this, UnrelatedBias, Description) { Temperature = temperature };

    private ShortTextStanceModel(ShortTextStanceModel other, double unrelatedBias, string description, float[]? bias = null)
    {
        _index = other._index;
        _weights = other._weights;
        _bias = bias ?? other._bias;
        Featurizer = other.Featurizer;
        OpinionWeight = other.OpinionWeight;
        EmbedderName = other.EmbedderName;
        UnrelatedBias = unrelatedBias;
        Temperature = other.Temperature;
        Description = description;
    }

    /// <summary>The weight of <paramref name="feature"/> for <paramref name="label"/> (0 when the feature is unknown).</summary>
    internal float Weight(string feature, StanceLabel label) =>
        _index.TryGetValue(feature, out int i) ? _weights[(i * StanceLabels.Count) + (int)label] : 0;

    private static ShortTextStanceModel LoadDefault() =>
        ModelArchive.LoadEmbedded("stance-short", ResourceName, "short-text stance model", "train-stance-pairs", Load);

    private static ShortTextStanceModel LoadHeadline() =>
        ModelArchive.LoadEmbedded("stance-headline", HeadlineResourceName, "headline stance model", "train-stance-pairs --opinion-weight 0", Load);

}
