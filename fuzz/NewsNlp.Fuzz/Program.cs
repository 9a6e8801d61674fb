using System.Text;
using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Serialization;
using NewsNlp.Serialization.Model;
using NewsNlp.Tokenization;
using SharpFuzz;

namespace NewsNlp.Fuzz;

/// <summary>
/// AFL entry point: <c>NewsNlp.Fuzz tokenizer|quotes|json</c> reads one input from AFL's shared memory loop and runs
/// the target on it. A target may reject input with the documented exception (the JSON reader's
/// <see cref="JsonException"/>); any other exception or a broken invariant is a crash AFL records.
/// </summary>
internal static class Program
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static int Main(string[] args)
    {
        Action<string>? target = args.Length == 1 ? TargetOf(args[0]) : null;
        if (target is null)
        {
            Console.Error.WriteLine("usage: NewsNlp.Fuzz tokenizer|quotes|json   (run under afl-fuzz; see fuzz/README.md)");
            return 2;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: false);
            target(reader.ReadToEnd());
        });
        return 0;
    }

    private static Action<string>? TargetOf(string name) => name switch
    {
        "tokenizer" => Tokenizer,
        "quotes" => Quotes,
        "json" => Json,
        _ => null,
    };

    private static void Tokenizer(string text)
    {
        var document = new NewsDocument(text);
        NewsTokenizer.Default.Tokenize(text, document.Tokens);
        SentenceSplitter.Default.Split(document);
        int end = 0;
        foreach (TokenRow token in document.Tokens.Rows)
        {
            Check(token.Length > 0 && token.Start >= end && token.End <= text.Length, "token out of order or outside the text");
            end = token.End;
        }
    }

    private static void Quotes(string text)
    {
        var document = new NewsDocument(text);
        NewsTokenizer.Default.Tokenize(text, document.Tokens);
        SentenceSplitter.Default.Split(document);
        var quotations = new List<QuotedSpan>();
        QuoteMarkPairer.Find(text, [.. document.Paragraphs.Select(p => p.Span)], quotations);
        foreach (QuotedSpan q in quotations)
        {
            Check(q.Outer.Start >= 0 && q.Outer.End <= text.Length && q.Content.All(c => c.Start <= c.End), "quotation outside the text");
        }
    }

    private static void Json(string json)
    {
        try
        {
            DocumentJson model = NewsDocumentJson.Deserialize(json);
            Check(model.Schema.Length > 0, "document without a schema");
        }
        catch (JsonException)
        {
            // The documented rejection of malformed JSON.
        }
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
