using System.CommandLine;
using NewsNlp.Cli.Inputs;
using NewsNlp.Pipeline;

namespace NewsNlp.Cli.Pipeline;

/// <summary>The <c>--stages</c>, <c>--targets</c> and <c>--parallel</c> options shared by <c>analyze</c> and <c>render</c>.</summary>
internal sealed class PipelineCommandOptions
{
    public Option<string[]> Stages { get; } = new("--stages", "-s")
    {
        Description = "Run only these stages (comma-separated, kept in pipeline order), e.g. --stages tokenizer,ner. See 'newsnlp stages' for the names. Default: all.",
        AllowMultipleArgumentsPerToken = false,
        HelpName = "NAMES",
    };

    public Option<string[]> Targets { get; } = new("--targets", "-t")
    {
        Description = "A stance target: a claim or headline to score each article against; repeat the option for several, e.g. --targets \"The port will reopen\" --targets \"Talks failed\".",
        AllowMultipleArgumentsPerToken = false,
        HelpName = "TEXT",
    };

    public Option<int?> Parallel { get; } = new("--parallel", "-j")
    {
        Description = "Documents processed at once (default: number of cores).",
        HelpName = "N",
    };

    public Option<int?> MaxChars { get; } = new("--max-chars")
    {
        Description = "Refuse (report as failed) documents longer than N characters; reading stops there (default 67108864).",
        HelpName = "N",
    };

    public Option<string> Acts { get; } = Commands.ActsOption.Create();

    public Option<string> StanceEncoder { get; } = CreateStanceEncoder();

    private static Option<string> CreateStanceEncoder()
    {
        var option = new Option<string>("--stance-encoder")
        {
            Description = "The classifier of quotes and speakers toward --targets: none (the small embedded model, default), minilm (the all-MiniLM-L6-v2 encoder model), minilm-gate (the encoder decides whether a quote addresses the claim, the small model its side). The encoder values need a tool built with -p:NewsNlpWithMiniLm=true.",
            HelpName = "NAME",
            DefaultValueFactory = _ => "none",
        };
        option.AcceptOnlyFromAmong(OptionalStages.StanceEncoders);
        return option;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Stages);
        command.Options.Add(Acts);
        command.Options.Add(Targets);
        command.Options.Add(StanceEncoder);
        command.Options.Add(Parallel);
        command.Options.Add(MaxChars);
        MaxChars.InRange(1);
        Parallel.InRange(1, 1024);
    }

    /// <summary>Builds the pipeline; writes a clear error and returns null when the stage list is invalid.</summary>
    public CliPipeline? BuildPipeline(ParseResult parse, CliEnvironment env)
    {
        string[] stages = CliPipelineFactory.ParseStageList(parse.GetValue(Stages));
        string encoder = parse.GetValue(StanceEncoder) ?? "none";
        if (encoder != "none")
        {
            try
            {
                OptionalStages.EncoderRegistration(encoder);
            }
            catch (PipelineConfigurationException ex)
            {
                env.Error(ex.Message);
                return null;
            }
        }

        try
        {
            CliPipeline cli = CliPipelineFactory.Create(stages, parse.GetValue(Parallel), parse.GetValue(MaxChars), Commands.ActsOption.Parse(parse.GetValue(Acts)), encoder);
            if (TargetsOf(parse).Count > 0 && !cli.Pipeline.Stages.Any(s => s.Produces.Contains(AnnotationNames.Stances)))
            {
                env.Error("warning: --targets given but no stage in the pipeline produces stances; the targets are recorded in the output metadata only.");
            }

            return cli;
        }
        catch (PipelineConfigurationException ex)
        {
            env.Error($"invalid --stages: {ex.Message}");
            return null;
        }
    }

    /// <summary>The per-document character limit (<c>--max-chars</c>, else the pipeline's default), enforced while reading.</summary>
    public InputLimits LimitsOf(ParseResult parse) =>
        new(parse.GetValue(MaxChars) ?? InputLimits.Default.MaxChars, "--max-chars");

    /// <summary>The stance targets given on the command line.</summary>
    public IReadOnlyList<string> TargetsOf(ParseResult parse) =>
        [.. (parse.GetValue(Targets) ?? []).Where(t => !string.IsNullOrWhiteSpace(t))];
}
