using NewsNlp.Entities;
using NewsNlp.Learning;

namespace NewsNlp.Tests.Learning;

/// <summary>
/// Corrupt length fields in a model file: a length near 2 GiB, a truncated payload or a count larger than the payload
/// give a <see cref="ModelFormatException"/> that names the file, never an OutOfMemoryException or a huge allocation.
/// </summary>
public sealed class ModelFileLengthTests
{
    // Header layout: magic (8), kind (length-prefixed string), version (4), raw length (8), checksum (8), compressed length (8).
    private static byte[] ValidModel(out int rawLengthOffset)
    {
        using var stream = new MemoryStream();
        ModelFile.Write(stream, "kind-a", 1, w =>
        {
            w.Write(3);
            w.Write(new byte[300]);
        });
        rawLengthOffset = 8 + 1 + "kind-a".Length + 4;
        return stream.ToArray();
    }

    private static void Patch(byte[] bytes, int offset, long value) => BitConverter.TryWriteBytes(bytes.AsSpan(offset, 8), value);

    private static ModelFormatException Load(Stream stream) =>
        Assert.Throws<ModelFormatException>(() => ModelFile.Read(stream, "broken.model", "kind-a", [1], (r, _) => r.ReadInt32()));

    [Theory]
    [InlineData(int.MaxValue - 1L)]
    [InlineData(int.MaxValue)]
    [InlineData(long.MaxValue)]
    [InlineData(-1L)]
    public void A_huge_or_negative_raw_length_is_refused_with_the_file_name(long length)
    {
        byte[] bytes = ValidModel(out int offset);
        Patch(bytes, offset, length);
        ModelFormatException ex = Load(new MemoryStream(bytes));
        Assert.Contains("broken.model", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10_000L)]
    [InlineData(ModelFile.MaxPayloadBytes)]
    public void A_compressed_length_beyond_the_file_is_refused_with_the_file_name(long length)
    {
        byte[] bytes = ValidModel(out int offset);
        Patch(bytes, offset + 16, length);
        ModelFormatException ex = Load(new MemoryStream(bytes));
        Assert.Contains("broken.model", ex.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compressed_length_near_2_GiB_is_refused_with_the_file_name()
    {
        byte[] bytes = ValidModel(out int offset);
        Patch(bytes, offset + 16, int.MaxValue - 1L);
        ModelFormatException ex = Load(new MemoryStream(bytes));
        Assert.Contains("broken.model", ex.Message, StringComparison.Ordinal);
        Assert.Contains("invalid payload length", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compressed_length_beyond_a_non_seekable_stream_is_read_only_as_far_as_bytes_arrive()
    {
        byte[] bytes = ValidModel(out int offset);
        Patch(bytes, offset + 16, ModelFile.MaxPayloadBytes - 1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        ModelFormatException ex = Load(new ForwardOnlyStream(bytes));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("broken.model", ex.Message, StringComparison.Ordinal);
        Assert.True(allocated < 16 << 20, $"reading a truncated model allocated {allocated} bytes");
    }

    [Fact]
    public void A_truncated_payload_names_the_file()
    {
        byte[] bytes = ValidModel(out _);
        ModelFormatException ex = Load(new MemoryStream(bytes[..^10]));
        Assert.Contains("broken.model", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_length_that_deflate_cannot_produce_is_refused()
    {
        byte[] bytes = ValidModel(out int offset);
        Patch(bytes, offset, 50_000_000);
        ModelFormatException ex = Load(new MemoryStream(bytes));
        Assert.Contains("cannot come from", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_larger_than_the_payload_is_refused_before_allocating_and_names_the_file()
    {
        using var stream = new MemoryStream();
        ModelFile.Write(stream, "kind-a", 1, w =>
        {
            w.Write(int.MaxValue - 8);   // a count of entries that cannot follow
            w.Write(new byte[16]);
        });
        stream.Position = 0;
        var ex = Assert.Throws<ModelFormatException>(() =>
            ModelFile.Read(stream, "counts.model", "kind-a", [1], (r, _) => ModelFile.ReadCount(r, 12, "test entries")));
        Assert.Contains("counts.model", ex.Message, StringComparison.Ordinal);
        Assert.Contains("test entries", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Perceptron_dimensions_larger_than_the_payload_are_refused()
    {
        using var stream = new MemoryStream();
        ModelFile.Write(stream, "kind-a", 1, w =>
        {
            w.Write(16);          // classes
            w.Write(1 << 24);     // buckets: 256 M weights announced, none follow
            w.Write(1f);
        });
        stream.Position = 0;
        var ex = Assert.Throws<ModelFormatException>(() =>
            ModelFile.Read(stream, "weights.model", "kind-a", [1], (r, _) => AveragedPerceptron.Load(r)));
        Assert.Contains("weights.model", ex.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_file_on_disk_with_a_bad_length_names_its_path()
    {
        byte[] bytes = ValidModel(out int offset);
        Patch(bytes, offset + 16, int.MaxValue - 1L);
        string path = Path.Combine(Path.GetTempPath(), $"newsnlp-{Guid.NewGuid():N}.model");
        File.WriteAllBytes(path, bytes);
        try
        {
            var ex = Assert.Throws<ModelFormatException>(() => PerceptronEntityRecognizer.Load(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class ForwardOnlyStream(byte[] data) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(count, data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
