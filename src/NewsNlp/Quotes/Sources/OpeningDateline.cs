using NewsNlp.Documents.Parts;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// A dateline opening a paragraph (<c>MANILA, April 14 (AFP) -</c>, <c>LONDON (Reuters) -</c>) is no part of the first
/// sentence's clause: a subject searched from the sentence start begins after it (<c>MANILA, April 14 (AFP) - The bank
/// cut its forecast, saying …</c> → the bank).
/// </summary>
internal static class OpeningDateline
{
    /// <summary>
    /// The first token after a dateline that opens the line of token <paramref name="start"/> (which must be the line's
    /// first token), or <paramref name="start"/> when there is none.
    /// </summary>
    public static int Skip(DocumentView v, int start, int end)
    {
        string text = v.Text;
        int from = v.Starts[start];
        if (from > 0 && text[from - 1] != '\n')
        {
            return start;
        }

        int lineEnd = text.IndexOf('\n', from, Math.Min(text.Length - from, DocumentStructureFinder.MaxDatelineChars));
        ReadOnlySpan<char> line = text.AsSpan(from, (lineEnd < 0 ? Math.Min(text.Length, from + DocumentStructureFinder.MaxDatelineChars) : lineEnd) - from);
        int length = DocumentStructureFinder.Dateline(line);
        if (length <= 0 || length >= line.Length)
        {
            return start;
        }

        int t = start;
        while (t < end && v.Starts[t] < from + length)
        {
            t++;
        }

        return t < end ? t : start;
    }
}
