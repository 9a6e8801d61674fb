using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.MiniLM;

/// <summary>
/// The encoder path of short-text stance: the embedded <c>stance-short-minilm</c> model (the short-text features plus the
/// all-MiniLM-L6-v2 cosine and vectors of claim and text) with <see cref="MiniLmEmbedder.Shared"/>.
/// </summary>
public static class MiniLmStance
{
    private const string ResourceName = "NewsNlp.Stance.MiniLM.stance-short-minilm.zip";

    private static readonly Lazy<ShortTextStanceModel> DefaultModel = new(LoadModel, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ShortTextStanceClassifier> DefaultClassifier = new(() => new ShortTextStanceClassifier(DefaultModel.Value, MiniLmEmbedder.Shared), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded model (loaded on first use).</summary>
    /// <exception cref="InvalidOperationException">The assembly was built without the model.</exception>
    public static ShortTextStanceModel Model => DefaultModel.Value;

    /// <summary>The classifier over <see cref="Model"/> and the shared encoder (loads both on first use).</summary>
    public static ShortTextStanceClassifier Classifier => DefaultClassifier.Value;

    private static ShortTextStanceModel LoadModel()
    {
        using Stream? stream = typeof(MiniLmStance).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            throw new InvalidOperationException($"The embedded model '{ResourceName}' is missing from NewsNlp.Stance.MiniLM; train one with 'newsnlp-stance-minilm train' and load it with ShortTextStanceModel.Load.");
        }

        return ShortTextStanceModel.Load(stream, ResourceName);
    }
}
