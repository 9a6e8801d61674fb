using System.CommandLine;
using NewsNlp.Cli.Inputs;
using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Training;
using NewsNlp.Learning;
using NewsNlp.Tokenization;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp ner FILE --format conll|text [--model MODEL]</c>.</summary>
internal static class NerCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var file = new Argument<string>("FILE") { Description = "A CoNLL-2003 layout file (--format conll) or a text file (--format text); - for standard input." };
        var format = new Option<string>("--format")
        {
            Description = "conll (default): FILE must be in CoNLL-2003 layout (one token a line, word first; checked); every input line is written unchanged plus the predicted IOB2 tag as the last column (-DOCSTART- segments are documents). text: FILE is an article; one mention a line (start, end, type, text).",
            DefaultValueFactory = _ => "conll",
        };
        format.AcceptOnlyFromAmong("conll", "text");
        var model = new Option<FileInfo>("--model") { Description = "A model written by train-ner (default: the embedded CoNLL-2003 model)." };
        model.AcceptExistingOnly();
        var command = new Command("ner", """
            Mark PERSON, ORGANIZATION, LOCATION and MISC entities.

            Examples:
              newsnlp ner conll2003/test.txt > pred.txt        CoNLL in, CoNLL with a predicted tag column out
              newsnlp ner story.txt --format text              an article in, one mention a line out
            """)
        {
            file, format, model,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(model), env));
        root.Subcommands.Add(command);
    }

    private static int Run(string input, string format, FileInfo? modelFile, CliEnvironment env)
    {
        PerceptronEntityRecognizer recognizer;
        try
        {
            recognizer = modelFile is null ? PerceptronEntityRecognizer.Default : PerceptronEntityRecognizer.Load(modelFile.FullName);
        }
        catch (Exception ex) when (ex is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            env.Error($"cannot load the NER model: {ex.Message}");
            return ExitCodes.UsageError;
        }

        string? text = SingleInput.Read(input, env, InputLimits.Default, out int exitCode);
        if (text is null)
        {
            return exitCode;
        }

        List<string>? lines = null;
        if (format == "conll")
        {
            lines = ConllLayout.Lines(text);
            if (ConllLayout.Problem(lines) is { } problem)
            {
                env.Error($"'{input}' is not in CoNLL-2003 layout: {problem}. For an article use --format text.");
                return ExitCodes.UsageError;
            }
        }

        try
        {
            using var output = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 16, leaveOpen: true);
            if (lines is null)
            {
                WriteMentions(text, recognizer, output);
            }
            else
            {
                WriteConll(lines, recognizer, output);
            }
        }
        catch (IOException ex)
        {
            env.Error($"cannot write standard output: {ex.Message}");
            return ExitCodes.OutputFailed;
        }

        return ExitCodes.Success;
    }

    private static void WriteConll(List<string> lines, PerceptronEntityRecognizer recognizer, StreamWriter output)
    {
        foreach (ConllDocument document in ConllReader.Read(lines))
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
    }

    private static void WriteMentions(string text, PerceptronEntityRecognizer recognizer, StreamWriter output)
    {
        // Feed markup (" quot;", escaped ticker links) is made neutral as the pipeline does; offsets stay the input's.
        var document = new NewsDocument(FeedMarkup.Neutralize(text, out _));
        new TokenizerStage().Process(document, CancellationToken.None);
        foreach (EntityMention mention in recognizer.Recognize(document))
        {
            output.Write($"{mention.Span.Start}\t{mention.Span.End}\t{BilouLabels.ShortName(mention.Type)}\t{mention.Text.ReplaceLineEndings(" ")}\n");
        }
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
