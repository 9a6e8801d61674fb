using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>"he", "she": the nearest earlier person, a resolved speaker or a mention outside quotations, at most a few paragraphs back.</summary>
internal sealed class PersonPronounRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.Pronoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        if (!phrase.IsOneToken || !context.View.Is(phrase.First, WordClass.SingularPronoun))
        {
            speaker = null;
            return false;
        }

        speaker = Antecedent(context, phrase.First, person: true);
        return true;
    }

    private static SpeakerCandidate? Antecedent(SpeakerContext context, int before, bool person)
    {
        DocumentView v = context.View;
        MentionIndex mentions = context.Mentions;
        int paragraph = v.ParagraphOf[before];
        Mention? best = person ? context.Resolved.LastPersonBefore(before) : context.Resolved.LastNonPersonBefore(before);
        if (mentions.IsSorted)
        {
            // The loop below in O(1): mentions are in text order, so its break conditions only get truer going back.
            int last = mentions.LastMentionBefore(before);
            int j = last < 0 ? -1 : person ? mentions.PreviousPerson(last) : mentions.PreviousNonPerson(last);
            if (j >= 0)
            {
                Mention m = mentions[j];
                if (paragraph - v.ParagraphOf[m.First] <= SpeakerRules.MaxParagraphDistance && (best is null || m.First > best.Value.First))
                {
                    best = m;
                }
            }

            return best is not null && paragraph - v.ParagraphOf[best.Value.First] <= SpeakerRules.MaxParagraphDistance ? best.Value.Speaker : null;
        }

        for (int i = mentions.LastMentionBefore(before); i >= 0; i--)
        {
            Mention m = mentions[i];
            if (paragraph - v.ParagraphOf[m.First] > SpeakerRules.MaxParagraphDistance)
            {
                break;
            }

            if (best is not null && m.First <= best.Value.First)
            {
                break;
            }

            if (m.Speaker.IsPerson == person)
            {
                best = m;
                break;
            }
        }

        return best is not null && paragraph - v.ParagraphOf[best.Value.First] <= SpeakerRules.MaxParagraphDistance ? best.Value.Speaker : null;
    }
}
