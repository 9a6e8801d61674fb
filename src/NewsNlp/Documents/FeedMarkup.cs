namespace NewsNlp.Documents;

/// <summary>
/// Markup that feeds leave in news text, made neutral without moving a character: an escaped quotation mark
/// (<c>&amp;quot;</c>, or <c>quot;</c> whose ampersand a feed dropped, as in AG News rows) becomes a plain <c>"</c> padded
/// with spaces; an escaped tag (<c>&amp;lt;A HREF="…"&amp;gt;</c>, <c>&amp;lt;/A&amp;gt;</c>, <c>&amp;lt;b&amp;gt;</c>) and a
/// link around a ticker (<c>&amp;lt;A HREF=…&amp;gt;SPLS.O&amp;lt;/A&amp;gt;</c>, escaped or not) become spaces; a backslash
/// standing for a line break between two words (<c>and\law-enforcement</c>) becomes a space.
/// </summary>
/// <remarks>
/// The result has the same length as the input, so every offset into it is an offset into the input: a caller can
/// annotate the neutral text and report spans of the original. <see cref="Neutralize"/> also returns the blanked
/// regions, so spans can be cut around them (markup is never a quote's content or a source). Apostrophe entities
/// inside words (<c>didn #39;t</c>) are left: replacing them without moving characters would split the word.
/// </remarks>
public static class FeedMarkup
{
    /// <summary>An escaped tag is searched for its closing <c>&amp;gt;</c> this far.</summary>
    private const int MaxTagLength = 400;

    /// <summary>A link's text at most this long with no space in it is a ticker, blanked with its tags.</summary>
    private const int MaxTickerLength = 24;

    /// <summary>
    /// The text with feed markup made neutral (same length), and the regions blanked (tags and links), in order.
    /// Returns <paramref name="text"/> itself when it holds no such markup.
    /// </summary>
    /// <param name="text">A news text.</param>
    /// <param name="blanked">Receives the character regions whose markup became spaces, in text order.</param>
    public static string Neutralize(string text, out IReadOnlyList<TextSpan> blanked)
    {
        ArgumentNullException.ThrowIfNull(text);
        var regions = new List<TextSpan>();
        blanked = regions;
        if (text.IndexOf("quot;", StringComparison.Ordinal) < 0
            && text.IndexOf("&lt;", StringComparison.Ordinal) < 0
            && text.IndexOf("<A HREF", StringComparison.OrdinalIgnoreCase) < 0
            && text.IndexOf('\\') < 0)
        {
            return text;
        }

        char[] chars = text.ToCharArray();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '&' && At(text, i, "&lt;") && TagEnd(text, i, "&lt;", "&gt;") is > 0 and int tagEnd)
            {
                i = Blank(text, chars, regions, i, tagEnd, "&lt;", "&gt;");
                continue;
            }

            if (c == '<' && At(text, i, "<A HREF") && TagEnd(text, i, "<", ">") is > 0 and int linkEnd)
            {
                i = Blank(text, chars, regions, i, linkEnd, "<", ">");
                continue;
            }

            if (c == 'q' && At(text, i, "quot;") && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                int start = i > 0 && (text[i - 1] == '&' || text[i - 1] == ' ') ? i - 1 : i;
                int end = i + 5;
                bool opening = end < text.Length && char.IsLetterOrDigit(text[end])
                    && (start == 0 || char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or '[' or ':' or ',');
                for (int k = start; k < end; k++)
                {
                    chars[k] = ' ';
                }

                chars[opening ? end - 1 : start] = '"';
                i = end;
                continue;
            }

            if (c == '\\' && i > 0 && i + 1 < text.Length && !char.IsWhiteSpace(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
            {
                chars[i] = ' ';
            }

            i++;
        }

        return new string(chars);
    }

    /// <summary>
    /// The pieces of <paramref name="span"/> outside the <paramref name="blanked"/> regions of <see cref="Neutralize"/>,
    /// each trimmed of white space, in order: a quote's content or source cut around the markup it crossed. A span that
    /// crosses no region is returned as it is.
    /// </summary>
    /// <param name="text">The neutral text the span points into.</param>
    /// <param name="span">A span of <paramref name="text"/>.</param>
    /// <param name="blanked">The regions <see cref="Neutralize"/> blanked, in text order.</param>
    public static IEnumerable<TextSpan> Outside(string text, TextSpan span, IReadOnlyList<TextSpan> blanked)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blanked);
        return blanked.Count == 0 || !blanked.Any(m => m.Overlaps(span)) ? [span] : Pieces(text, span, blanked);
    }

    private static IEnumerable<TextSpan> Pieces(string text, TextSpan span, IReadOnlyList<TextSpan> blanked)
    {
        int start = span.Start;
        foreach (TextSpan region in blanked)
        {
            if (region.End <= start || region.Start >= span.End)
            {
                continue;
            }

            if (new TextSpan(start, region.Start).TrimWhiteSpace(text) is { IsEmpty: false } before)
            {
                yield return before;
            }

            start = Math.Max(start, region.End);
        }

        if (new TextSpan(start, span.End).TrimWhiteSpace(text) is { IsEmpty: false } rest)
        {
            yield return rest;
        }
    }

    /// <summary>Blanks the tag at <paramref name="start"/> (ending at <paramref name="end"/>), and with an opening link tag its short ticker text and closing tag; returns where scanning goes on.</summary>
    private static int Blank(string text, char[] chars, List<TextSpan> regions, int start, int end, string open, string close)
    {
        int last = end;
        bool link = char.ToUpperInvariant(text[start + open.Length]) == 'A' && start + open.Length + 1 < text.Length && text[start + open.Length + 1] == ' ';
        if (link)
        {
            // <A HREF=…>SPLS.O</A>: a ticker link is markup as a whole.
            string closing = open + "/A" + close;
            int closeAt = text.IndexOf(closing, end, Math.Min(MaxTickerLength + closing.Length, text.Length - end), StringComparison.OrdinalIgnoreCase);
            if (closeAt >= 0 && text.AsSpan(end, closeAt - end).IndexOfAny(' ', '\n') < 0)
            {
                last = closeAt + closing.Length;
            }
        }

        for (int k = start; k < last; k++)
        {
            chars[k] = ' ';
        }

        if (regions.Count > 0 && IsBlankBetween(text, regions[^1].End, start))
        {
            regions[^1] = new TextSpan(regions[^1].Start, last);
        }
        else
        {
            regions.Add(new TextSpan(start, last));
        }

        return last;
    }

    /// <summary>The end (exclusive) of a tag opening at <paramref name="start"/> with <paramref name="open"/> and a tag name or slash, closing with <paramref name="close"/> on the same line; or -1.</summary>
    private static int TagEnd(string text, int start, string open, string close)
    {
        int name = start + open.Length;
        if (name >= text.Length || !(char.IsAsciiLetter(text[name]) || text[name] == '/'))
        {
            return -1;
        }

        int limit = Math.Min(text.Length, start + MaxTagLength);
        for (int k = name; k < limit; k++)
        {
            if (text[k] == '\n')
            {
                return -1;
            }

            if (At(text, k, close))
            {
                return k + close.Length;
            }
        }

        return -1;
    }

    private static bool IsBlankBetween(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return from <= to;
    }

    private static bool At(string text, int i, string value) =>
        i + value.Length <= text.Length && string.CompareOrdinal(text, i, value, 0, value.Length) == 0
        || (value.Length > 1 && char.IsAsciiLetterUpper(value[1]) && i + value.Length <= text.Length
            && string.Compare(text, i, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0);
}
