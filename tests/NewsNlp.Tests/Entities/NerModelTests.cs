using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Training;
using NewsNlp.Learning;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Entities;

public class NerModelTests
{
    private static PerceptronEntityRecognizer TrainTiny(int seed = 1)
    {
        IReadOnlyList<ConllDocument> docs = NerTestData.Parse(NerTestData.Tiny);
        var options = new NerTrainingOptions { Epochs = 15, Patience = 15, BucketBits = 14, Seed = seed };
        return NerTrainer.Train(docs, docs, options, NerLexicon.Empty, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);
    }

    [Fact]
    public void A_tiny_model_predicts_its_training_sentences_back()
    {
        IReadOnlyList<ConllDocument> docs = NerTestData.Parse(NerTestData.Tiny);
        PerceptronEntityRecognizer model = TrainTiny();
        NerEvaluation eval = NerTrainer.Evaluate(model, docs);
        Assert.Equal(100.0, eval.F1, 3);
    }

    [Fact]
    public void Training_is_deterministic_and_save_load_round_trips()
    {
        byte[] first = Bytes(TrainTiny());
        byte[] second = Bytes(TrainTiny());
        Assert.Equal(first, second);

        PerceptronEntityRecognizer loaded = PerceptronEntityRecognizer.Load(new MemoryStream(first), "tiny.model");
        Assert.Equal(first, Bytes(loaded));
        NewsDocument doc = NerTestData.Parse(NerTestData.Tiny)[1].ToNewsDocument();
        Assert.Equal(TrainTiny().Tag(doc), loaded.Tag(doc));
    }

    [Fact]
    public void Corrupt_or_wrong_version_model_file_names_the_file()
    {
        byte[] bytes = Bytes(TrainTiny());
        string path = Path.Combine(Path.GetTempPath(), $"newsnlp-ner-{Guid.NewGuid():N}.model");
        try
        {
            byte[] corrupt = (byte[])bytes.Clone();
            corrupt[^10] ^= 0xFF;
            File.WriteAllBytes(path, corrupt);
            var ex = Assert.Throws<ModelFormatException>(() => PerceptronEntityRecognizer.Load(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);

            using (var stream = File.Create(path))
            {
                ModelFile.Write(stream, NerModel.Kind, NerModel.FormatVersion + 100, w => w.Write(0));
            }

            ex = Assert.Throws<ModelFormatException>(() => PerceptronEntityRecognizer.Load(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
            Assert.Contains("version", ex.Message, StringComparison.Ordinal);

            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            ex = Assert.Throws<ModelFormatException>(() => PerceptronEntityRecognizer.Load(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Stage_adds_mentions_with_offsets_type_and_producer()
    {
        NewsPipeline pipeline = NewsPipelineBuilder.CreateDefault().Build();
        const string text = "Chancellor Angela Merkel met French President Jacques Chirac in Paris on Monday, Reuters reported.";
        NewsDocument doc = pipeline.Process(text);
        Assert.True(doc.Has(AnnotationNames.Entities));
        Assert.NotEmpty(doc.Entities);
        foreach (EntityMention m in doc.Entities)
        {
            Assert.Equal(text[m.Span.Start..m.Span.End], m.Text);
            Assert.InRange(m.Confidence, 0, 1);
            Assert.Equal(PerceptronEntityRecognizer.ProducerName, m.Producer);
            Assert.Equal(doc.Tokens[m.FirstToken].Start, m.Span.Start);
            Assert.Equal(doc.Tokens[m.EndToken - 1].End, m.Span.End);
        }

        Assert.Contains(doc.Entities, m => m.Text == "Paris" && m.Type == EntityType.Location);
        Assert.Contains(doc.Entities, m => m.Text.Contains("Merkel", StringComparison.Ordinal) && m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\\uD800\\uD800 \\uDC00 x")]
    public void Odd_input_gives_a_result(string text)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);   // lone surrogates cannot live in attribute data
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(text);
        Assert.True(doc.Has(AnnotationNames.Entities));
    }

    [Fact]
    public void Long_input_with_huge_tokens_and_many_quotes_completes()
    {
        string text = string.Concat(Enumerable.Repeat("\"", 100_000)) + " " + new string('A', 200_000) + " Paris.";
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(text);
        Assert.True(doc.Has(AnnotationNames.Entities));
    }

    [Fact]
    public void Cancellation_stops_recognition()
    {
        NewsDocument doc = NerTestData.Parse(NerTestData.Tiny)[0].ToNewsDocument();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PerceptronEntityRecognizer.Default.Recognize(doc, cts.Token));
    }

    [SkippableFact]
    public void Embedded_model_meets_the_floor_on_conll_dev()
    {
        string path = SharedData.RequireData("conll2003/dev.txt");
        NerEvaluation eval = NerTrainer.Evaluate(PerceptronEntityRecognizer.Default, ConllReader.ReadFile(path));
        Assert.True(eval.F1 >= 91.0, $"dev {eval}");
    }

    private static byte[] Bytes(PerceptronEntityRecognizer model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
