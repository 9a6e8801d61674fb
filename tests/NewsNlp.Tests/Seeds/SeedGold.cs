using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Seeds;

/// <summary>One entity of a seed gold file.</summary>
internal sealed record GoldEntity(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("text")] string Text);

/// <summary>One quote of a seed gold file (the quote JSONL contract of ../shared/eval/README.md).</summary>
internal sealed record GoldQuote(
    [property: JsonPropertyName("content")] int[][] Content,
    [property: JsonPropertyName("cue")] int[]? Cue,
    [property: JsonPropertyName("source")] int[]? Source,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("type")] string Type);

/// <summary>The gold annotation of a seed article.</summary>
internal sealed record GoldFile(
    [property: JsonPropertyName("entities")] IReadOnlyList<GoldEntity> Entities,
    [property: JsonPropertyName("quotes")] IReadOnlyList<GoldQuote> Quotes);

/// <summary>A seed article (<c>seeds/NAME.txt</c>) with its gold annotation (<c>seeds/NAME.gold.json</c>).</summary>
internal sealed record SeedArticle(string Name, string Text, GoldFile Gold)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Names of the seed articles (file names without <c>.txt</c>), sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = Directory
        .EnumerateFiles(Path.Combine(SharedData.RepoRoot, "seeds"), "*.txt")
        .Select(Path.GetFileNameWithoutExtension)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Names as xunit theory data.</summary>
    public static TheoryData<string> NameData
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string name in Names)
            {
                data.Add(name);
            }

            return data;
        }
    }

    /// <summary>Raw bytes of the article text.</summary>
    public static byte[] ReadBytes(string name) => File.ReadAllBytes(SharedData.Seed(name + ".txt"));

    /// <summary>Loads a seed article and its gold file (strict UTF-8).</summary>
    public static SeedArticle Load(string name)
    {
        string text = StrictUtf8.GetString(ReadBytes(name));
        string json = File.ReadAllText(SharedData.Seed(name + ".gold.json"), StrictUtf8);
        GoldFile gold = JsonSerializer.Deserialize<GoldFile>(json)
            ?? throw new InvalidDataException($"seeds/{name}.gold.json is empty.");
        return new SeedArticle(name, text, gold);
    }
}
