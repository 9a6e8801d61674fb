namespace NewsNlp.Quotes.Finding;

/// <summary>
/// Markup left in news text — <c>&lt;A HREF="http://…"&gt;MON.N&lt;/A&gt;</c> in wire copy, <c>&amp;lt;FONT
/// size="-2" color="#666666"&amp;gt;</c> escaped in feeds — quotes attribute values, not words: a quote mark inside a
/// tag (after <c>&lt;</c> or <c>&amp;lt;</c> and a tag name, before the tag's <c>&gt;</c> or <c>&amp;gt;</c>) is no
/// quotation mark. A <c>&lt;</c> followed by a space or a digit (<c>x &lt; 5</c>) opens no tag.
/// </summary>
internal static class MarkupTag
{
    /// <summary>A tag is searched for this many characters back from the mark.</summary>
    private const int MaxTagLength = 400;

    /// <summary>True when the mark at <paramref name="mark"/> lies inside a tag that opens at or after <paramref name="start"/>.</summary>
    public static bool Encloses(string text, int mark, int start)
    {
        int from = Math.Max(start, mark - MaxTagLength);
        for (int i = mark - 1; i >= from; i--)
        {
            char c = text[i];
            if (c == '>' || (c == ';' && EndsWith(text, i, "&gt;")))
            {
                return false;
            }

            if (c == '<' && OpensTag(text, i + 1))
            {
                return true;
            }

            if (c == '&' && string.CompareOrdinal(text, i, "&lt;", 0, 4) == 0 && OpensTag(text, i + 4))
            {
                return true;
            }

            if (c == '\n')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A tag name (a letter) or a closing tag's slash at <paramref name="i"/>.</summary>
    private static bool OpensTag(string text, int i) => i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '/');

    private static bool EndsWith(string text, int last, string value) =>
        last + 1 >= value.Length && string.CompareOrdinal(text, last + 1 - value.Length, value, 0, value.Length) == 0;
}
