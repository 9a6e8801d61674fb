using System.CommandLine;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp tokenize FILE --format vertical</c>.</summary>
internal static class TokenizeCommand
{
    public static void Register(RootCommand root)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A UTF-8 text file." };
        var format = new Option<string>("--format") { Description = "Output format: vertical (one token a line, a blank line after each sentence).", DefaultValueFactory = _ => "vertical" };
        format.AcceptOnlyFromAmong("vertical");
        var command = new Command("tokenize", "Split a text file into tokens and sentences.") { file, format };
        command.SetAction(parse => Run(parse.GetValue(file)!));
        root.Subcommands.Add(command);
    }

    private static int Run(FileInfo file)
    {
        string? text = InputFiles.ReadText(file);
        if (text is null)
        {
            return 2;
        }

        var document = new NewsDocument(text);
        new TokenizerStage().Process(document, CancellationToken.None);
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
