using NewsNlp.Documents;

namespace NewsNlp.Entities;

/// <summary>Finds named-entity mentions in a tokenized document (tokens and sentences must be present).</summary>
/// <remarks>Implementations are thread-safe: one instance serves any number of documents at once.</remarks>
public interface IEntityRecognizer
{
    /// <summary>Returns the mentions found in <paramref name="document"/>, in text order, without modifying it.</summary>
    /// <param name="document">A document with tokens and sentences.</param>
    /// <param name="cancellationToken">Checked once per sentence.</param>
    IReadOnlyList<EntityMention> Recognize(NewsDocument document, CancellationToken cancellationToken = default);
}
