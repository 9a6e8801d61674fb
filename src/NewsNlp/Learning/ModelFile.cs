using System.IO.Compression;
using System.Text;

namespace NewsNlp.Learning;

/// <summary>
/// The versioned container of NewsNlp's binary model files:
/// magic <c>NNLPMODL</c>, the model kind (e.g. <c>ner-perceptron</c>), a format version, the payload length and its
/// FNV-1a checksum, then the payload compressed with Deflate. Writing the same model twice gives the same bytes.
/// </summary>
public static class ModelFile
{
    private static readonly byte[] Magic = "NNLPMODL"u8.ToArray();

    /// <summary>Writes a model: <paramref name="writePayload"/> writes the payload with a <see cref="BinaryWriter"/>.</summary>
    /// <param name="destination">Stream to write to (left open).</param>
    /// <param name="kind">Model kind, checked on load.</param>
    /// <param name="version">Format version, checked on load.</param>
    /// <param name="writePayload">Writes the model's content.</param>
    public static void Write(Stream destination, string kind, int version, Action<BinaryWriter> writePayload)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(writePayload);

        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writePayload(writer);
        }

        byte[] raw = payload.ToArray();
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(raw);
        }

        using var header = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        header.Write(Magic);
        header.Write(kind);
        header.Write(version);
        header.Write((long)raw.Length);
        header.Write(StableHash.Add(StableHash.Seed, Checksum(raw)));
        header.Write(compressed.Length);
        header.Write(compressed.GetBuffer(), 0, (int)compressed.Length);
    }

    /// <summary>Writes a model to a file (see <see cref="Write(Stream, string, int, Action{BinaryWriter})"/>).</summary>
    public static void Write(string path, string kind, int version, Action<BinaryWriter> writePayload)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        using FileStream file = File.Create(path);
        Write(file, kind, version, writePayload);
    }

    /// <summary>
    /// Reads a model written by <see cref="Write(Stream, string, int, Action{BinaryWriter})"/>, checking magic, kind,
    /// version, length and checksum; <paramref name="readPayload"/> reads the content.
    /// </summary>
    /// <param name="source">Stream to read.</param>
    /// <param name="name">File or resource name, used in error messages.</param>
    /// <param name="kind">Expected model kind.</param>
    /// <param name="supportedVersions">Format versions this reader understands; <paramref name="readPayload"/> gets the one found.</param>
    /// <param name="readPayload">Reads the content given the format version.</param>
    /// <exception cref="ModelFormatException">The stream is not a valid model of that kind and version; the message names <paramref name="name"/>.</exception>
    public static T Read<T>(Stream source, string name, string kind, IReadOnlyCollection<int> supportedVersions, Func<BinaryReader, int, T> readPayload)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(supportedVersions);
        ArgumentNullException.ThrowIfNull(readPayload);
        try
        {
            using var header = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
            byte[] magic = header.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic))
            {
                throw new ModelFormatException($"'{name}' is not a NewsNlp model file (bad magic bytes).");
            }

            string foundKind = header.ReadString();
            if (!string.Equals(foundKind, kind, StringComparison.Ordinal))
            {
                throw new ModelFormatException($"'{name}' is a '{foundKind}' model; a '{kind}' model was expected.");
            }

            int version = header.ReadInt32();
            if (!supportedVersions.Contains(version))
            {
                throw new ModelFormatException(
                    $"'{name}' has format version {version} of '{kind}'; this NewsNlp reads versions {string.Join(", ", supportedVersions)}. Retrain it or upgrade NewsNlp.");
            }

            long rawLength = header.ReadInt64();
            ulong checksum = header.ReadUInt64();
            long compressedLength = header.ReadInt64();
            if (rawLength < 0 || rawLength > int.MaxValue || compressedLength < 0 || compressedLength > int.MaxValue)
            {
                throw new ModelFormatException($"'{name}' has an invalid payload length.");
            }

            byte[] compressed = header.ReadBytes((int)compressedLength);
            if (compressed.Length != compressedLength)
            {
                throw new ModelFormatException($"'{name}' is truncated.");
            }

            byte[] raw = new byte[rawLength];
            using (var deflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress))
            {
                deflate.ReadExactly(raw);
            }

            if (StableHash.Add(StableHash.Seed, Checksum(raw)) != checksum)
            {
                throw new ModelFormatException($"'{name}' is corrupt (checksum mismatch).");
            }

            using var reader = new BinaryReader(new MemoryStream(raw), Encoding.UTF8);
            return readPayload(reader, version);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException or FormatException or ArgumentException or OverflowException)
        {
            throw new ModelFormatException($"'{name}' is corrupt or truncated: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a model from a file (see <see cref="Read{T}(Stream, string, string, IReadOnlyCollection{int}, Func{BinaryReader, int, T})"/>).</summary>
    public static T Read<T>(string path, string kind, IReadOnlyCollection<int> supportedVersions, Func<BinaryReader, int, T> readPayload)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using FileStream file = File.OpenRead(path);
        return Read(file, path, kind, supportedVersions, readPayload);
    }

    /// <summary>Reads a model embedded as a manifest resource of <paramref name="assembly"/>.</summary>
    /// <exception cref="ModelFormatException">The resource is missing or invalid.</exception>
    public static T ReadEmbedded<T>(System.Reflection.Assembly assembly, string resourceName, string kind, IReadOnlyCollection<int> supportedVersions, Func<BinaryReader, int, T> readPayload)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using Stream stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new ModelFormatException($"Embedded model '{resourceName}' is missing from {assembly.GetName().Name}.");
        return Read(stream, $"{assembly.GetName().Name}:{resourceName}", kind, supportedVersions, readPayload);
    }

    private static ulong Checksum(ReadOnlySpan<byte> data)
    {
        ulong hash = StableHash.Seed;
        foreach (byte b in data)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
