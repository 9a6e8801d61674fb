using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// Runs the one-mention rules (<see cref="IMentionRule"/>) over a sentence's labels: the mentions are read once
/// (<see cref="BilouLabels.ToSpans"/>), each goes through the rules in order, and the labels are written back only when
/// a rule changed one. Linear in the sentence's tokens.
/// </summary>
internal static class MentionRules
{
    /// <summary>The rules the recognizer runs, in order: <see cref="HonorificPersonName"/>, <see cref="InitialledPersonName"/>, <see cref="OrganisationWordPerson"/>, <see cref="OrganisationOpeningWord"/>, <see cref="SentenceAdverbMention"/>, <see cref="OfficeLettersPerson"/>, <see cref="DemonymMention"/>, <see cref="SentenceOpeningAdjective"/>.</summary>
    public static readonly IMentionRule[] Default =
    [
        new HonorificPersonName(), new InitialledPersonName(), new OrganisationWordPerson(), new OrganisationOpeningWord(), new SentenceAdverbMention(), new OfficeLettersPerson(),
        new DemonymMention(), new SentenceOpeningAdjective(),
    ];

    /// <summary>Rewrites <paramref name="labels"/> (the sentence's BILOU ids) with <paramref name="rules"/>; returns whether any mention changed.</summary>
    public static bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels, NerLexicon lexicon, ReadOnlySpan<IMentionRule> rules)
    {
        if (!labels.ContainsAnyExcept(BilouLabels.Outside))
        {
            return false;
        }

        List<(int Start, int End, EntityType Type)> mentions = BilouLabels.ToSpans(labels);
        var sentence = new JoinSentence(text, rows, labels, lexicon);
        bool changed = false;
        int kept = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            (int Start, int End, EntityType Type)? mention = mentions[m];
            for (int r = 0; r < rules.Length && mention is not null; r++)
            {
                mention = rules[r].Rewrite(sentence, mention.Value);
            }

            changed |= mention != mentions[m];
            if (mention is { } read)
            {
                mentions[kept++] = read;
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
        if (changed)
        {
            BilouLabels.FromSpans(mentions, labels);
        }

        return changed;
    }
}
