using System.CommandLine;
using System.Text.Json;
using NewsNlp.Cli.Inputs;
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
    public static void Register(Command root, CliEnvironment env)
    {
        var input = new Argument<string>("INPUT") { Description = "A text file, a folder of .txt files, or - for standard input (written as stdin.jsonl)." };
        var outputDir = new Option<DirectoryInfo>("--output-dir") { Description = "Folder receiving <name>.jsonl for each input.", Required = true };
        var model = new Option<FileInfo>("--model") { Description = "An attribution tagger model file (default: the embedded one)." };
        model.AcceptExistingOnly();
        var noTagger = new Option<bool>("--rules-only") { Description = "Use only the rules, not the learned tagger." };
        Option<string> acts = ActsOption.Create();
        var command = new Command("quotes", "Find quotations with their cue, source mention and speaker; write one JSON object a quote (the PolNeAR scorer's format).") { input, outputDir, model, noTagger, acts };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(outputDir)!, parse.GetValue(model), parse.GetValue(noTagger), ActsOption.Parse(parse.GetValue(acts)), env));
        root.Subcommands.Add(command);
    }

    private static int Run(string input, DirectoryInfo outputDir, FileInfo? model, bool rulesOnly, AttributionActs acts, CliEnvironment env)
    {
        InputSet? inputs = InputSet.Resolve(input, "*.txt", recursive: false, env);
        if (inputs is null)
        {
            return ExitCodes.UsageError;
        }

        try
        {
            Directory.CreateDirectory(outputDir.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error($"cannot create '{outputDir.FullName}': {ex.Message}");
            return ExitCodes.UsageError;
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
                env.Error($"cannot load '{model.FullName}': {ex.Message}");
                return ExitCodes.UsageError;
            }
        }

        // The command neutralises feed markup itself (it needs the blanked regions to cut spans around them), so the
        // pipeline does not scan the text a second time.
        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().Configure(o => o.NeutralizeFeedMarkup = false)
            .Replace(QuoteStage.StageName, new QuoteStage(options)).Build();
        int failures = 0;
        foreach (InputDocument file in inputs.Documents)
        {
            string name = file.Path is null ? "stdin" : Path.GetFileName(file.Path);
            NewsDocument document;
            IReadOnlyList<TextSpan> markup;
            try
            {
                // Feed markup (AG News' " quot;", escaped ticker links) is made neutral without moving a character.
                string text = FeedMarkup.Neutralize(InputReader.Read(file, env, InputLimits.Default), out markup);
                document = pipeline.Process(text, new DocumentMetadata { Id = name });
            }
            catch (InputException ex)
            {
                env.Error($"{file.Id}: {ex.Message}");
                failures++;
                continue;
            }
            catch (ArgumentException ex)
            {
                env.Error($"{file.Id}: {Output.ErrorMessages.Describe(ex)}");
                failures++;
                continue;
            }

            string path = Path.Combine(outputDir.FullName, Path.GetFileNameWithoutExtension(name) + ".jsonl");
            try
            {
                using FileStream stream = File.Create(path);
                Write(document, stream, markup);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                env.Error($"cannot write '{path}': {ex.Message}");
                return ExitCodes.OutputFailed;
            }
        }

        return failures == 0 && inputs.UnreadableFolders == 0 ? ExitCodes.Success : ExitCodes.SomeDocumentsFailed;
    }

    /// <summary>Writes the document's quotes as JSON Lines in the eval contract's shape.</summary>
    /// <param name="document">The annotated document.</param>
    /// <param name="stream">Receives the lines.</param>
    /// <param name="markup">Regions of feed markup (<see cref="FeedMarkup.Neutralize"/>): no content or source span covers them.</param>
    internal static void Write(NewsDocument document, Stream stream, IReadOnlyList<TextSpan>? markup = null)
    {
        var options = new JsonWriterOptions { Indented = false };
        markup ??= [];
        foreach (Quote q in document.Quotes)
        {
            using (var json = new Utf8JsonWriter(stream, options))
            {
                json.WriteStartObject();
                json.WriteNumber("id", q.Id);
                json.WriteStartArray("content");
                foreach (TextSpan span in q.Content)
                {
                    foreach (TextSpan piece in FeedMarkup.Outside(document.Text, span, markup))
                    {
                        WriteSpan(json, piece);
                    }
                }

                json.WriteEndArray();
                json.WritePropertyName("source");
                WriteSpan(json, q.Source is { } source ? FeedMarkup.Outside(document.Text, source, markup).FirstOrDefault() is { IsEmpty: false } first ? first : null : null);
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
