using System.Globalization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The process's resident memory from <c>/proc/self/status</c> (Linux): the current resident set (<c>VmRSS</c>) and its
/// peak (<c>VmHWM</c>), which <see cref="ResetPeak"/> sets back to the current size (<c>/proc/self/clear_refs</c>), so the
/// peak of one stretch of work can be read on its own. Elsewhere every figure is null.
/// </summary>
internal static class ProcessMemory
{
    private const string Status = "/proc/self/status";

    /// <summary>True when the figures are available (Linux with procfs).</summary>
    public static bool Available => File.Exists(Status);

    /// <summary>The current resident set in bytes, or null.</summary>
    public static long? Resident() => Field("VmRSS:");

    /// <summary>The peak resident set in bytes since the start or the last <see cref="ResetPeak"/>, or null.</summary>
    public static long? Peak() => Field("VmHWM:");

    /// <summary>Sets the peak back to the current resident set; false when the kernel does not allow it.</summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long? Field(string name)
    {
        if (!Available)
        {
            return null;
        }

        foreach (string line in File.ReadLines(Status))
        {
            if (line.StartsWith(name, StringComparison.Ordinal))
            {
                string[] parts = line[name.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return long.Parse(parts[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
