using System.CommandLine;
using NewsNlp.Cli.Inputs;
using NewsNlp.Documents;
using NewsNlp.Learning;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp tokenize FILE --format vertical</c>.</summary>
internal static class TokenizeCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var file = new Argument<string>("FILE") { Description = "A text file (UTF-8, or UTF-16/UTF-32 with a byte-order mark), or - for standard input." };
        var format = new Option<string>("--format") { Description = "Output format: vertical (one token a line, a blank line after each sentence).", DefaultValueFactory = _ => "vertical" };
        format.AcceptOnlyFromAmong("vertical");
        var sentences = new Option<string>("--sentences") { Description = "Sentence splitter: model (learned boundary classifier, default) or rules.", DefaultValueFactory = _ => "model" };
        sentences.AcceptOnlyFromAmong("model", "rules");
        var paragraphs = new Option<ParagraphMode>("--paragraphs") { Description = "Paragraph breaks: Auto (blank lines if any, else every line), BlankLine or Line.", DefaultValueFactory = _ => ParagraphMode.Auto };
        var model = new Option<FileInfo>("--model") { Description = "A sentence-boundary model file (from train-sentences) instead of the embedded one." };
        model.AcceptExistingOnly();
        var command = new Command("tokenize", "Split a text file into tokens and sentences (the UD scorer's format).") { file, format, sentences, paragraphs, model };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(sentences) == "rules", parse.GetValue(paragraphs), parse.GetValue(model), env));
        root.Subcommands.Add(command);
    }

    private static int Run(string input, bool rules, ParagraphMode paragraphs, FileInfo? modelFile, CliEnvironment env)
    {
        SentenceBoundaryModel? model;
        try
        {
            model = rules ? null : modelFile is null ? SentenceBoundaryModel.Embedded : SentenceBoundaryModel.Load(modelFile.FullName);
        }
        catch (Exception ex) when (ex is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            env.Error($"cannot load the sentence model: {ex.Message}");
            return ExitCodes.UsageError;
        }

        string? text = SingleInput.Read(input, env, InputLimits.Default, out int exitCode);
        if (text is null)
        {
            return exitCode;
        }

        var document = new NewsDocument(text);
        var options = new SentenceSplitterOptions { ParagraphMode = paragraphs };
        ISentenceSplitter splitter = rules ? new SentenceSplitter(options) : new LearnedSentenceSplitter(model!, options);
        new TokenizerStage(NewsTokenizer.Default, splitter).Process(document, CancellationToken.None);
        try
        {
            using var output = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 16, leaveOpen: true);
            foreach (TokenRange sentence in document.Sentences)
            {
                for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    TokenRow row = document.Tokens[i];
                    output.Write(text.AsSpan(row.Start, row.Length));
                    output.Write('\n');
                }

                output.Write('\n');
            }
        }
        catch (IOException ex)
        {
            env.Error($"cannot write standard output: {ex.Message}");
            return ExitCodes.OutputFailed;
        }

        return ExitCodes.Success;
    }
}
