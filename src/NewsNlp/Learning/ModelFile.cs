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

    /// <summary>The largest payload (raw or compressed) a model file may declare: 1 GiB.</summary>
    public const long MaxPayloadBytes = 1L << 30;

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
    public static void Write(string path, string kind, int version, Action<BinaryWriter> writePayload) =>
        WriteToFile(path, file => Write(file, kind, version, writePayload));

    /// <summary>
    /// Creates <paramref name="path"/> (and its folder) and lets <paramref name="write"/> fill it: the one way a model of
    /// any format (this container, a zip archive) is saved to a file.
    /// </summary>
    public static void WriteToFile(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        using FileStream file = File.Create(path);
        write(file);
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
            if (rawLength < 0 || rawLength > MaxPayloadBytes || compressedLength < 0 || compressedLength > MaxPayloadBytes)
            {
                throw new ModelFormatException(
                    $"'{name}' has an invalid payload length ({rawLength} bytes, {compressedLength} compressed; at most {MaxPayloadBytes} allowed).");
            }

            if (source.CanSeek && compressedLength > source.Length - source.Position)
            {
                throw new ModelFormatException(
                    $"'{name}' is truncated: its header announces {compressedLength} compressed bytes, {source.Length - source.Position} follow.");
            }

            // Deflate expands at most ~1032:1, so a raw length beyond that is a corrupt header, not a model.
            if (rawLength > (compressedLength * 1032) + 64)
            {
                throw new ModelFormatException($"'{name}' is corrupt: {rawLength} bytes cannot come from {compressedLength} compressed bytes.");
            }

            // Neither length is trusted for an allocation: both buffers grow only as bytes actually arrive.
            byte[] compressed = ReadAtMost(source, compressedLength);
            if (compressed.Length != compressedLength)
            {
                throw new ModelFormatException(
                    $"'{name}' is truncated: its header announces {compressedLength} compressed bytes, {compressed.Length} follow.");
            }

            byte[] raw;
            using (var deflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress))
            {
                raw = ReadAtMost(deflate, rawLength + 1);
            }

            if (raw.Length != rawLength)
            {
                throw new ModelFormatException(
                    $"'{name}' is corrupt: its payload has {(raw.Length > rawLength ? "more than " + rawLength : raw.Length)} bytes, {rawLength} announced.");
            }

            if (StableHash.Add(StableHash.Seed, Checksum(raw)) != checksum)
            {
                throw new ModelFormatException($"'{name}' is corrupt (checksum mismatch).");
            }

            using var reader = new BinaryReader(new MemoryStream(raw), Encoding.UTF8);
            try
            {
                return readPayload(reader, version);
            }
            catch (ModelFormatException ex) when (!ex.Message.Contains(name, StringComparison.Ordinal))
            {
                throw new ModelFormatException($"'{name}': {ex.Message}", ex);
            }
        }
        catch (OutOfMemoryException ex)
        {
            throw new ModelFormatException($"'{name}' declares more data than this process can hold: {ex.Message}", ex);
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

    /// <summary>
    /// Reads a count written before that many items of at least <paramref name="minBytesPerItem"/> bytes
    /// each, and refuses it unless that many bytes can still follow in the payload: a corrupt count never becomes a
    /// huge allocation.
    /// </summary>
    /// <param name="reader">The payload reader given to a model's read callback.</param>
    /// <param name="minBytesPerItem">The fewest bytes one item takes in the payload (at least 1).</param>
    /// <param name="what">What is counted, for the error message ("cue lexicon entries").</param>
    /// <exception cref="ModelFormatException">The count is negative or more than the rest of the payload can hold.</exception>
    public static int ReadCount(BinaryReader reader, int minBytesPerItem, string what)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(minBytesPerItem, 1);
        int count = reader.ReadInt32();
        long remaining = reader.BaseStream.CanSeek ? reader.BaseStream.Length - reader.BaseStream.Position : long.MaxValue;
        if (count < 0 || (long)count * minBytesPerItem > remaining)
        {
            throw new ModelFormatException($"Invalid number of {what}: {count} ({remaining} payload bytes remain).");
        }

        return count;
    }

    /// <summary>Reads up to <paramref name="limit"/> bytes, growing the buffer only as data arrives.</summary>
    private static byte[] ReadAtMost(Stream source, long limit)
    {
        using var buffer = new MemoryStream((int)Math.Min(limit, 1 << 20));
        byte[] chunk = new byte[81920];
        long left = limit;
        while (left > 0)
        {
            int read = source.Read(chunk, 0, (int)Math.Min(chunk.Length, left));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
            left -= read;
        }

        return buffer.ToArray();
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
