using NewsNlp.Documents;

namespace NewsNlp.Pipeline;

/// <summary>One document to process in a batch.</summary>
/// <param name="Text">The article text.</param>
/// <param name="Metadata">Optional metadata.</param>
public sealed record DocumentInput(string Text, DocumentMetadata? Metadata = null);
