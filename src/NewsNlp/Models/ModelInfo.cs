namespace NewsNlp.Models;

/// <summary>
/// One model embedded in a NewsNlp model package: what it does, what it was trained on, the terms of that data, its
/// measured accuracy and its size (the answer of <c>newsnlp models</c>; see <see cref="ModelCatalog"/>).
/// </summary>
public sealed record ModelInfo
{
    /// <summary>Short name, e.g. <c>ner-conll2003</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The assembly (and NuGet package) the model is embedded in, e.g. <c>NewsNlp.Models.Ner</c>.</summary>
    public required string Package { get; init; }

    /// <summary>Version of the package that ships it (the model is versioned with its package).</summary>
    public required string Version { get; init; }

    /// <summary>The manifest resource name of the model bytes.</summary>
    public required string Resource { get; init; }

    /// <summary>The pipeline stage that uses it, e.g. <c>ner</c>.</summary>
    public required string Stage { get; init; }

    /// <summary>What the model predicts, in a phrase.</summary>
    public required string Task { get; init; }

    /// <summary>The model file's kind and format version.</summary>
    public required string Format { get; init; }

    /// <summary>The data it was trained on (one entry per source).</summary>
    public required IReadOnlyList<string> TrainingData { get; init; }

    /// <summary>The terms of the training data as their sources state them, in brief.</summary>
    public required string Terms { get; init; }

    /// <summary>Path, inside the package, of the model's full licence and attribution text (e.g. <c>licenses/ner-conll2003.txt</c>).</summary>
    public required string LicenseFile { get; init; }

    /// <summary>Measured accuracy on held-out test data (the figures of the model card and README).</summary>
    public required IReadOnlyList<string> Metrics { get; init; }

    /// <summary>Path of the model card in the source repository.</summary>
    public required string Card { get; init; }

    /// <summary>Size of the embedded model in bytes.</summary>
    public required long SizeBytes { get; init; }

    /// <summary>SHA-256 of the embedded model bytes (lower-case hex): identifies exactly which weights are shipped.</summary>
    public required string Sha256 { get; init; }
}
