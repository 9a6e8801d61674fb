using System.Reflection;
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
    /// <summary>The <c>--stance-encoder</c> values: the small model (default), the encoder model, the encoder as relatedness gate.</summary>
    public static readonly string[] StanceEncoders = ["none", "minilm", "minilm-gate"];

    /// <summary>The optional package that holds the encoder path; the tool carries it only when built with <c>-p:NewsNlpWithMiniLm=true</c>.</summary>
    private const string EncoderAssembly = "NewsNlp.Stance.MiniLM";

    public static void Add(NewsPipelineBuilder builder, string? stanceEncoder = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The encoder path registers the quote classifier first; AddStance below then keeps it.
        if (stanceEncoder is not null && stanceEncoder != "none")
        {
            EncoderRegistration(stanceEncoder).Invoke(null, [builder, null]);
        }

        // One line per package. Stance runs last so it also scores each quote; its targets come from --targets.
        builder.AddStance();
    }

    /// <summary>
    /// The registration method of <paramref name="stanceEncoder"/> in <c>NewsNlp.Stance.MiniLM</c>, found at run time so
    /// the default tool does not carry the encoder (about 90 MB of model and the ONNX runtime).
    /// </summary>
    /// <exception cref="PipelineConfigurationException">An unknown value, or a tool built without the encoder package.</exception>
    public static MethodInfo EncoderRegistration(string stanceEncoder)
    {
        string method = stanceEncoder switch
        {
            "minilm" => "AddMiniLmStance",
            "minilm-gate" => "AddMiniLmRelatednessGate",
            _ => throw new PipelineConfigurationException($"unknown --stance-encoder '{stanceEncoder}' (expected one of: {string.Join(", ", StanceEncoders)})"),
        };
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(EncoderAssembly));
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new PipelineConfigurationException($"--stance-encoder {stanceEncoder} needs the {EncoderAssembly} package, which this build of the tool does not carry; build it with 'dotnet build src/NewsNlp.Cli -c Release -p:NewsNlpWithMiniLm=true' (docs/cli.md)");
        }

        return assembly.GetType(EncoderAssembly + ".MiniLmStanceRegistration")?.GetMethod(method, BindingFlags.Public | BindingFlags.Static)
            ?? throw new PipelineConfigurationException($"{EncoderAssembly} has no {method}: the tool and the package are of different versions");
    }
}
