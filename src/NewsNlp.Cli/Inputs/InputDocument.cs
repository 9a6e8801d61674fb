namespace NewsNlp.Cli.Inputs;

/// <summary>One article to read: its id (path as given, or <c>-</c>) and how to read its text.</summary>
/// <param name="Id">Shown in errors and written as the document id.</param>
/// <param name="Path">Full path of the file, or null for standard input.</param>
internal sealed record InputDocument(string Id, string? Path);
