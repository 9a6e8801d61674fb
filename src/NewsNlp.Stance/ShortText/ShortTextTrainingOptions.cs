namespace NewsNlp.Stance.ShortText;

/// <summary>Settings of <see cref="ShortTextTrainer"/>; every grid is searched by cross-validation over folds of Emergent train claims.</summary>
public sealed class ShortTextTrainingOptions
{
    /// <summary>Seed of the folds, the sampled unrelated pairings and the learner's shuffles.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// Folds of Emergent train claims (a seeded shuffle; all of a claim's pairs in one fold): each setting is scored on every
    /// fold by a model trained on the others, and the chosen settings' out-of-fold probabilities fit the temperature. At least 2.
    /// </summary>
    public int CrossValidationFolds { get; set; } = 5;

    /// <summary>L2 penalties tried.</summary>
    public IList<double> L2Grid { get; } = [1e-4, 1e-3];

    /// <summary>Weights tried for the weakly labelled FNC-1 sentences (0 = Emergent only).</summary>
    public IList<double> FncWeightGrid { get; } = [0, 0.1];

    /// <summary>Weights tried for disagree examples (the rarest class).</summary>
    public IList<double> DisagreeWeightGrid { get; } = [1, 2];

    /// <summary>Offsets of the unrelated logit tried (see <see cref="ShortTextStanceModel.UnrelatedBias"/>).</summary>
    public IList<double> UnrelatedBiasGrid { get; } = [0, -0.5, -1, -1.5, -2, -3];

    /// <summary>
    /// Offsets tried for the disagree and discuss logits (relative to agree), each against each, chosen on the chosen settings'
    /// out-of-fold probabilities to maximise macro-F1 and added to the model's intercepts. Empty (default): no offsets.
    /// </summary>
    public IList<double> ClassOffsetGrid { get; } = [];

    /// <summary>
    /// Keep only the FNC-1 pairs whose headline is an Emergent train headline, and pair each sentence with that headline's claim
    /// instead of the headline (default false: the FNC-1 headline is the target).
    /// </summary>
    public bool FncTargetsAsClaims { get; set; }

    /// <summary>
    /// Fits per model, each with its own shuffle order (seeds <see cref="Seed"/>, <see cref="Seed"/> + 1, …), whose weights are
    /// averaged into the one linear model (default 1: a single fit).
    /// </summary>
    public int AveragedSeeds { get; set; } = 1;

    /// <summary>Passes over the training examples.</summary>
    public int Epochs { get; set; } = 12;

    /// <summary>AdaGrad learning rate.</summary>
    public double LearningRate { get; set; } = 0.1;

    /// <summary>Features seen in fewer training pairs are dropped.</summary>
    public int MinFeatureCount { get; set; } = 2;

    /// <summary>
    /// Thresholds tried for the number of distinct targets (claims) a feature must be seen with: a word that only occurs in
    /// the headlines of a few claims names their topic, not a stance, and does not carry over to a new claim.
    /// </summary>
    public IList<int> MinFeatureTargetsGrid { get; } = [1];

    /// <summary>Unrelated pairs made per Emergent headline by pairing it with other claims.</summary>
    public int UnrelatedPerText { get; set; } = 1;

    /// <summary>Every n-th FNC-1 unrelated pair is used (the others are skipped to keep the classes balanced).</summary>
    public int FncUnrelatedStride { get; set; } = 4;

    /// <summary>A body sentence is kept as a weakly labelled related text when this share (IDF-weighted) of the headline's words is in it.</summary>
    public double FncMinOverlap { get; set; } = 0.3;

    /// <summary>
    /// Fit the model's <see cref="ShortTextStanceModel.Temperature"/> on out-of-fold probabilities of the train headlines
    /// (the cross-validation folds; default true; false keeps 1).
    /// </summary>
    public bool FitTemperature { get; set; } = true;

    /// <summary>Refit on all of Emergent train with the chosen settings (default true; false leaves out the first fold, <see cref="ShortTextTrainingResult.DevPairs"/>).</summary>
    public bool RefitOnAll { get; set; } = true;

    /// <summary>The model's <see cref="ShortTextStanceModel.OpinionWeight"/> (not learned from Emergent headlines; set on quote-style dev cases).</summary>
    public double OpinionWeight { get; set; } = 2;

    /// <summary>
    /// A sentence encoder whose cosine and vectors become features (null: the lexical model). The trained model then needs
    /// the same encoder to classify.
    /// </summary>
    public ITextEmbedder? Embedder { get; set; }

    /// <summary>
    /// With <see cref="Embedder"/>: also learn weights for the text's vector and the claim × text products, value by value
    /// (default). False keeps only the cosine and its bins, which say how close the texts are without naming a topic.
    /// </summary>
    public bool EncoderVectors { get; set; } = true;
}
