using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsNlp.Serialization;

/// <summary>
/// Reads and writes JSON strings without losing unpaired UTF-16 surrogates: the text of a document is kept exactly as
/// given (offsets count UTF-16 units), and System.Text.Json's default path turns a lone surrogate into U+FFFD.
/// A lone surrogate is written as a <c>\uD800</c>-style escape and read back as that code unit. Packages that add a
/// document layer (<see cref="Documents.LayerKey"/>) use it in their own serializer context so their strings round-trip too.
/// </summary>
public sealed class LosslessStringConverter : JsonConverter<string>
{
    /// <inheritdoc />
    public override bool HandleNull => false;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }

        if (!reader.ValueIsEscaped)
        {
            return reader.GetString();
        }

        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return Unescape(raw);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes <paramref name="value"/> as a JSON string, a lone surrogate as its <c>\uD800</c>-style escape.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, string value)
    {
        int lone = FirstLoneSurrogate(value);
        if (lone < 0)
        {
            writer.WriteStringValue(value);
            return;
        }

        writer.WriteRawValue(Escape(value, lone), skipInputValidation: true);
    }

    /// <summary>Index of the first unpaired surrogate, or -1.</summary>
    internal static int FirstLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static string Escape(string value, int firstLone)
    {
        var json = new StringBuilder(value.Length + 16);
        json.Append('"');
        AppendEscaped(json, value.AsSpan(0, firstLone));
        int runStart = firstLone;
        for (int i = firstLone; i < value.Length; i++)
        {
            char c = value[i];
            bool paired = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (paired)
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                AppendEscaped(json, value.AsSpan(runStart, i - runStart));
                json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                runStart = i + 1;
            }
        }

        AppendEscaped(json, value.AsSpan(runStart));
        json.Append('"');
        return json.ToString();
    }

    /// <summary>JSON-escapes well-formed text: quotes, backslashes and control characters; everything else as is.</summary>
    private static void AppendEscaped(StringBuilder json, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                default:
                    if (c < ' ' || c is '\u2028' or '\u2029' or '\u007f')
                    {
                        json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }
    }

    /// <summary>Unescapes a JSON string body (already validated by the reader) straight to UTF-16.</summary>
    internal static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        int run = 0;
        int i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != (byte)'\\')
            {
                i++;
                continue;
            }

            text.Append(Encoding.UTF8.GetString(raw[run..i]));
            byte kind = raw[i + 1];
            switch (kind)
            {
                case (byte)'u':
                    text.Append((char)int.Parse(Encoding.ASCII.GetString(raw.Slice(i + 2, 4)), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 6;
                    break;
                case (byte)'n': text.Append('\n'); i += 2; break;
                case (byte)'r': text.Append('\r'); i += 2; break;
                case (byte)'t': text.Append('\t'); i += 2; break;
                case (byte)'b': text.Append('\b'); i += 2; break;
                case (byte)'f': text.Append('\f'); i += 2; break;
                default: text.Append((char)kind); i += 2; break;   // \" \\ \/
            }

            run = i;
        }

        text.Append(Encoding.UTF8.GetString(raw[run..]));
        return text.ToString();
    }
}
