using System.Globalization;
using System.Text.Json;

namespace NewsNlp.Corpus.Inputs;

/// <summary>
/// Reads one JSONL record of an article: an object with <c>text</c> (required) and optionally <c>id</c>, <c>url</c>,
/// <c>headline</c> (or <c>title</c>), <c>published</c> (ISO 8601 date or date-time, or Unix seconds), <c>source</c> and
/// <c>byline</c>. Unknown fields are ignored; a wrong type or an unreadable date is an error naming the field.
/// </summary>
public static class JsonlArticle
{
    /// <summary>Parses <paramref name="line"/>.</summary>
    /// <exception cref="FormatException">Not a JSON object, no <c>text</c>, or a field of the wrong type.</exception>
    public static ArticleInput Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not JSON: {ex.Message}", ex);
        }

        using (json)
        {
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"expected a JSON object with a \"text\" field, found {Describe(root.ValueKind)}");
            }

            string text = String(root, "text") ?? throw new FormatException("no \"text\" field");
            return new ArticleInput
            {
                Id = Id(root),
                Url = String(root, "url"),
                Headline = String(root, "headline") ?? String(root, "title"),
                Byline = String(root, "byline"),
                Published = Date(root, "published"),
                Source = String(root, "source"),
                Text = text,
            };
        }
    }

    private static string? Id(JsonElement root) =>
        root.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.Number ? id.GetRawText() : String(root, "id");

    private static string? String(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatException($"\"{name}\" must be a string, found {Describe(value.ValueKind)}");
    }

    private static DateTimeOffset? Date(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date))
        {
            return date;
        }

        throw new FormatException($"\"{name}\" must be an ISO 8601 date (2024-05-01 or 2024-05-01T09:30:00Z) or Unix seconds, found {value.GetRawText()}");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
