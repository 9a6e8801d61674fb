namespace NewsNlp.Stance.ShortText;

/// <summary>Settings of <see cref="ShortTextTrainer"/>; every grid is searched on the dev split (carved from Emergent train by claim).</summary>
public sealed class ShortTextTrainingOptions
{
    /// <summary>Seed of the dev split, the sampled unrelated pairings and the learner's shuffles.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Fraction of Emergent train claims held out as dev (all of a claim's pairs go to the same side).</summary>
    public double DevFraction { get; set; } = 0.2;

    /// <summary>L2 penalties tried.</summary>
    public IList<double> L2Grid { get; } = [1e-4, 1e-3, 1e-2];

    /// <summary>Weights tried for the weakly labelled FNC-1 sentences (0 = Emergent only).</summary>
    public IList<double> FncWeightGrid { get; } = [0, 0.1, 0.25, 0.5];

    /// <summary>Weights tried for disagree examples (the rarest class).</summary>
    public IList<double> DisagreeWeightGrid { get; } = [1, 2];

    /// <summary>Offsets of the unrelated logit tried (see <see cref="ShortTextStanceModel.UnrelatedBias"/>).</summary>
    public IList<double> UnrelatedBiasGrid { get; } = [0, -0.5, -1, -1.5, -2, -3];

    /// <summary>Passes over the training examples.</summary>
    public int Epochs { get; set; } = 12;

    /// <summary>AdaGrad learning rate.</summary>
    public double LearningRate { get; set; } = 0.1;

    /// <summary>Features seen in fewer training pairs are dropped.</summary>
    public int MinFeatureCount { get; set; } = 2;

    /// <summary>
    /// Features seen with fewer distinct targets (claims) are dropped: a word that only ever occurs in the headlines of one or
    /// two claims names their topic, not a stance, and does not carry over to a new claim.
    /// </summary>
    public int MinFeatureTargets { get; set; } = 1;

    /// <summary>Unrelated pairs made per Emergent headline by pairing it with other claims.</summary>
    public int UnrelatedPerText { get; set; } = 1;

    /// <summary>Every n-th FNC-1 unrelated pair is used (the others are skipped to keep the classes balanced).</summary>
    public int FncUnrelatedStride { get; set; } = 4;

    /// <summary>A body sentence is kept as a weakly labelled related text when this share (IDF-weighted) of the headline's words is in it.</summary>
    public double FncMinOverlap { get; set; } = 0.3;

    /// <summary>
    /// Fit the model's <see cref="ShortTextStanceModel.Temperature"/> on out-of-fold probabilities of the train headlines
    /// (folds by claim; default true; false keeps 1).
    /// </summary>
    public bool FitTemperature { get; set; } = true;

    /// <summary>Folds of claims for the temperature's out-of-fold probabilities (default 5).</summary>
    public int CalibrationFolds { get; set; } = 5;

    /// <summary>Refit on train + dev with the chosen settings (default true).</summary>
    public bool RefitOnAll { get; set; } = true;

    /// <summary>The model's <see cref="ShortTextStanceModel.OpinionWeight"/> (not learned from Emergent headlines; set on quote-style dev cases).</summary>
    public double OpinionWeight { get; set; } = 2;

    /// <summary>
    /// A sentence encoder whose cosine and vectors become features (null: the lexical model). The trained model then needs
    /// the same encoder to classify.
    /// </summary>
    public ITextEmbedder? Embedder { get; set; }
}
