namespace NewsNlp.Rendering;

/// <summary>One article page written by a batch render, as listed on the index page.</summary>
/// <param name="FileName">The page's file name, relative to the index page.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Entities">Entity mentions found.</param>
/// <param name="Quotes">Quotes found.</param>
/// <param name="Speakers">Speakers' names, most quotes first.</param>
/// <param name="Error">Why the article has no page, or null when it was rendered.</param>
public sealed record RenderedArticle(string FileName, string Title, int Entities, int Quotes, IReadOnlyList<string> Speakers, string? Error = null);
