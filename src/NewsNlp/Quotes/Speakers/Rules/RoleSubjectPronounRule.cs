using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "The Tory leader was asked whether …. He replies: "…"": a he/she opening its sentence continues the subject of the
/// sentence before when that subject is a definite role phrase ("The Tory leader", "the chancellor") and no person is
/// named between them; the pronoun is whoever the role phrase is (resolved by the role rules), not a person named
/// earlier. News copy keeps its topic as the subject; a role phrase is how it refers to a person already named. Session 18:
/// also across a paragraph break (<c>… into the country.</c> ¶ <c>He replies: "…"</c>), and past a group that reported
/// something inside the role phrase's sentence.
/// </summary>
internal sealed class RoleSubjectPronounRule : ISpeakerRule
{
    /// <summary>Most words of the role phrase after its determiner ("The Conservative party leader").</summary>
    private const int MaxModifiers = 3;

    /// <inheritdoc />
    public string Name => RuleNames.Pronoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int pronoun = phrase.First;
        if (phrase.Depth != 0 || !phrase.IsOneToken || !(v.TextIs(pronoun, "he") || v.TextIs(pronoun, "she")) || pronoun == 0 || v.InQuote(pronoun))
        {
            return false;
        }

        // The pronoun opens its sentence.
        int sentenceStart = NounPhrases.SentenceStart(v, pronoun);
        if (pronoun != sentenceStart && !(pronoun == sentenceStart + 1 && v.Is(sentenceStart, WordClass.CapitalisedFunctionWord)))
        {
            return false;
        }

        // The sentence before, in the same paragraph (session 18: or closing the paragraph before, when the pronoun opens its
        // own): its subject a definite role phrase followed by its verb.
        int previous = sentenceStart - 1;
        if (previous < 0 || v.ParagraphOf[pronoun] - v.ParagraphOf[previous] > 1)
        {
            return false;
        }

        int first = NounPhrases.SentenceStart(v, previous);
        if (v.InQuote(first) || !v.Is(first, WordClass.Determiner) || !SpeakerWords.IsDefinite(v.Chars(first)))
        {
            return false;
        }

        int head = -1;
        for (int t = first + 1; t < previous && t - first <= MaxModifiers + 1 && v.SentenceOf[t] == v.SentenceOf[first]; t++)
        {
            if ((v.Is(t, WordClass.RoleNoun) || PersonNouns.IsTitleWord(v, t)) && !NounPhrases.IsPlural(v.Chars(t)) && !SpeakerWords.IsOrgNoun(v.Chars(t))
                && v.Is(t + 1, WordClass.Auxiliary | WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Adverb) && !SpeakerWords.IsPossessive(v.Chars(t + 1)))
            {
                head = t;
                break;
            }

            if (!(v.Shapes[t] is TokenShape.Lower or TokenShape.Capitalised) || v.Is(t, WordClass.Auxiliary | WordClass.CueVerb | WordClass.Boundary | WordClass.Relative)
                || SpeakerWords.IsPreposition(v.Chars(t)))
            {
                return false;
            }
        }

        if (head < 0 || v.HasEntities && v.EntityOf[head] >= 0 && v.Document.Entities[v.EntityOf[head]].Type != Documents.EntityType.Person)
        {
            return false;
        }

        // No person named, and no speaker resolved, between the role phrase and the pronoun.
        MentionIndex mentions = context.Mentions;
        for (int m = mentions.LastMentionBefore(pronoun); m >= 0 && mentions[m].First > head; m--)
        {
            if (mentions[m].Speaker.IsPerson)
            {
                return false;
            }
        }

        // A sentence whose subject already spoke ("The prime minister's official spokesman said …. But he added") is the
        // pronoun rule's: only a role subject that reported nothing is read here.
        // Session 18: a group that reported something inside the sentence ("… was asked to respond to people who said …") is
        // not its subject.
        if (context.Resolved.InOrder.Count > 0 && context.Resolved.InOrder[^1] is { } last && last.First >= first
            && (last.First == first || (last.Speaker.IsPerson && !last.Speaker.IsGroup)))
        {
            return false;
        }

        (SpeakerCandidate? role, _) = context.Resolve(first, head + 1, phrase.Depth + 1);
        if (role is null || !role.IsPerson || !PersonPronounRule.Agrees(role, NameGenders.OfPronoun(v.Chars(pronoun))))
        {
            return false;
        }

        speaker = role;
        return true;
    }
}
