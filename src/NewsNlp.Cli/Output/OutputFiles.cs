namespace NewsNlp.Cli.Output;

/// <summary>Creates output files with a clear error.</summary>
internal static class OutputFiles
{
    /// <summary>Creates (or truncates) <paramref name="path"/>; writes an error and returns null when it cannot.</summary>
    public static FileStream? Create(string path, CliEnvironment env)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, useAsync: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            env.Error($"cannot create output file '{path}': {ex.Message}");
            return null;
        }
    }

    /// <summary>Disposes an output stream whose failure was already reported (disposing only retries the failed flush).</summary>
    public static void DisposeQuietly(Stream? stream)
    {
        try
        {
            stream?.Dispose();
        }
        catch (IOException)
        {
        }
    }
}
