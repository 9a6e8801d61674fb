using System.CommandLine;
using System.Globalization;

namespace NewsNlp.Cli;

/// <summary>
/// Range validators for numeric options, so a bad value is a parse error (stderr, exit code 2) that names the option,
/// like every other parse error, instead of a check inside each command.
/// </summary>
internal static class OptionRules
{
    /// <summary>Accepts only values in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Option<int> InRange(this Option<int> option, int min, int max = int.MaxValue)
    {
        option.Validators.Add(result =>
        {
            if (TryGetValue(result, out int value))
            {
                Check(result, option.Name, value, min, max);
            }
        });
        return option;
    }

    /// <summary>Accepts only values in [<paramref name="min"/>, <paramref name="max"/>] (or no value).</summary>
    public static Option<int?> InRange(this Option<int?> option, int min, int max = int.MaxValue)
    {
        option.Validators.Add(result =>
        {
            if (TryGetValue(result, out int? parsed) && parsed is int value)
            {
                Check(result, option.Name, value, min, max);
            }
        });
        return option;
    }

    /// <summary>Accepts only values in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Option<double> InRange(this Option<double> option, double min, double max)
    {
        option.Validators.Add(result =>
        {
            if (TryGetValue(result, out double value) && !(value >= min && value <= max))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be between {min} and {max} (got {value})."));
            }
        });
        return option;
    }

    /// <summary>
    /// The option's value, or false when its text does not convert (System.CommandLine runs validators even then, and
    /// reports the conversion error itself: "Cannot parse argument 'x' for option '--parallel'").
    /// </summary>
    private static bool TryGetValue<T>(System.CommandLine.Parsing.OptionResult result, out T? value)
    {
        try
        {
            value = result.GetValueOrDefault<T>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default;
            return false;
        }
    }

    private static void Check(System.CommandLine.Parsing.OptionResult result, string name, int value, int min, int max)
    {
        if (value >= min && value <= max)
        {
            return;
        }

        result.AddError(max == int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {min} (got {value}).")
            : string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max} (got {value})."));
    }
}
