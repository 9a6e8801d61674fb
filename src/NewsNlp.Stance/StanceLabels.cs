using NewsNlp.Documents;

namespace NewsNlp.Stance;

/// <summary>Conversions between <see cref="StanceLabel"/> and the FNC-1 label strings.</summary>
public static class StanceLabels
{
    /// <summary>Number of labels.</summary>
    public const int Count = 4;

    /// <summary>The FNC-1 name of <paramref name="label"/> (<c>agree</c>, <c>disagree</c>, <c>discuss</c>, <c>unrelated</c>).</summary>
    public static string ToFncString(this StanceLabel label) => label switch
    {
        StanceLabel.Agree => "agree",
        StanceLabel.Disagree => "disagree",
        StanceLabel.Discuss => "discuss",
        StanceLabel.Unrelated => "unrelated",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown stance label."),
    };

    /// <summary>Parses an FNC-1 label (case-insensitive, surrounding white space ignored).</summary>
    /// <exception cref="FormatException">Not one of the four labels.</exception>
    public static StanceLabel Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToUpperInvariant() switch
        {
            "AGREE" => StanceLabel.Agree,
            "DISAGREE" => StanceLabel.Disagree,
            "DISCUSS" => StanceLabel.Discuss,
            "UNRELATED" => StanceLabel.Unrelated,
            _ => throw new FormatException($"Unknown stance label '{value}' (expected agree, disagree, discuss or unrelated)."),
        };
    }
}
