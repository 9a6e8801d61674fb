using System.Text.Json;

namespace NewsNlp.Orleans;

/// <summary>Names shared by the silo and client registrations.</summary>
public static class NewsNlpOrleans
{
    /// <summary>The grain storage provider name every NewsNlp grain persists its state in.</summary>
    public const string StorageName = "newsnlp";

    /// <summary>How article JSON is written into grain state.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>True for the NewsNlp model types carried through grain calls by the System.Text.Json codec.</summary>
    internal static bool IsJsonCarried(Type type) =>
        type.Namespace is { } ns
        && ns.StartsWith("NewsNlp.", StringComparison.Ordinal)
        && !ns.StartsWith("NewsNlp.Orleans", StringComparison.Ordinal);
}
