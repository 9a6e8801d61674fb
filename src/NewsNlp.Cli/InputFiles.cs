using System.Text;

namespace NewsNlp.Cli;

/// <summary>Reads input files with clear errors.</summary>
internal static class InputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Reads a file as UTF-8 (a UTF-8 BOM is dropped; other byte-order marks are not honoured, so offsets always refer to
    /// the UTF-8 decoding the scorers use); prints an error to stderr and returns null when it cannot.
    /// </summary>
    public static string? ReadText(FileInfo file)
    {
        try
        {
            using var reader = new StreamReader(file.FullName, Utf8, detectEncodingFromByteOrderMarks: false);
            string text = reader.ReadToEnd();
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            Console.Error.WriteLine($"newsnlp: cannot read '{file.FullName}': {ex.Message}");
            return null;
        }
    }
}
