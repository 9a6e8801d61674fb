using System.CommandLine;
using System.Text.Json;
using NewsNlp.Documents;
using NewsNlp.Learning;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Learning;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp quotes INPUT --output-dir OUT</c>: one JSON line a quote per input text file (the eval contract).</summary>
internal static class QuotesCommand
{
    public static void Register(Command root)
    {
        var input = new Argument<FileSystemInfo>("INPUT") { Description = "A .txt file or a folder of .txt files (UTF-8)." };
        var outputDir = new Option<DirectoryInfo>("--output-dir") { Description = "Folder receiving <name>.jsonl for each input.", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "An attribution tagger model file (default: the embedded one)." };
        var noTagger = new Option<bool>("--rules-only") { Description = "Use only the rules, not the learned tagger." };
        Option<string> acts = ActsOption.Create();
        var command = new Command("quotes", "Find quotations with their cue, source mention and speaker; write one JSON object a quote.") { input, outputDir, model, noTagger, acts };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(outputDir)!, parse.GetValue(model), parse.GetValue(noTagger), ActsOption.Parse(parse.GetValue(acts))));
        root.Subcommands.Add(command);
    }

    private static int Run(FileSystemInfo input, DirectoryInfo outputDir, FileInfo? model, bool rulesOnly, AttributionActs acts)
    {
        List<FileInfo> files;
        if (input is DirectoryInfo dir || Directory.Exists(input.FullName))
        {
            files = [.. new DirectoryInfo(input.FullName).EnumerateFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal)];
        }
        else if (File.Exists(input.FullName))
        {
            files = [new FileInfo(input.FullName)];
        }
        else
        {
            Console.Error.WriteLine($"newsnlp: '{input.FullName}' is neither a file nor a folder.");
            return 2;
        }

        try
        {
            Directory.CreateDirectory(outputDir.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"newsnlp: cannot create '{outputDir.FullName}': {ex.Message}");
            return 2;
        }

        var options = new QuoteStageOptions { UseLearnedTagger = !rulesOnly, Acts = acts };
        if (model is not null)
        {
            try
            {
                options.Tagger = AttributionTagger.Load(model.FullName);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ModelFormatException)
            {
                Console.Error.WriteLine($"newsnlp: cannot load '{model.FullName}': {ex.Message}");
                return 2;
            }
        }

        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().Replace(QuoteStage.StageName, new QuoteStage(options)).Build();
        int failures = 0;
        foreach (FileInfo file in files)
        {
            string? text = InputFiles.ReadText(file);
            if (text is null)
            {
                failures++;
                continue;
            }

            NewsDocument document;
            try
            {
                document = pipeline.Process(text, new DocumentMetadata { Id = file.Name });
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine($"newsnlp: '{file.FullName}': {ex.Message}");
                failures++;
                continue;
            }

            string name = Path.GetFileNameWithoutExtension(file.Name) + ".jsonl";
            using FileStream stream = File.Create(Path.Combine(outputDir.FullName, name));
            Write(document, stream);
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>Writes the document's quotes as JSON Lines in the eval contract's shape.</summary>
    internal static void Write(NewsDocument document, Stream stream)
    {
        var options = new JsonWriterOptions { Indented = false };
        foreach (Quote q in document.Quotes)
        {
            using (var json = new Utf8JsonWriter(stream, options))
            {
                json.WriteStartObject();
                json.WriteNumber("id", q.Id);
                json.WriteStartArray("content");
                foreach (TextSpan span in q.Content)
                {
                    WriteSpan(json, span);
                }

                json.WriteEndArray();
                json.WritePropertyName("source");
                WriteSpan(json, q.Source);
                json.WritePropertyName("cue");
                WriteSpan(json, q.Cue);
                if (q.SpeakerName is null)
                {
                    json.WriteNull("speaker");
                }
                else
                {
                    json.WriteString("speaker", q.SpeakerName);
                }

                json.WriteString("type", q.Kind switch { QuoteKind.Direct => "direct", QuoteKind.Mixed => "mixed", _ => "indirect" });
                json.WriteString("act", WireNames.Of(q.Act));
                json.WriteNumber("confidence", Math.Round(q.Confidence, 3));
                json.WriteString("decided_by", q.DecidedBy);
                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan? span)
    {
        if (span is not { } s)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartArray();
        json.WriteNumberValue(s.Start);
        json.WriteNumberValue(s.End);
        json.WriteEndArray();
    }
}
