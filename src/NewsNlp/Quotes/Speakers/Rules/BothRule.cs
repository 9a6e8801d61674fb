using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Session 19: <c>Both said …</c>, <c>Both companies said …</c>: "both" means the two last named together — a group that
/// spoke as a coordination in the last three sentences ("American and Southwest have blamed …. Both said"), else two names joined by "and" in the
/// same or the previous two sentences ("Maria Olsen and Peter Hale met on Tuesday. Both said …"). The speaker is that
/// coordination, a group, as <see cref="CoordinationRule"/> gives it; unresolved when no pair is near.
/// </summary>
internal sealed class BothRule : ISpeakerRule
{
    /// <summary>How many sentences back the pair may be named.</summary>
    private const int MaxSentencesBack = 2;

    /// <summary>How many mentions are looked back over for a pair (keeps the look linear in the document).</summary>
    private const int MaxMentionsBack = 40;

    /// <summary>How many resolved speakers are looked back over.</summary>
    private const int MaxSpokeLookBack = 4;

    /// <summary>How many sentences back a coordination that spoke may be (in the same or the previous paragraph).</summary>
    private const int MaxSpokeSentencesBack = 3;

    /// <inheritdoc />
    public string Name => RuleNames.Description;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int first = phrase.First;
        if (phrase.Depth != 0 || !v.TextIs(first, "both") || v.InQuote(first)
            || !(phrase.End - first == 1 || (phrase.End - first == 2 && v.Shapes[first + 1] == TokenShape.Lower && NounPhrases.IsPlural(v.Chars(first + 1)))))
        {
            return false;
        }

        int sentence = v.SentenceOf[first];
        // The last speakers resolved before "both" (a few back): a coordination among them, whatever its head word made it.
        IReadOnlyList<Mention> spoke = context.Resolved.InOrder;
        for (int i = spoke.Count - 1; i >= 0 && spoke.Count - i <= MaxSpokeLookBack; i--)
        {
            Mention group = spoke[i];
            if (group.First >= first)
            {
                continue;
            }

            if (sentence - v.SentenceOf[group.First] > MaxSpokeSentencesBack || v.ParagraphOf[first] - v.ParagraphOf[group.First] > 1)
            {
                break;
            }

            if (group.Speaker.Name.Contains(" and ", StringComparison.Ordinal) && !context.InReportedContent(group.First))
            {
                speaker = group.Speaker with { IsPerson = false, IsGroup = true };
                return true;
            }
        }

        MentionIndex mentions = context.Mentions;
        int last = mentions.LastMentionBefore(first);
        for (int i = last; i > 0 && last - i < MaxMentionsBack && sentence - v.SentenceOf[mentions[i].First] <= MaxSentencesBack; i--)
        {
            Mention second = mentions[i], one = mentions[i - 1];
            if (one.End + 1 == second.First && v.TextIs(one.End, "and") && v.Shapes[one.End] == TokenShape.Lower && !v.InQuote(one.First)
                && !context.InReportedContent(one.First) && one.Speaker.IsPerson == second.Speaker.IsPerson)
            {
                string description = mentions.Describe(one.First, second.End, out string key);
                speaker = new SpeakerCandidate(key, description, null, -1, IsPerson: false, IsGroup: true);
                return true;
            }
        }

        return false;
    }
}
