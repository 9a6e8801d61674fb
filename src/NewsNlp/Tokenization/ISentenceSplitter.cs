using NewsNlp.Documents;

namespace NewsNlp.Tokenization;

/// <summary>Groups a tokenized document's tokens into sentences and paragraphs.</summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface ISentenceSplitter
{
    /// <summary>Fills <see cref="NewsDocument.Sentences"/> and <see cref="NewsDocument.Paragraphs"/> from the token table.</summary>
    void Split(NewsDocument document, CancellationToken cancellationToken = default);
}
