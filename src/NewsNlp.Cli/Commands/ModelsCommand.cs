using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsNlp.Models;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp models [--json]</c>: the embedded models with training data, licence terms, metrics and size.</summary>
internal static class ModelsCommand
{
    public static void Register(Command root, CliEnvironment env)
    {
        var json = new Option<bool>("--json") { Description = "Write the list as JSON (an array of models) instead of text." };
        var command = new Command("models", """
            List the models of the model packages (NewsNlp.Models.*): name, package and version, the stage that uses it, training data,
            the terms of that data, measured metrics, size and SHA-256. The code is MIT; several models are trained on
            research-only or non-commercial data: read the terms before commercial use (full text: licenses/ in the
            package, THIRD-PARTY-NOTICES.md).
            """)
        {
            json,
        };
        command.SetAction(parse => Run(parse.GetValue(json), env));
        root.Subcommands.Add(command);
    }

    /// <summary>Every embedded model the tool ships: those of the model packages it references (NewsNlp.Models.*).</summary>
    internal static IReadOnlyList<ModelInfo> All() => ModelCatalog.Installed;

    private static int Run(bool asJson, CliEnvironment env)
    {
        IReadOnlyList<ModelInfo> models = All();
        try
        {
            if (asJson)
            {
                using var writer = new Utf8JsonWriter(env.Stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                JsonSerializer.Serialize(writer, models, ModelInfoJson.Default.IReadOnlyListModelInfo);
                writer.Flush();
                env.Stdout.Write("\n"u8);
                env.Stdout.Flush();
                return ExitCodes.Success;
            }

            using var output = new StreamWriter(env.Stdout, CliEnvironment.Utf8, 1 << 12, leaveOpen: true);
            foreach (ModelInfo model in models)
            {
                output.WriteLine($"{model.Name}  ({model.Package} {model.Version}, stage '{model.Stage}')");
                Field(output, "task", model.Task);
                Field(output, "format", model.Format);
                foreach (string data in model.TrainingData)
                {
                    Field(output, "trained on", data);
                }

                Field(output, "terms", model.Terms);
                Field(output, "licence text", $"{model.LicenseFile} in the {model.Package} package");
                foreach (string metric in model.Metrics)
                {
                    Field(output, "metric", metric);
                }

                Field(output, "size", Size(model.SizeBytes));
                Field(output, "sha256", model.Sha256);
                Field(output, "card", model.Card);
                output.WriteLine();
            }

            output.WriteLine("Code: MIT. Models: the terms of their training data above; check them before commercial use.");
        }
        catch (IOException ex)
        {
            env.Error($"cannot write standard output: {ex.Message}");
            return ExitCodes.OutputFailed;
        }

        return ExitCodes.Success;
    }

    private static string Size(long bytes) => bytes >= 1 << 20
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes ({bytes / 1048576.0:F1} MiB)")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes ({bytes / 1024.0:F0} KiB)");

    private static void Field(TextWriter output, string name, string value) => output.WriteLine($"  {name,-13} {value}");
}

/// <summary>Source-generated JSON for <see cref="ModelInfo"/> lists (camelCase).</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<ModelInfo>))]
internal sealed partial class ModelInfoJson : System.Text.Json.Serialization.JsonSerializerContext;
