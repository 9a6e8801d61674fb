using System.Globalization;
using NewsNlp.Documents;

namespace NewsNlp.Tokenization.Training;

/// <summary>Span-level precision, recall and F1 of tokens, words and sentences, as <c>ud_tokens.py score</c> computes them.</summary>
public sealed record UdScore
{
    /// <summary>Gold surface tokens.</summary>
    public int GoldTokens { get; init; }

    /// <summary>Gold words.</summary>
    public int GoldWords { get; init; }

    /// <summary>Predicted tokens.</summary>
    public int PredictedTokens { get; init; }

    /// <summary>Predicted tokens matching a gold surface token.</summary>
    public int CorrectTokens { get; init; }

    /// <summary>Predicted tokens matching a gold word.</summary>
    public int CorrectWords { get; init; }

    /// <summary>Gold sentences.</summary>
    public int GoldSentences { get; init; }

    /// <summary>Predicted sentences.</summary>
    public int PredictedSentences { get; init; }

    /// <summary>Predicted sentences matching a gold sentence.</summary>
    public int CorrectSentences { get; init; }

    /// <summary>F1 (percent) against surface tokens.</summary>
    public double TokensF1 => F1(CorrectTokens, PredictedTokens, GoldTokens);

    /// <summary>F1 (percent) against words (the PTB convention NewsNlp follows).</summary>
    public double WordsF1 => F1(CorrectWords, PredictedTokens, GoldWords);

    /// <summary>F1 (percent) of sentences.</summary>
    public double SentencesF1 => F1(CorrectSentences, PredictedSentences, GoldSentences);

    /// <summary>Scores <paramref name="documents"/> with a tokenizer and a sentence splitter.</summary>
    public static UdScore Evaluate(IEnumerable<UdDocument> documents, ITokenizer tokenizer, ISentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        var score = new UdScore();
        foreach (UdDocument ud in documents)
        {
            var document = new NewsDocument(ud.Text);
            tokenizer.Tokenize(document.Text, document.Tokens);
            splitter.Split(document);
            score = score.Add(ud, document);
        }

        return score;
    }

    /// <summary>Adds the counts of one processed document.</summary>
    public UdScore Add(UdDocument gold, NewsDocument predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldTokens = new HashSet<TextSpan>(gold.Tokens);
        var goldWords = new HashSet<TextSpan>(gold.Words);
        var goldSentences = new HashSet<TextSpan>(gold.Sentences);
        int correctTokens = 0, correctWords = 0, correctSentences = 0;
        foreach (TokenRow row in predicted.Tokens.Rows)
        {
            var span = new TextSpan(row.Start, row.End);
            correctTokens += goldTokens.Contains(span) ? 1 : 0;
            correctWords += goldWords.Contains(span) ? 1 : 0;
        }

        foreach (TokenRange sentence in predicted.Sentences)
        {
            correctSentences += goldSentences.Contains(sentence.Span) ? 1 : 0;
        }

        return new UdScore
        {
            GoldTokens = GoldTokens + gold.Tokens.Count,
            GoldWords = GoldWords + gold.Words.Count,
            PredictedTokens = PredictedTokens + predicted.Tokens.Count,
            CorrectTokens = CorrectTokens + correctTokens,
            CorrectWords = CorrectWords + correctWords,
            GoldSentences = GoldSentences + gold.Sentences.Count,
            PredictedSentences = PredictedSentences + predicted.Sentences.Count,
            CorrectSentences = CorrectSentences + correctSentences,
        };
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"tokens F1 {TokensF1:F2} words F1 {WordsF1:F2} sentences F1 {SentencesF1:F2} (gold words {GoldWords}, predicted tokens {PredictedTokens}, gold sentences {GoldSentences}, predicted {PredictedSentences})");

    private static double F1(int correct, int predicted, int gold)
    {
        double p = predicted == 0 ? 0 : (double)correct / predicted;
        double r = gold == 0 ? 0 : (double)correct / gold;
        return p + r == 0 ? 0 : 100 * 2 * p * r / (p + r);
    }
}
