namespace NewsNlp.Rendering;

/// <summary>HTML escaping that is safe for text and attribute values and never emits an invalid character.</summary>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="text"/> escaped: <c>&amp; &lt; &gt; " '</c> as entities; control characters (except tab and line breaks) and unpaired surrogates as U+FFFD.</summary>
    public static void Write(TextWriter writer, ReadOnlySpan<char> text)
    {
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => null,
                < ' ' or '\u007F' => "\uFFFD",
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => Pair(ref i),
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            if (replacement.Length == 0)
            {
                continue; // a valid surrogate pair: keep it in the run
            }

            writer.Write(text[run..i]);
            writer.Write(replacement);
            run = i + 1;
        }

        writer.Write(text[run..]);
    }

    /// <summary>Escapes <paramref name="text"/> into a string.</summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, text);
        return writer.ToString();
    }

    private static string Pair(ref int i)
    {
        i++; // skip the low surrogate; both characters stay in the current run
        return "";
    }
}
