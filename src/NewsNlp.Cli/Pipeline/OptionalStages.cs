using NewsNlp.Pipeline;
using NewsNlp.Stance.Pipeline;

namespace NewsNlp.Cli.Pipeline;

/// <summary>
/// EXTENSION POINT: stages from packages the CLI references beyond the core library. The default pipeline comes from
/// <c>services.AddNewsNlp()</c>; a package that adds stages (e.g. <c>NewsNlp.Stance</c>, which reads
/// <see cref="Documents.DocumentMetadata.StanceTargets"/> filled from <c>--targets</c>) registers them here with one line
/// once <c>NewsNlp.Cli.csproj</c> references it. <c>analyze</c>, <c>render</c> and <c>stages</c> all pick them up.
/// </summary>
internal static class OptionalStages
{
    public static void Add(NewsPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // One line per package. Stance runs last so it also scores each quote; its targets come from --targets.
        builder.AddStance();
    }
}
