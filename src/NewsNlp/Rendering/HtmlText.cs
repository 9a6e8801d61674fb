using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NewsNlp.Rendering;

/// <summary>HTML escaping for text and attribute values, by <see cref="HtmlEncoder"/>, that never emits an invalid character.</summary>
internal static class HtmlText
{
    // Every Unicode range passes through as text (the page is UTF-8); HtmlEncoder still escapes the markup characters
    // (& < > " ' +) and writes numeric references for what it never passes (astral characters, unassigned code points)
    // and U+FFFD for lone surrogates.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Control characters other than tab and line breaks: a numeric reference to one is an HTML parse error, so they are
    // replaced by U+FFFD before encoding.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>Writes <paramref name="text"/> escaped; control characters (except tab and line breaks) and unpaired surrogates become U+FFFD.</summary>
    public static void Write(TextWriter writer, ReadOnlySpan<char> text) => Encoder.Encode(writer, Sanitize(text));

    /// <summary>Escapes <paramref name="text"/> into a string.</summary>
    public static string Escape(ReadOnlySpan<char> text) => Encoder.Encode(Sanitize(text));

    private static string Sanitize(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAny(Controls))
        {
            return text.ToString();
        }

        return string.Create(text.Length, text.ToArray(), static (span, chars) =>
        {
            for (int i = 0; i < chars.Length; i++)
            {
                span[i] = Controls.Contains(chars[i]) ? '\uFFFD' : chars[i];
            }
        });
    }
}
