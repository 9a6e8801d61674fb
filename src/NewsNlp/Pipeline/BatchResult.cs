using System.Diagnostics.CodeAnalysis;
using NewsNlp.Documents;

namespace NewsNlp.Pipeline;

/// <summary>The outcome of one document of a batch: either a document or the exception that stopped it.</summary>
/// <param name="Index">Zero-based position of the input in the batch.</param>
/// <param name="Input">The input.</param>
/// <param name="Document">The processed document, when it succeeded.</param>
/// <param name="Error">The failure, when it did not.</param>
public sealed record BatchResult(int Index, DocumentInput Input, NewsDocument? Document, Exception? Error)
{
    /// <summary>True when the document was processed.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null && Document is not null;
}
