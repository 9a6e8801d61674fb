using System.Buffers;
using System.Text;
using NewsNlp.Cli.Output;

namespace NewsNlp.Cli.Inputs;

/// <summary>
/// The one way the commands read an article's text, from a file or standard input:
/// <list type="bullet">
/// <item>a UTF-8, UTF-16 (LE/BE) or UTF-32 (LE/BE) byte-order mark selects that encoding and is dropped; without one the
/// bytes are UTF-8, invalid sequences becoming U+FFFD (so offsets match the scorers, which decode UTF-8);</item>
/// <item>the character limit is enforced while reading: reading stops at the first chunk past it, so a huge file, a
/// device or an endless standard input never has to fit in memory;</item>
/// <item>binary input is refused: a NUL character anywhere, or more than a tenth (and at least 4) control or undecodable
/// characters in the first 64 Ki characters.</item>
/// </list>
/// </summary>
internal static class InputReader
{
    private const int ChunkChars = 1 << 16;
    private const int SniffChars = 1 << 16;

    /// <summary>Reads <paramref name="document"/> (a file, or standard input when its path is null).</summary>
    /// <exception cref="InputException">Unreadable, too long or binary; the message says which and why.</exception>
    public static string Read(InputDocument document, CliEnvironment env, InputLimits limits)
    {
        if (document.Path is null)
        {
            using Stream stdin = env.OpenStdin();
            return Read(stdin, limits, sizeHint: 0);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(document.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            throw new InputException(DocumentErrorCodes.Unreadable, $"cannot read: {ex.Message}", ex);
        }

        using (stream)
        {
            long size = stream.CanSeek ? stream.Length : 0;
            return Read(stream, limits, size);
        }
    }

    /// <summary>Reads all of <paramref name="stream"/> as text under <paramref name="limits"/>.</summary>
    /// <exception cref="InputException">Unreadable, too long or binary.</exception>
    public static string Read(Stream stream, InputLimits limits, long sizeHint = 0)
    {
        using var reader = new StreamReader(stream, CliEnvironment.Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var text = new StringBuilder((int)Math.Min(Math.Max(sizeHint, 16), 1 << 20));
        var sniff = new TextSniffer();
        char[] buffer = ArrayPool<char>.Shared.Rent(ChunkChars);
        try
        {
            int read;
            while ((read = ReadChunk(reader, buffer)) > 0)
            {
                ReadOnlySpan<char> chunk = buffer.AsSpan(0, read);
                int nul = chunk.IndexOf('\0');
                if (nul >= 0)
                {
                    throw new InputException(DocumentErrorCodes.Binary,
                        $"not text: a NUL character at offset {text.Length + nul:N0} (binary data, or UTF-16/UTF-32 without a byte-order mark); give UTF-8 text, or UTF-16/UTF-32 with a byte-order mark");
                }

                if ((long)text.Length + read > limits.MaxChars)
                {
                    string how = limits.OptionName is null ? "" : $" (raise it with {limits.OptionName})";
                    throw new InputException(DocumentErrorCodes.TooLong,
                        $"longer than the limit of {limits.MaxChars:N0} characters{how}; stopped reading after {text.Length + read:N0}");
                }

                sniff.Add(chunk, text.Length);
                text.Append(chunk);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        if (sniff.LooksBinary(out string? why))
        {
            throw new InputException(DocumentErrorCodes.Binary, $"not text: {why}; give UTF-8 text, or UTF-16/UTF-32 with a byte-order mark");
        }

        return text.ToString();
    }

    private static int ReadChunk(StreamReader reader, char[] buffer)
    {
        try
        {
            return reader.Read(buffer, 0, ChunkChars);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InputException(DocumentErrorCodes.Unreadable, $"cannot read: {ex.Message}", ex);
        }
    }

    /// <summary>Counts control and undecodable characters among the first <see cref="SniffChars"/> characters.</summary>
    private sealed class TextSniffer
    {
        private const int MinSuspicious = 4;

        private int _seen;
        private int _suspicious;

        public void Add(ReadOnlySpan<char> chunk, int offset)
        {
            if (offset >= SniffChars)
            {
                return;
            }

            ReadOnlySpan<char> head = chunk[..Math.Min(chunk.Length, SniffChars - offset)];
            foreach (char c in head)
            {
                if (IsSuspicious(c))
                {
                    _suspicious++;
                }
            }

            _seen += head.Length;
        }

        public bool LooksBinary(out string? why)
        {
            // More than 10 % control or replacement characters (and more than a stray few): no news text looks like
            // that, every binary format does.
            if (_suspicious >= MinSuspicious && _suspicious * 10L > _seen)
            {
                why = $"{_suspicious * 100.0 / _seen:F0}% of the first {_seen:N0} characters are control characters or undecodable bytes";
                return true;
            }

            why = null;
            return false;
        }

        private static bool IsSuspicious(char c) =>
            c == '\uFFFD'
            || (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            || c is >= '\u007F' and <= '\u009F';
    }
}
