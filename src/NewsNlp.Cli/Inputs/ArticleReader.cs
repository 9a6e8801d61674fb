using System.Buffers;
using System.Text;
using NewsNlp.Cli.Output;
using NewsNlp.Corpus.Inputs;

namespace NewsNlp.Cli.Inputs;

/// <summary>One article read from an input, or the reason it could not be.</summary>
/// <param name="Id">The article's id (JSONL <c>id</c>, else <c>FILE:LINE</c>; the path for a text or HTML file).</param>
/// <param name="Article">The article, or null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the article could not be read.</param>
internal sealed record ArticleRead(string Id, ArticleInput? Article, InputException? Error);

/// <summary>One article read from <paramref name="Source"/>; <paramref name="IsRecord"/> when it is a line of a JSONL file.</summary>
internal readonly record struct SourcedArticle(InputDocument Source, ArticleRead Read, bool IsRecord);

/// <summary>
/// Reads the articles of an input in its format (<see cref="ArticleFormat"/>): a text file is one article, a web page one
/// article (SmartReader's text, title, byline, date and site), a JSONL file one article per non-blank line. Every read is
/// bounded by <see cref="InputLimits"/> (a text or HTML file as a whole; each JSONL line on its own, so a feed of any size
/// streams) and binary input is refused as by <see cref="InputReader"/>. A bad file or line becomes one error record;
/// the rest is still read.
/// </summary>
internal static class ArticleReader
{
    /// <summary>The error code of a JSONL line that is not an article record, or a page without article text.</summary>
    public const string BadRecord = "bad-record";

    /// <summary>
    /// Every article of <paramref name="documents"/>, lazily and in order, each input in its format
    /// (<paramref name="inputFormat"/>: <c>auto</c>, <c>text</c>, <c>html</c> or <c>jsonl</c>): the one loop over the
    /// inputs that <c>analyze</c>, <c>render DIR</c>, <c>index</c> and <c>bench-index</c> share.
    /// </summary>
    public static IEnumerable<SourcedArticle> ReadAll(IEnumerable<InputDocument> documents, string inputFormat, CliEnvironment env, InputLimits limits)
    {
        foreach (InputDocument source in documents)
        {
            ArticleFormat format = ArticleFormats.Of(source, inputFormat);
            foreach (ArticleRead read in Read(source, format, env, limits))
            {
                yield return new SourcedArticle(source, read, format == ArticleFormat.Jsonl);
            }
        }
    }

    /// <summary>The articles of <paramref name="document"/>, lazily.</summary>
    public static IEnumerable<ArticleRead> Read(InputDocument document, ArticleFormat format, CliEnvironment env, InputLimits limits) => format switch
    {
        ArticleFormat.Jsonl => ReadJsonl(document, env, limits),
        ArticleFormat.Html => [ReadHtml(document, env, limits)],
        _ => [ReadText(document, env, limits)],
    };

    private static ArticleRead ReadText(InputDocument document, CliEnvironment env, InputLimits limits)
    {
        try
        {
            return new ArticleRead(document.Id, new ArticleInput { Id = document.Id, Text = InputReader.Read(document, env, limits) }, null);
        }
        catch (InputException ex)
        {
            return new ArticleRead(document.Id, null, ex);
        }
    }

    private static ArticleRead ReadHtml(InputDocument document, CliEnvironment env, InputLimits limits)
    {
        try
        {
            string html = InputReader.Read(document, env, limits);
            return new ArticleRead(document.Id, HtmlArticleExtractor.Extract(html, document.Id), null);
        }
        catch (InputException ex)
        {
            return new ArticleRead(document.Id, null, ex);
        }
        catch (FormatException ex)
        {
            return new ArticleRead(document.Id, null, new InputException(BadRecord, ex.Message, ex));
        }
    }

    private static IEnumerable<ArticleRead> ReadJsonl(InputDocument document, CliEnvironment env, InputLimits limits)
    {
        Stream stream;
        try
        {
            stream = document.Path is null
                ? env.OpenStdin()
                : new FileStream(document.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return [new ArticleRead(document.Id, null, new InputException(DocumentErrorCodes.Unreadable, $"cannot read: {ex.Message}", ex))];
        }

        return Lines(document, stream, limits);
    }

    private static IEnumerable<ArticleRead> Lines(InputDocument document, Stream stream, InputLimits limits)
    {
        using (stream)
        {
            using var lines = new BoundedLines(stream, limits);
            while (true)
            {
                BoundedLines.Line line;
                InputException? failed = null;
                try
                {
                    line = lines.Next();
                }
                catch (InputException ex)
                {
                    line = default;
                    failed = ex;
                }

                if (failed is not null)
                {
                    // The file itself failed (an I/O error): one record, and the rest of the file is lost.
                    yield return new ArticleRead($"{document.Id}:{lines.LineNumber + 1}", null, failed);
                    yield break;
                }

                if (line.EndOfInput)
                {
                    yield break;
                }

                string where = $"{document.Id}:{line.Number}";
                if (line.Error is { } error)
                {
                    yield return new ArticleRead(where, null, error);
                    continue;
                }

                if (string.IsNullOrWhiteSpace(line.Text))
                {
                    continue;
                }

                ArticleRead read;
                try
                {
                    ArticleInput article = JsonlArticle.Parse(line.Text!);
                    read = new ArticleRead(article.Id ?? where, article.Id is null ? article with { Id = where } : article, null);
                }
                catch (FormatException ex)
                {
                    read = new ArticleRead(where, null, new InputException(BadRecord, $"line {line.Number}: {ex.Message}", ex));
                }

                yield return read;
            }
        }
    }

    /// <summary>
    /// Lines of a UTF-8 stream (BOM-aware), each at most <see cref="InputLimits.MaxChars"/> characters: a longer line, or
    /// one with a NUL character, is skipped to its end and reported, without ever being held in memory whole.
    /// </summary>
    private sealed class BoundedLines : IDisposable
    {
        private readonly StreamReader _reader;
        private readonly InputLimits _limits;
        private readonly char[] _buffer = ArrayPool<char>.Shared.Rent(1 << 16);
        private int _position;
        private int _length;

        public BoundedLines(Stream stream, InputLimits limits)
        {
            _reader = new StreamReader(stream, CliEnvironment.Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
            _limits = limits;
        }

        public int LineNumber { get; private set; }

        public Line Next()
        {
            var text = new StringBuilder();
            bool tooLong = false, binary = false, any = false;
            while (true)
            {
                if (_position == _length && !Fill())
                {
                    if (!any)
                    {
                        return new Line(LineNumber, null, null, EndOfInput: true);
                    }

                    break;
                }

                any = true;
                ReadOnlySpan<char> chunk = _buffer.AsSpan(_position, _length - _position);
                int newline = chunk.IndexOf('\n');
                ReadOnlySpan<char> part = newline >= 0 ? chunk[..newline] : chunk;
                _position += newline >= 0 ? newline + 1 : chunk.Length;
                binary |= part.Contains('\0');
                if (!tooLong && text.Length + part.Length > _limits.MaxChars)
                {
                    tooLong = true;
                    text.Clear();
                }

                if (!tooLong && !binary)
                {
                    text.Append(part);
                }

                if (newline >= 0)
                {
                    break;
                }
            }

            LineNumber++;
            if (binary)
            {
                return new Line(LineNumber, null, new InputException(DocumentErrorCodes.Binary, $"line {LineNumber}: not text (a NUL character)"), false);
            }

            if (tooLong)
            {
                string how = _limits.OptionName is null ? "" : $" (raise it with {_limits.OptionName})";
                return new Line(LineNumber, null, new InputException(DocumentErrorCodes.TooLong, $"line {LineNumber}: longer than the limit of {_limits.MaxChars:N0} characters{how}"), false);
            }

            return new Line(LineNumber, text.ToString().TrimEnd('\r'), null, false);
        }

        private bool Fill()
        {
            try
            {
                _length = _reader.Read(_buffer, 0, _buffer.Length);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                throw new InputException(DocumentErrorCodes.Unreadable, $"cannot read: {ex.Message}", ex);
            }

            _position = 0;
            return _length > 0;
        }

        public void Dispose()
        {
            _reader.Dispose();
            ArrayPool<char>.Shared.Return(_buffer);
        }

        public readonly record struct Line(int Number, string? Text, InputException? Error, bool EndOfInput);
    }
}
