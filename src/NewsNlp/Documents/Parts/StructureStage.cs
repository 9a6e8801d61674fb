using NewsNlp.Pipeline;

namespace NewsNlp.Documents.Parts;

/// <summary>
/// Finds the parts of an article outside its running text (<see cref="DocumentStructureFinder"/>) into
/// <see cref="NewsDocument.Structure"/>, and puts the headline into <see cref="NewsDocument.Metadata"/> when the
/// caller gave none. The quote stage never reads reported speech or speakers in these parts but the headline.
/// </summary>
/// <remarks>Thread-safe: keeps no per-document state.</remarks>
public sealed class StructureStage : IPipelineStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "structure";

    private static readonly string[] ProducesList = [AnnotationNames.Structure];

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Requires => [];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Produces => ProducesList;

    /// <inheritdoc />
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Structure.Clear();
        var parts = new List<DocumentPart>();
        DocumentStructureFinder.Find(document.Text, parts, cancellationToken);
        document.Structure.AddRange(parts);
        if (document.Metadata.Headline is null && parts.Find(p => p.Kind == DocumentPartKind.Headline) is { Span.IsEmpty: false } headline)
        {
            document.Metadata = document.Metadata with { Headline = document.GetText(headline.Span), HeadlineFromText = true };
        }
    }
}
