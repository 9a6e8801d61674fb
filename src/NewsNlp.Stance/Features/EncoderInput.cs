using NewsNlp.Stance.ShortText;

namespace NewsNlp.Stance.Features;

/// <summary>
/// What a sentence encoder reads of a prepared text for the body model: each of the first <see cref="MaxSentences"/>
/// sentences as its lower-cased words joined by spaces (at most <see cref="MaxWords"/> words), and the target the same way.
/// </summary>
internal static class EncoderInput
{
    /// <summary>Body sentences encoded (the rest of a long body is not read by the encoder features).</summary>
    public const int MaxSentences = 40;

    /// <summary>Words of one sentence (or of the target) given to the encoder.</summary>
    public const int MaxWords = 60;

    /// <summary>The text of each encoded sentence.</summary>
    public static string[] Sentences(PreparedText text)
    {
        int n = Math.Min(text.SentenceCount, MaxSentences);
        var result = new string[n];
        for (int s = 0; s < n; s++)
        {
            int start = text.SentenceStarts[s];
            int end = Math.Min(text.SentenceEnd(s), start + MaxWords);
            result[s] = string.Join(' ', text.Words, start, end - start);
        }

        return result;
    }

    /// <summary>The target's text (its first <see cref="MaxWords"/> words).</summary>
    public static string Target(PreparedText text) => string.Join(' ', text.Words, 0, Math.Min(text.Words.Length, MaxWords));

    /// <summary>
    /// Encodes every text of <paramref name="targets"/> (as a target) and <paramref name="bodies"/> (by sentence) that has no
    /// vectors yet, in one batch of distinct strings, and attaches them (<see cref="PreparedText.Encoded"/>).
    /// </summary>
    public static void Attach(ITextEmbedder embedder, IEnumerable<PreparedText> targets, IEnumerable<PreparedText> bodies, CancellationToken cancellationToken = default)
    {
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string s)
        {
            if (!index.TryGetValue(s, out int i))
            {
                i = strings.Count;
                index[s] = i;
                strings.Add(s);
            }

            return i;
        }

        var targetJobs = new List<(PreparedText Text, int Id)>();
        foreach (PreparedText t in targets.Distinct())
        {
            if (t.Encoded?.Target is null)
            {
                targetJobs.Add((t, Id(Target(t))));
            }
        }

        var bodyJobs = new List<(PreparedText Text, int[] Ids)>();
        foreach (PreparedText b in bodies.Distinct())
        {
            if (b.Encoded?.Sentences is null)
            {
                bodyJobs.Add((b, [.. Sentences(b).Select(Id)]));
            }
        }

        IReadOnlyList<float[]> vectors = strings.Count == 0 ? [] : embedder.Embed(strings, cancellationToken);
        foreach ((PreparedText t, int id) in targetJobs)
        {
            t.Encoded = new EncodedText(vectors[id], t.Encoded?.Sentences);
        }

        foreach ((PreparedText b, int[] ids) in bodyJobs)
        {
            b.Encoded = new EncodedText(b.Encoded?.Target, [.. ids.Select(i => vectors[i])]);
        }
    }
}

/// <summary>Encoder vectors of a prepared text: as a target (one vector) and as a body (one per encoded sentence).</summary>
internal sealed record EncodedText(float[]? Target, float[][]? Sentences);
