using NewsNlp.Documents;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Session 24: <c>In a statement late Friday, he said the vote would be held on Wednesday. "The governor had her say," the
/// statement read.</c> — a definite message noun (<c>the statement</c>, <c>the letter</c>, <c>the email</c>) a few sentences
/// after the same noun was introduced as a speaker's medium (<c>in a statement</c>, <c>issued a statement</c>) speaks for
/// the speaker resolved in that earlier sentence: the words are the author's. Reports, studies and polls are not messages
/// (a police report is not the police speaking), so only personal and official messages count.
/// </summary>
internal sealed class StatementAuthorRule : ISpeakerRule
{
    /// <summary>Most sentences between the introduction ("in a statement") and the later "the statement".</summary>
    private const int MaxSentencesBack = 3;

    /// <summary>Most tokens scanned back for the introduction (keeps the rule linear).</summary>
    private const int MaxTokensBack = 160;

    /// <summary>Most resolved mentions looked at in the introduction's sentence.</summary>
    private const int MaxResolvedLooked = 8;

    private static readonly string[] MessageNouns = ["statement", "letter", "email", "e-mail", "message", "memo", "note", "post", "tweet", "release"];

    private static readonly string[] Introducers = ["in", "issued", "released", "sent", "posted", "published", "wrote", "put", "via", "through"];

    /// <inheritdoc />
    public string Name => RuleNames.StatementAuthor;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head;
        if (phrase.Depth != 0 || head < 1 || head != phrase.PhraseFirst + 1 || phrase.PhraseEnd != phrase.HeadEnd
            || v.Shapes[head] != TokenShape.Lower || !v.TextIsAny(head, MessageNouns)
            || !(v.TextIs(phrase.PhraseFirst, "the") || v.TextIs(phrase.PhraseFirst, "that") || v.TextIs(phrase.PhraseFirst, "this")))
        {
            return false;
        }

        int sentence = v.SentenceOf[head];
        int stop = Math.Max(1, phrase.PhraseFirst - MaxTokensBack);
        for (int t = phrase.PhraseFirst - 1; t >= stop && sentence - v.SentenceOf[t] <= MaxSentencesBack; t--)
        {
            // "in a statement", "issued a statement": the same noun after an indefinite determiner and an introducer.
            if (v.InQuote(t) || !v.Chars(t).Equals(v.Chars(head), StringComparison.OrdinalIgnoreCase)
                || !(v.TextIs(t - 1, "a") || v.TextIs(t - 1, "an")) || t < 2 || !v.TextIsAny(t - 2, Introducers)
                || v.SentenceOf[t - 2] != v.SentenceOf[t])
            {
                continue;
            }

            speaker = AuthorIn(context, v.SentenceOf[t], phrase.PhraseFirst);
            return speaker is not null;
        }

        return false;
    }

    /// <summary>The one speaker resolved at a source mention of <paramref name="sentence"/> before <paramref name="before"/>, or null (none, or two different ones).</summary>
    private static SpeakerCandidate? AuthorIn(SpeakerContext context, int sentence, int before)
    {
        DocumentView v = context.View;
        IReadOnlyList<Mention> resolved = context.Resolved.InOrder;
        SpeakerCandidate? found = null;
        for (int i = resolved.Count - 1, looked = 0; i >= 0 && looked < MaxResolvedLooked; i--, looked++)
        {
            Mention m = resolved[i];
            if (m.First >= before || v.SentenceOf[m.First] != sentence)
            {
                continue;
            }

            if (found is not null && !string.Equals(found.Key, m.Speaker.Key, StringComparison.Ordinal))
            {
                return null;
            }

            found = m.Speaker;
        }

        return found;
    }
}
