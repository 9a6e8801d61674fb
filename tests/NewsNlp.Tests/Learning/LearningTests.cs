using NewsNlp.Learning;

namespace NewsNlp.Tests.Learning;

public class LearningTests
{
    [Fact]
    public void Stable_hash_is_fixed_across_runs()
    {
        // FNV-1a of the UTF-16 bytes of "a" (0x61, 0x00): a constant, not string.GetHashCode.
        ulong expected = unchecked((((StableHash.Seed ^ 0x61) * 1099511628211UL) ^ 0) * 1099511628211UL);
        Assert.Equal(expected, StableHash.Of("a"));
        Assert.NotEqual(StableHash.Of("ab"), StableHash.Of("ba"));
        Assert.Equal(StableHash.Of("word"), StableHash.AddLower(StableHash.Seed, "WoRd"));
    }

    [Fact]
    public void Lower_case_hash_is_the_hash_of_the_invariant_lower_case_text()
    {
        // AddLower folds the two byte steps of an ASCII character into one multiplication: it must stay the plain
        // FNV-1a over ToLowerInvariant's characters, for ASCII, Latin, Greek, CJK, surrogates and control characters.
        string[] texts = ["", "A", "Said", "SPOKESWOMAN", "al-Jaafari", "O'Neil", "Zürich", "ÉCOLE", "İstanbul", "ΣΟΦΙΑ", "北京", "😀x", "\u0000\u007f\u0080Z@[`{", "K\u212Aelvin"];
        foreach (string text in texts)
        {
            ulong expected = StableHash.Seed;
            foreach (char c in text)
            {
                expected = StableHash.Add(expected, char.ToLowerInvariant(c));
            }

            Assert.Equal(expected, StableHash.AddLower(StableHash.Seed, text));
        }
    }

    [Fact]
    public void Perceptron_learns_a_separable_problem_and_round_trips()
    {
        var model = new AveragedPerceptron(classCount: 3, bucketBits: 8);
        int[][] examples = [[1, 2], [3, 4], [5, 6]];
        for (int epoch = 0; epoch < 5; epoch++)
        {
            for (int gold = 0; gold < 3; gold++)
            {
                model.Update(examples[gold], gold, model.Predict(examples[gold]));
                model.Tick();
            }
        }

        model.Average();
        for (int gold = 0; gold < 3; gold++)
        {
            Assert.Equal(gold, model.Predict(examples[gold]));
        }

        using var stream = new MemoryStream();
        ModelFile.Write(stream, "test-model", 1, model.Save);
        byte[] first = stream.ToArray();
        stream.Position = 0;
        AveragedPerceptron loaded = ModelFile.Read(stream, "mem", "test-model", [1], (r, _) => AveragedPerceptron.Load(r));
        for (int gold = 0; gold < 3; gold++)
        {
            Assert.Equal(gold, loaded.Predict(examples[gold]));
        }

        using var again = new MemoryStream();
        ModelFile.Write(again, "test-model", 1, loaded.Save);
        Assert.Equal(first, again.ToArray());
    }

    [Fact]
    public void Model_file_errors_name_the_file_and_the_problem()
    {
        using var stream = new MemoryStream();
        ModelFile.Write(stream, "kind-a", 2, w => w.Write(42));
        byte[] bytes = stream.ToArray();

        var wrongKind = Assert.Throws<ModelFormatException>(() => ModelFile.Read(new MemoryStream(bytes), "m.bin", "kind-b", [2], (r, _) => r.ReadInt32()));
        Assert.Contains("m.bin", wrongKind.Message, StringComparison.Ordinal);
        Assert.Contains("kind-b", wrongKind.Message, StringComparison.Ordinal);

        var wrongVersion = Assert.Throws<ModelFormatException>(() => ModelFile.Read(new MemoryStream(bytes), "m.bin", "kind-a", [1], (r, _) => r.ReadInt32()));
        Assert.Contains("version 2", wrongVersion.Message, StringComparison.Ordinal);

        byte[] corrupt = (byte[])bytes.Clone();
        corrupt[^1] ^= 0xFF;
        Assert.Throws<ModelFormatException>(() => ModelFile.Read(new MemoryStream(corrupt), "m.bin", "kind-a", [2], (r, _) => r.ReadInt32()));

        Assert.Throws<ModelFormatException>(() => ModelFile.Read(new MemoryStream(bytes[..20]), "m.bin", "kind-a", [2], (r, _) => r.ReadInt32()));
        Assert.Throws<ModelFormatException>(() => ModelFile.Read(new MemoryStream("not a model at all"u8.ToArray()), "m.bin", "kind-a", [2], (r, _) => r.ReadInt32()));
        Assert.Equal(42, ModelFile.Read(new MemoryStream(bytes), "m.bin", "kind-a", [2], (r, _) => r.ReadInt32()));
    }
}
