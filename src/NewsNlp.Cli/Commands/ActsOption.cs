using System.CommandLine;
using NewsNlp.Documents;
using NewsNlp.Serialization;

namespace NewsNlp.Cli.Commands;

/// <summary>The <c>--acts</c> option of <c>quotes</c> and <c>analyze</c>: which attribution acts are reported.</summary>
internal static class ActsOption
{
    /// <summary>A new <c>--acts</c> option (default <c>speech,writing</c>) that rejects unknown act names.</summary>
    public static Option<string> Create()
    {
        var option = new Option<string>("--acts")
        {
            Description = "Attribution acts to report, comma-separated: speech, writing, thought, intention, perception, other, or all. Default: speech,writing.",
            DefaultValueFactory = _ => "speech,writing",
            HelpName = "ACTS",
        };
        option.Validators.Add(result =>
        {
            if (!WireNames.TryParseActs(result.GetValueOrDefault<string>(), out _, out string? unknown))
            {
                result.AddError($"--acts: '{unknown}' is not an act (use speech, writing, thought, intention, perception, other or all).");
            }
        });
        return option;
    }

    /// <summary>The acts of a validated <c>--acts</c> value.</summary>
    public static AttributionActs Parse(string? value) =>
        WireNames.TryParseActs(value, out AttributionActs acts, out _) ? acts : AttributionActs.Default;
}
