using NewsNlp.Documents;

namespace NewsNlp.Pipeline;

/// <summary>
/// One step of a <see cref="NewsPipeline"/>: reads some annotations of a document and adds others.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe once constructed: one instance processes many documents concurrently.
/// Keep per-document state on the stack or in the document, never in fields.
/// </remarks>
public interface IPipelineStage
{
    /// <summary>A short unique name (e.g. <c>tokenizer</c>, <c>ner</c>) used in errors, JSON provenance and <c>--stages</c>.</summary>
    string Name { get; }

    /// <summary>Annotation names this stage needs before it runs (see <see cref="AnnotationNames"/>).</summary>
    IReadOnlyCollection<string> Requires { get; }

    /// <summary>Annotation names this stage produces.</summary>
    IReadOnlyCollection<string> Produces { get; }

    /// <summary>Annotates <paramref name="document"/>.</summary>
    /// <param name="document">The document; the stage adds its annotations and calls <see cref="NewsDocument.MarkProduced"/>.</param>
    /// <param name="cancellationToken">Checked at least once per paragraph or comparable unit of work.</param>
    void Process(NewsDocument document, CancellationToken cancellationToken);
}
