using System.CommandLine;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Learning;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp tokenize FILE --format vertical</c>.</summary>
internal static class TokenizeCommand
{
    public static void Register(Command root)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A UTF-8 text file." };
        var format = new Option<string>("--format") { Description = "Output format: vertical (one token a line, a blank line after each sentence).", DefaultValueFactory = _ => "vertical" };
        format.AcceptOnlyFromAmong("vertical");
        var sentences = new Option<string>("--sentences") { Description = "Sentence splitter: model (learned boundary classifier, default) or rules.", DefaultValueFactory = _ => "model" };
        sentences.AcceptOnlyFromAmong("model", "rules");
        var paragraphs = new Option<ParagraphMode>("--paragraphs") { Description = "Paragraph breaks: Auto (blank lines if any, else every line), BlankLine or Line.", DefaultValueFactory = _ => ParagraphMode.Auto };
        var model = new Option<FileInfo?>("--model") { Description = "A sentence-boundary model file (from train-sentences) instead of the embedded one." };
        var command = new Command("tokenize", "Split a text file into tokens and sentences.") { file, format, sentences, paragraphs, model };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(sentences) == "rules", parse.GetValue(paragraphs), parse.GetValue(model)));
        root.Subcommands.Add(command);
    }

    private static int Run(FileInfo file, bool rules, ParagraphMode paragraphs, FileInfo? modelFile)
    {
        SentenceBoundaryModel? model = null;
        try
        {
            model = rules ? null : modelFile is null ? SentenceBoundaryModel.Embedded : SentenceBoundaryModel.Load(modelFile.FullName);
        }
        catch (Exception ex) when (ex is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"newsnlp: cannot load the sentence model: {ex.Message}");
            return 2;
        }

        string? text = InputFiles.ReadText(file);
        if (text is null)
        {
            return 2;
        }

        var document = new NewsDocument(text);
        var options = new SentenceSplitterOptions { ParagraphMode = paragraphs };
        ISentenceSplitter splitter = rules ? new SentenceSplitter(options) : new LearnedSentenceSplitter(model!, options);
        new TokenizerStage(NewsTokenizer.Default, splitter).Process(document, CancellationToken.None);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
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

        return 0;
    }
}
