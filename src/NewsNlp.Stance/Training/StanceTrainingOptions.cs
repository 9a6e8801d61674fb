using NewsNlp.Stance.Model;

namespace NewsNlp.Stance.Training;

/// <summary>Settings of <see cref="StanceTrainer"/>. Defaults are the settings of the embedded model.</summary>
public sealed class StanceTrainingOptions
{
    /// <summary>Seed of the MLContext, of LightGbm and of the dev split.</summary>
    public int Seed { get; set; } = 2017;

    /// <summary>
    /// Fraction held out as the dev split for calibration: of the claims (<see cref="DevByClaim"/>, see
    /// <see cref="Fnc.FncSplit.ByClaim"/>) or of the bodies.
    /// </summary>
    public double DevFraction { get; set; } = 0.25;

    /// <summary>
    /// Carve dev by claim (headlines and bodies of one story; new claims as in the competition test) rather than by body
    /// id (where most dev headlines are also in train with other bodies).
    /// </summary>
    public bool DevByClaim { get; set; } = true;

    /// <summary>
    /// With <see cref="DevByClaim"/>: calibration is chosen on the pooled dev predictions of this many disjoint claim folds
    /// (each scored by a model fitted without it; 1 = the first fold only). One fold of FNC-1's ~50 dev claims holds a few
    /// hundred disagree pairs from a handful of stories.
    /// </summary>
    public int CalibrationFolds { get; set; } = 4;

    /// <summary>Fraction of training bodies (by body id) held out from training and dev entirely (the test suite checks the model on it).</summary>
    public double HoldoutFraction { get; set; } = 0.05;

    /// <summary>After choosing calibration on dev, retrain on train + dev with the same settings.</summary>
    public bool RefitOnAll { get; set; } = true;

    /// <summary>Choose per-label calibration factors on dev (maximising FNC score + 100 × macro-F1).</summary>
    public bool Calibrate { get; set; } = true;

    /// <summary>
    /// Same-body pooling weights tried on dev (see <see cref="StanceModel.BodyPooling"/>), each with its own calibration; the
    /// best by FNC score + 100 × macro-F1 is kept, 0 (none) when no weight beats it. Empty (default): no pooling.
    /// </summary>
    public IList<double> BodyPoolingGrid { get; } = [];

    /// <summary>Boosting rounds of the relatedness model.</summary>
    public int RelatedIterations { get; set; } = 100;

    /// <summary>Boosting rounds of the agree/disagree/discuss model.</summary>
    public int StanceIterations { get; set; } = 150;

    /// <summary>Leaves per tree.</summary>
    public int Leaves { get; set; } = 31;

    /// <summary>Learning rate of both models.</summary>
    public double LearningRate { get; set; } = 0.1;

    /// <summary>Minimum examples per leaf of the relatedness model.</summary>
    public int MinExamplesPerLeaf { get; set; } = 20;

    /// <summary>
    /// Minimum examples per leaf of the agree/disagree/discuss model (larger than the relatedness model's: a claim has up to
    /// a thousand related pairs in FNC-1 train, and small leaves learn the claim rather than the stance).
    /// </summary>
    public int StanceMinExamplesPerLeaf { get; set; } = 100;

    /// <summary>Fraction of features tried per tree.</summary>
    public double FeatureFraction { get; set; } = 0.5;

    /// <summary>Example weights of agree, disagree, discuss in the stance model (class weighting for macro-F1).</summary>
    public IReadOnlyList<double> ClassWeights { get; set; } = [1.5, 4.0, 1.0];

    /// <summary>Stems must occur in at least this many training texts to get their own IDF.</summary>
    public int IdfMinCount { get; set; } = 2;

    /// <summary>
    /// A sentence encoder whose vectors of the headline and the body's sentences add features (cosines, the closest
    /// sentences' refuting/hedging/negation words); the model then needs it to classify. Null (default): hand features only.
    /// </summary>
    public ShortText.ITextEmbedder? Embedder { get; set; }

    /// <summary>With <see cref="Embedder"/>: also the headline vector times the closest sentence's vector, value by value, as features.</summary>
    public bool EncoderProducts { get; set; }
}
