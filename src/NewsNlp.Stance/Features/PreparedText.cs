namespace NewsNlp.Stance.Features;

/// <summary>A text reduced to what the stance features read: lower-cased words, their light stems, sentences and term counts.</summary>
internal sealed class PreparedText
{
    public PreparedText(string[] words, string[] stems, bool[] isContent, int[] sentenceStarts, int questionMarks, int quoteMarks)
    {
        Words = words;
        Stems = stems;
        IsContent = isContent;
        SentenceStarts = sentenceStarts;
        QuestionMarks = questionMarks;
        QuoteMarks = quoteMarks;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < stems.Length; i++)
        {
            if (isContent[i])
            {
                counts[stems[i]] = counts.GetValueOrDefault(stems[i]) + 1;
            }
        }

        ContentCounts = counts;
    }

    /// <summary>Lower-cased words (apostrophes kept inside words).</summary>
    public string[] Words { get; }

    /// <summary>Light stems of <see cref="Words"/>.</summary>
    public string[] Stems { get; }

    /// <summary>True for words that are not stop words.</summary>
    public bool[] IsContent { get; }

    /// <summary>Token index where each sentence starts (the first is 0 when there is any token).</summary>
    public int[] SentenceStarts { get; }

    /// <summary>Number of '?' characters.</summary>
    public int QuestionMarks { get; }

    /// <summary>Number of quotation marks.</summary>
    public int QuoteMarks { get; }

    /// <summary>Counts of content stems.</summary>
    public Dictionary<string, int> ContentCounts { get; }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => SentenceStarts.Length;

    /// <summary>End (exclusive token index) of sentence <paramref name="s"/>.</summary>
    public int SentenceEnd(int s) => s + 1 < SentenceStarts.Length ? SentenceStarts[s + 1] : Words.Length;
}
