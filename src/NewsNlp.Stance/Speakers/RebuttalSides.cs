using NewsNlp.Documents;

namespace NewsNlp.Stance.Speakers;

/// <summary>
/// The news convention of a rebuttal: a sentence that opens with "But", "However" or "Yet" and names its speaker ("But Mr
/// Herron said …") answers the speaker quoted last before it. A speaker with no stance of their own (no quote addresses
/// the target and no side-taking cue) who answers, or is answered by, speakers of one side takes the other side. Speakers
/// with a side keep it: where both ends have one the convention does not say which is wrong (flipping the weaker end was
/// measured and lost, see docs/stance.md).
/// </summary>
internal static class RebuttalSides
{
    /// <summary>The driving word of a side taken from a rebuttal.</summary>
    public const string Cue = "rebuttal";

    private static readonly string[] Openers = ["but", "however", "yet"];

    /// <summary>
    /// The rebuttal links of <paramref name="document"/>: (the speaker answered, the speaker answering), speaker ids, each
    /// pair once, in text order.
    /// </summary>
    public static IReadOnlyList<(int Answered, int Answering)> Links(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var links = new List<(int, int)>();
        if (document.Sentences.Count == 0)
        {
            return links;
        }

        (Quote Quote, int Start)[] quotes = [.. document.Quotes.Where(q => q.SpeakerId is not null).Select(q => (q, Start(q))).Where(q => q.Item2 >= 0).OrderBy(q => q.Item2)];
        foreach ((Quote quote, _) in quotes)
        {
            if (quote.Source is not TextSpan source || source.IsEmpty || SentenceOf(document, source.Start) is not TextSpan sentence
                || !OpensWithContrast(document.Text, sentence))
            {
                continue;
            }

            int answering = quote.SpeakerId!.Value;
            int? answered = null;
            foreach ((Quote earlier, int start) in quotes)
            {
                if (start >= sentence.Start)
                {
                    break;
                }

                if (earlier.SpeakerId != answering)
                {
                    answered = earlier.SpeakerId;
                }
            }

            if (answered is int a && !links.Contains((a, answering)))
            {
                links.Add((a, answering));
            }
        }

        return links;
    }

    /// <summary>
    /// The sides that speakers with no stance take from their rebuttal links: the opposite of the linked speakers' side when
    /// those that have one all have the same one.
    /// </summary>
    /// <param name="links">The links (<see cref="Links"/>).</param>
    /// <param name="labels">Each speaker's label (agree, disagree, or unrelated for no stance).</param>
    /// <returns>Speaker id → (side, the speaker whose side it answers).</returns>
    public static Dictionary<int, (StanceLabel Side, int Other)> Sides(IReadOnlyList<(int Answered, int Answering)> links, IReadOnlyDictionary<int, StanceLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(labels);
        var result = new Dictionary<int, (StanceLabel, int)>();
        foreach (int speaker in labels.Keys.Where(s => labels[s] == StanceLabel.Unrelated))
        {
            var others = links.Where(l => l.Answered == speaker).Select(l => l.Answering)
                .Concat(links.Where(l => l.Answering == speaker).Select(l => l.Answered))
                .Where(o => o != speaker && labels.TryGetValue(o, out StanceLabel l) && l is StanceLabel.Agree or StanceLabel.Disagree)
                .ToList();
            if (others.Count == 0 || others.Select(o => labels[o]).Distinct().Count() != 1)
            {
                continue;
            }

            result[speaker] = (labels[others[0]] == StanceLabel.Agree ? StanceLabel.Disagree : StanceLabel.Agree, others[0]);
        }

        return result;
    }

    private static bool OpensWithContrast(string text, TextSpan sentence)
    {
        int i = sentence.Start;
        while (i < sentence.End && !char.IsLetter(text[i]))
        {
            i++;
        }

        foreach (string opener in Openers)
        {
            int end = i + opener.Length;
            if (end < sentence.End && text.AsSpan(i, opener.Length).Equals(opener, StringComparison.OrdinalIgnoreCase) && !char.IsLetterOrDigit(text[end]))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan? SentenceOf(NewsDocument document, int position)
    {
        foreach (TokenRange sentence in document.Sentences)
        {
            if (sentence.Span.Start <= position && position < sentence.Span.End)
            {
                return sentence.Span;
            }
        }

        return null;
    }

    /// <summary>Where a quote starts: the first of its content, source and cue.</summary>
    private static int Start(Quote quote)
    {
        int start = int.MaxValue;
        foreach (TextSpan span in quote.Content)
        {
            start = Math.Min(start, span.Start);
        }

        if (quote.Source is TextSpan source && !source.IsEmpty)
        {
            start = Math.Min(start, source.Start);
        }

        if (quote.Cue is TextSpan cue && !cue.IsEmpty)
        {
            start = Math.Min(start, cue.Start);
        }

        return start == int.MaxValue ? -1 : start;
    }
}
