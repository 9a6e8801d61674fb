using System.CommandLine;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Training;
using NewsNlp.Learning;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp ner FILE --format conll|text [--model MODEL]</c>.</summary>
internal static class NerCommand
{
    public static void Register(Command root)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A CoNLL-2003 layout file (--format conll) or a UTF-8 text file (--format text)." };
        var format = new Option<string>("--format")
        {
            Description = "conll: every input line unchanged plus the predicted IOB2 tag as the last column (-DOCSTART- segments are documents); text: one mention a line (start, end, type, text).",
            DefaultValueFactory = _ => "conll",
        };
        format.AcceptOnlyFromAmong("conll", "text");
        var model = new Option<FileInfo?>("--model") { Description = "A model written by train-ner (default: the embedded CoNLL-2003 model)." };
        var command = new Command("ner", "Mark PERSON, ORGANIZATION, LOCATION and MISC entities.") { file, format, model };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(model)));
        root.Subcommands.Add(command);
    }

    private static int Run(FileInfo file, string format, FileInfo? modelFile)
    {
        PerceptronEntityRecognizer recognizer;
        try
        {
            recognizer = modelFile is null ? PerceptronEntityRecognizer.Default : PerceptronEntityRecognizer.Load(modelFile.FullName);
        }
        catch (Exception ex) when (ex is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"newsnlp: cannot load the NER model: {ex.Message}");
            return 2;
        }

        if (!file.Exists)
        {
            Console.Error.WriteLine($"newsnlp: '{file.FullName}' does not exist.");
            return 2;
        }

        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        return format == "text" ? RunText(file, recognizer, output) : RunConll(file, recognizer, output);
    }

    private static int RunConll(FileInfo file, PerceptronEntityRecognizer recognizer, StreamWriter output)
    {
        IReadOnlyList<ConllDocument> documents;
        try
        {
            documents = ConllReader.ReadFile(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"newsnlp: cannot read '{file.FullName}': {ex.Message}");
            return 2;
        }

        foreach (ConllDocument document in documents)
        {
            NewsDocument news = document.ToNewsDocument();
            int[] labels = recognizer.Tag(news);
            int sentence = 0;
            foreach (string item in document.Items)
            {
                if (!ReferenceEquals(item, ConllDocument.SentenceMarker))
                {
                    output.Write(item.TrimEnd('\r'));
                    output.Write('\n');
                    continue;
                }

                ConllSentence s = document.Sentences[sentence];
                TokenRange range = news.Sentences[sentence++];
                string[] tags = ToIob2(labels.AsSpan(range.FirstToken, range.TokenCount));
                for (int i = 0; i < s.Lines.Count; i++)
                {
                    output.Write(s.Lines[i].TrimEnd('\r'));
                    output.Write(' ');
                    output.Write(tags[i]);
                    output.Write('\n');
                }
            }
        }

        return 0;
    }

    private static int RunText(FileInfo file, PerceptronEntityRecognizer recognizer, StreamWriter output)
    {
        string? text = InputFiles.ReadText(file);
        if (text is null)
        {
            return 2;
        }

        var document = new NewsDocument(text);
        new TokenizerStage().Process(document, CancellationToken.None);
        foreach (EntityMention mention in recognizer.Recognize(document))
        {
            output.Write($"{mention.Span.Start}\t{mention.Span.End}\t{BilouLabels.ShortName(mention.Type)}\t{mention.Text.ReplaceLineEndings(" ")}\n");
        }

        return 0;
    }

    private static string[] ToIob2(ReadOnlySpan<int> labels)
    {
        string[] tags = new string[labels.Length];
        Array.Fill(tags, "O");
        foreach ((int start, int end, EntityType type) in BilouLabels.ToSpans(labels))
        {
            string name = BilouLabels.ShortName(type);
            tags[start] = "B-" + name;
            for (int i = start + 1; i < end; i++)
            {
                tags[i] = "I-" + name;
            }
        }

        return tags;
    }
}
