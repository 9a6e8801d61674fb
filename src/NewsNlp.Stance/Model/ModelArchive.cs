using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using NewsNlp.Models;

namespace NewsNlp.Stance.Model;

/// <summary>
/// The zip layout both stance models are stored in: a <c>manifest.txt</c> of tab-separated fields (<c>kind</c>,
/// <c>format</c>, …) and named entries, written with a fixed time stamp so identical models save to identical bytes.
/// </summary>
internal static class ModelArchive
{
    private static readonly DateTimeOffset FixedTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The manifest's fields, after checking that it names <paramref name="kind"/> in format <paramref name="format"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">Another kind of file, a format this build does not read, or no manifest.</exception>
    public static Dictionary<string, string> ReadManifest(ZipArchive zip, string kind, int format, string what, string name)
    {
        Dictionary<string, string> fields = ReadText(zip, "manifest.txt", name).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1].TrimEnd('\r'), StringComparer.Ordinal);
        if (fields.GetValueOrDefault("kind") != kind)
        {
            throw new InvalidDataException($"{name}: not a NewsNlp {what} (kind '{fields.GetValueOrDefault("kind")}').");
        }

        if (fields.GetValueOrDefault("format") != format.ToString(CultureInfo.InvariantCulture))
        {
            throw new InvalidDataException($"{name}: {what} format '{fields.GetValueOrDefault("format")}' is not supported (this build reads {format}).");
        }

        return fields;
    }

    public static Stream OpenEntry(ZipArchive zip, string entry, string name) =>
        (zip.GetEntry(entry) ?? throw new InvalidDataException($"{name}: entry '{entry}' is missing.")).Open();

    public static string ReadText(ZipArchive zip, string entry, string name)
    {
        using var reader = new StreamReader(OpenEntry(zip, entry, name), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static void WriteText(ZipArchive zip, string entry, string text) => WriteBytes(zip, entry, Encoding.UTF8.GetBytes(text));

    public static void WriteBytes(ZipArchive zip, string entry, byte[] bytes)
    {
        ZipArchiveEntry e = zip.CreateEntry(entry, CompressionLevel.SmallestSize);
        e.LastWriteTime = FixedTime;
        using Stream s = e.Open();
        s.Write(bytes);
    }

    /// <summary>Reads a model from <paramref name="path"/> with <paramref name="load"/> (the path names it in errors).</summary>
    public static T LoadFromFile<T>(string path, Func<Stream, string, T> load)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using FileStream file = File.OpenRead(path);
        return load(file, path);
    }

    /// <summary>Reads the model <paramref name="model"/> embedded as <paramref name="resource"/> in the stance model package (NewsNlp.Models.Stance).</summary>
    /// <exception cref="InvalidOperationException">The package or the resource is missing (says how to train and load one instead).</exception>
    public static T LoadEmbedded<T>(string model, string resource, string what, string trainCommand, Func<Stream, string, T> load)
    {
        Assembly assembly = EmbeddedModels.Require(EmbeddedModels.StancePackage, model, $"load a {what} of your own, trained with 'newsnlp {trainCommand}' ({typeof(T).Name}.Load)");
        using Stream? stream = assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            throw new InvalidOperationException($"The embedded {what} '{resource}' is missing from {assembly.GetName().Name}; train one with 'newsnlp {trainCommand}' and load it with {typeof(T).Name}.Load.");
        }

        return load(stream, resource);
    }
}
