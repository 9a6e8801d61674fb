using NewsNlp.Documents;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// The content of a quote whose cue names its speaker in the middle (<c>X was quoted as saying …</c>, <c>X was described
/// by Y as …</c>): the words after the cue's last word start the content.
/// </summary>
internal static class ContentStart
{
    /// <summary>A content starting before token <paramref name="after"/> and running past it starts there.</summary>
    public static void At(DocumentView v, QuoteDraft d, int after)
    {
        if (after >= v.Count || d.Content.Count == 0)
        {
            return;
        }

        TextSpan c = d.Content[0];
        int start = v.Starts[after];
        if (c.Start < start && start < c.End)
        {
            d.Content[0] = new TextSpan(start, c.End);
            d.FirstToken = Math.Max(d.FirstToken, after);
        }
    }
}
