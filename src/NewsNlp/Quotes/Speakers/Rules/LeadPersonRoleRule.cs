using NewsNlp.Entities.Linking;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "Ana Ruiz has apologised to MPs after …. The home secretary confirmed …": news names its subject in the lead and
/// then refers to them by their office. A definite singular role ("the home secretary", "the minister") that no person
/// in the article is titled with is the person the first sentence of the story opens with, when no other person is
/// named between them. Not a spokesperson (who speaks for someone else), not a role with a possessor or a complement
/// ("the party's leader", "the head of the council"), and not when the lead names its person with a role of their own
/// ("Club manager Ana Ruiz has …": "the chairman" is someone else).
/// </summary>
internal sealed class LeadPersonRoleRule : ISpeakerRule
{
    /// <summary>Most paragraphs from the lead's person to the role.</summary>
    private const int MaxParagraphs = 3;

    /// <summary>Most words between "the" and the role noun ("the shadow home secretary").</summary>
    private const int MaxModifiers = 3;

    /// <inheritdoc />
    public string Name => RuleNames.RoleNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head;
        if (!v.HasEntities || head < 0 || phrase.PhraseEnd != phrase.HeadEnd || v.InQuote(head)
            || !(v.Is(head, WordClass.RoleNoun) || PersonNouns.IsTitle(v, head)) || NounPhrases.IsPlural(v.Chars(head))
            || SpeakerWords.IsSpokesNoun(v.Chars(head)) || SpeakerWords.IsOrgNoun(v.Chars(head)) || SpeakerWords.IsAnyDocumentNoun(v.Chars(head))
            || v.Is(head, WordClass.NonPersonNameWord) || RoleNounRule.IsPlainPersonNoun(v.Chars(head)))
        {
            return false;
        }

        // "the" and up to a few plain modifiers before the role noun (the source mention may be the noun alone).
        int pf = head - 1;
        while (pf >= 0 && head - pf <= MaxModifiers && v.SentenceOf[pf] == v.SentenceOf[head] && !v.TextIs(pf, "the")
            && v.Shapes[pf] is TokenShape.Lower or TokenShape.Capitalised && v.EntityOf[pf] < 0
            && !v.Is(pf, WordClass.Determiner | WordClass.CueVerb | WordClass.Auxiliary | WordClass.Boundary) && !SpeakerWords.IsPreposition(v.Chars(pf)))
        {
            pf--;
        }

        if (pf < 0 || !v.TextIs(pf, "the") || v.SentenceOf[pf] != v.SentenceOf[head])
        {
            return false;
        }

        MentionIndex mentions = context.Mentions;
        int lead = LeadPerson(v, mentions);
        if (lead < 0 || mentions[lead].First >= pf || v.ParagraphOf[pf] - v.ParagraphOf[mentions[lead].First] > MaxParagraphs)
        {
            return false;
        }

        // No other person named between the lead and the role.
        SpeakerCandidate person = mentions[lead].Speaker;
        for (int k = mentions.LastMentionBefore(pf); k > lead; k--)
        {
            if (mentions[k].Speaker.IsPerson && mentions[k].Speaker.Key != person.Key && !ObjectInLead(v, mentions[lead], mentions[k], head))
            {
                return false;
            }
        }

        // No person anywhere titled with the same role ("Home Secretary Ana Ruiz", "Ana Ruiz, the home secretary").
        foreach (int t in mentions.RoleNounPositions(v.Chars(head)))
        {
            if (t != head && !v.InQuote(t) && v.Chars(t).Equals(v.Chars(head), StringComparison.OrdinalIgnoreCase)
                && RoleNounRule.ModifiersBefore(v, pf, head, t) && TitledPerson(v, mentions, t))
            {
                return false;
            }
        }

        speaker = person;
        return true;
    }

    /// <summary>
    /// The mention of the person the story's first sentence opens with ("Ana Ruiz has …", "Mrs Ana Ruiz has …"), or -1:
    /// the first person mention after the headline, in the first sentence of the body, with nothing before it but an
    /// honorific, and not followed by a possessive or a comma (an appositive may give them a role of their own).
    /// </summary>
    private static int LeadPerson(DocumentView v, MentionIndex mentions)
    {
        int headline = v.ParagraphOf[0];
        int body = 0;
        while (body < v.Count && v.ParagraphOf[body] == headline)
        {
            body++;
        }

        if (body >= v.Count)
        {
            return -1;
        }

        int k = mentions.LastMentionBefore(body) + 1;
        if (k >= mentions.Count || v.SentenceOf[mentions[k].First] != v.SentenceOf[body] || !mentions[k].Speaker.IsPerson)
        {
            return -1;
        }

        Mention m = mentions[k];
        for (int t = body; t < m.First; t++)
        {
            if (!PersonTitles.IsTitle(v.Chars(t)) || v.Is(t, WordClass.RoleNoun) || PersonNouns.IsTitleWord(v, t))
            {
                return -1;
            }
        }

        for (int t = m.First; t < m.End; t++)
        {
            if (v.Is(t, WordClass.RoleNoun) || PersonNouns.IsTitleWord(v, t))
            {
                return -1; // "Home Secretary Ana Ruiz" inside the recogniser's mention
            }
        }

        return m.End < v.Count && (v.Shapes[m.End] == TokenShape.Comma || SpeakerWords.IsPossessive(v.Chars(m.End))) ? -1 : k;
    }

    /// <summary>
    /// Session 25: true when <paramref name="other"/> stands later in the lead's own sentence after a lower-case word
    /// that does not join it to the lead (<c>David Blunkett has spoken of his love for married publisher Kimberly Quinn.
    /// … The home secretary said …</c>): the one the lead's sentence opens with is still the story's subject, and a
    /// person that sentence names after a verb or preposition is no holder of the role (not a word of the role itself:
    /// "… met the home secretary Ana Ruiz"). A person named in a later sentence, or joined by "and"/"or", still blocks.
    /// </summary>
    private static bool ObjectInLead(DocumentView v, Mention lead, Mention other, int head)
    {
        int before = other.First - 1;
        return v.SentenceOf[other.First] == v.SentenceOf[lead.First] && before >= lead.End && v.Shapes[before] == TokenShape.Lower
            && !v.TextIs(before, "and") && !v.TextIs(before, "or") && !v.Chars(before).Equals(v.Chars(head), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when a person's name is attached to the role noun at <paramref name="role"/> (right after it, or in apposition before it).</summary>
    private static bool TitledPerson(DocumentView v, MentionIndex mentions, int role)
    {
        int i = mentions.LastMentionBefore(role + 4);
        for (int k = i; k >= 0 && k > i - 4; k--)
        {
            Mention m = mentions[k];
            if (!m.Speaker.IsPerson || v.SentenceOf[m.First] != v.SentenceOf[role])
            {
                continue;
            }

            bool after = m.First > role && m.First - role <= 3;
            bool inside = m.First <= role && role < m.End;
            bool before = m.End <= role && role - m.End <= 4 && m.End < v.Count && v.Shapes[m.End] == TokenShape.Comma;
            if (after || inside || before)
            {
                return true;
            }
        }

        return false;
    }
}
