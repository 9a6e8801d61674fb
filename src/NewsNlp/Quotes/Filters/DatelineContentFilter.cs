using NewsNlp.Documents.Parts;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Session 28: a dateline opening a paragraph inside the story is no part of what was said. A news digest gives each item
/// its own dateline (<c>FREETOWN, Sierra Leone - The former vice-president has been detained …, police sources
/// said.</c>, <c>BELGRADE - Over 2,000 firms are heading for bankruptcy, a union chief said.</c>), and the closing report
/// took the whole clause from the line's start. A reported or mixed draft whose content opens a line (after any
/// indentation) with a dateline (<see cref="DocumentStructureFinder.Dateline"/>: a place in capitals, an optional
/// country or date and agency, then a dash) starts after the dateline's dash.
/// </summary>
internal sealed class DatelineContentFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "dateline-content";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || draft.Content.Count == 0 || draft.FirstToken < 0 || draft.FirstToken >= v.Count)
        {
            return FilterVerdict.Keep;
        }

        string text = v.Text;
        int start = draft.Content[0].Start;
        int lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
        {
            lineStart--;
        }

        if (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            return FilterVerdict.Keep;
        }

        int lineEnd = text.IndexOf('\n', start);
        ReadOnlySpan<char> line = text.AsSpan(start, (lineEnd < 0 ? text.Length : lineEnd) - start);
        int length = DocumentStructureFinder.Dateline(line);
        if (length <= 0 || start + length >= draft.Content[0].End)
        {
            return FilterVerdict.Keep;
        }

        AppositiveContentFilter.StartContentAt(v, draft, start + length, draft.FirstToken);
        return FilterVerdict.Keep;
    }
}
