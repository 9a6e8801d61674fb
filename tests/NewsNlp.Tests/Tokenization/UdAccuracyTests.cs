using NewsNlp.Tests.Infrastructure;
using NewsNlp.Tokenization;
using NewsNlp.Tokenization.Training;

namespace NewsNlp.Tests.Tokenization;

/// <summary>
/// Scores the tokenizer and the learned splitter on UD dev data the model was not trained on (the held-out fifth of EWT dev,
/// and GUM dev), with the C# equivalent of ud_tokens.py. The floors are those of the test-set requirement.
/// </summary>
public class UdAccuracyTests
{
    private static List<UdDocument> HeldOut(string path, int every)
    {
        IReadOnlyList<UdDocument> all = UdDocument.Build(ConlluReader.ReadFile(path));
        var held = new List<UdDocument>();
        for (int i = every - 1; i < all.Count; i += every)
        {
            held.Add(all[i]);
        }

        return held;
    }

    [SkippableFact]
    public void Ewt_dev_held_out_meets_the_floors()
    {
        string path = SharedData.RequireData("ud/en_ewt-ud-dev.conllu");
        UdScore score = UdScore.Evaluate(HeldOut(path, new SentenceTrainingOptions().HoldOutEvery), NewsTokenizer.Default, LearnedSentenceSplitter.Default);
        Assert.True(score.WordsF1 >= 99.0, score.ToString());
        Assert.True(score.SentencesF1 >= 85.0, score.ToString());
        UdScore rules = UdScore.Evaluate(HeldOut(path, new SentenceTrainingOptions().HoldOutEvery), NewsTokenizer.Default, SentenceSplitter.Default);
        Assert.True(score.SentencesF1 > rules.SentencesF1, $"model {score} rules {rules}");
    }

    [SkippableFact]
    public void Gum_dev_meets_the_floors()
    {
        string path = SharedData.RequireData("ud/en_gum-ud-dev.conllu");
        UdScore score = UdScore.Evaluate(UdDocument.Build(ConlluReader.ReadFile(path)), NewsTokenizer.Default, LearnedSentenceSplitter.Default);
        Assert.True(score.WordsF1 >= 99.5, score.ToString());
        Assert.True(score.SentencesF1 >= 94.0, score.ToString());
    }

    [SkippableFact]
    public void Csharp_scorer_agrees_with_raw_text_rebuild()
    {
        string path = SharedData.RequireData("ud/en_ewt-ud-dev.conllu");
        IReadOnlyList<UdDocument> documents = UdDocument.Build(ConlluReader.ReadFile(path));
        Assert.Equal(318, documents.Count);
        Assert.Equal(2001, documents.Sum(d => d.Sentences.Count));
        Assert.Equal(25147, documents.Sum(d => d.Words.Count));
        foreach (UdDocument document in documents.Take(50))
        {
            foreach (Documents.TextSpan word in document.Words)
            {
                Assert.False(string.IsNullOrWhiteSpace(document.Text.Substring(word.Start, word.Length)));
            }
        }
    }
}
