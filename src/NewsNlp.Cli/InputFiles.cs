using System.Text;

namespace NewsNlp.Cli;

/// <summary>Reads input files with clear errors.</summary>
internal static class InputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads a UTF-8 file (a BOM is dropped); prints an error to stderr and returns null when it cannot.</summary>
    public static string? ReadText(FileInfo file)
    {
        try
        {
            string text = File.ReadAllText(file.FullName, Utf8);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            Console.Error.WriteLine($"newsnlp: cannot read '{file.FullName}': {ex.Message}");
            return null;
        }
    }
}
