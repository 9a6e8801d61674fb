using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// The news lead that names an office before the person: <c>Scotland's justice minister has warned fans that …. Cathy
/// Jamieson said …</c>, <c>Russia's president has defended the sale …. Vladimir Putin said …</c>. When the story's
/// first reference to anyone is a role description that speaks, and the next sentence opens with a named person who
/// speaks, the role is that person: every quote given to the description goes to the name. Not when the next
/// sentence contrasts ("But …") or titles its person with another role ("Tory leader Michael Howard").
/// </summary>
internal static class LeadRoleNames
{
    /// <summary>Most capitalised words before the name opening the next sentence ("Home Secretary").</summary>
    private const int MaxTitle = 4;

    /// <summary>Gives the description's quotes to the person named in the next sentence, where the lead pattern holds.</summary>
    public static void Apply(DocumentView v, List<QuoteDraft> drafts)
    {
        if (!v.HasEntities || v.Count == 0)
        {
            return;
        }

        int headline = v.ParagraphOf[0];
        QuoteDraft? lead = null;
        foreach (QuoteDraft d in drafts)
        {
            if (d.Dropped || d.InHeadline || !d.HasSource || d.Speaker is null || v.ParagraphOf[d.SourceFirst] == headline)
            {
                continue;
            }

            if (lead is null || d.SourceFirst < lead.SourceFirst)
            {
                lead = d; // the drafts are not in text order (direct quotes come first)
            }
        }

        if (lead?.Speaker is not { } description || description.Type is not null || !description.IsPerson
            || !RoleHeaded(v, lead.SourceFirst, lead.SourceEnd) || PersonBefore(v, headline, lead.SourceEnd))
        {
            return;
        }

        int next = NextSentenceStart(v, lead.SourceFirst);
        if (next < 0 || v.ParagraphOf[next] - v.ParagraphOf[lead.SourceFirst] > 1 || PersonBefore(v, headline, next, from: lead.SourceEnd))
        {
            return;
        }

        // The name opening the next sentence, past a few capitalised title words that must not be another role.
        int t = next;
        while (t < v.Count && t - next < MaxTitle && v.EntityOf[t] < 0 && v.Shapes[t] == TokenShape.Capitalised && !v.TextIs(t, "But") && !v.TextIs(t, "However"))
        {
            t++;
        }

        int m = t < v.Count ? v.EntityOf[t] : -1;
        if (m < 0 || v.Document.Entities[m].Type != EntityType.Person || v.Document.Entities[m].FirstToken != t || (t > next && !SameRole(v, next, t, lead)))
        {
            return;
        }

        SpeakerCandidate? person = null;
        foreach (QuoteDraft d in drafts)
        {
            if (!d.Dropped && d.HasSource && d.SourceFirst <= t && t < d.SourceEnd && d.Speaker is { IsPerson: true, Type: EntityType.Person } named)
            {
                person = named;
                break;
            }
        }

        if (person is null)
        {
            return;
        }

        string key = description.Key;
        foreach (QuoteDraft d in drafts)
        {
            // Later quotes that refer back to the description ("However, the minister said", "she said") are the person's too.
            if (d.Speaker is { } s && s.Key.Equals(key, StringComparison.Ordinal) && (d.SourceFirst < next || d.ResolvedBy is RuleNames.RoleNoun or RuleNames.Pronoun or RuleNames.PreviousSpeaker))
            {
                d.Speaker = person;
            }
            else if (d.HasSource && d.SourceFirst >= lead.SourceFirst && d.SourceFirst < next && d.Speaker is { Type: null, IsPerson: true })
            {
                d.Speaker = person; // "Russia's president has defended …, saying …": the lead's other report of the role
            }
        }
    }

    /// <summary>True when the source [first, end) is headed by a singular role or position noun and holds no name.</summary>
    private static bool RoleHeaded(DocumentView v, int first, int end)
    {
        if (v.HasPersonToken(first, end))
        {
            return false;
        }

        // Session 23: also a capitalised office after "the" and capitalised portfolio words ("the Home Secretary", "the
        // Trade and Industry Secretary"), the way British copy names a minister before the name.
        int head = end - 1;
        bool office = head > first && v.TextIs(first, "the") && Sources.TitleCoordination.IsOfficeHead(v, head) && CapitalisedBetween(v, first + 1, head);
        return (v.Shapes[head] == TokenShape.Lower || office) && !NounPhrases.IsPlural(v.Chars(head)) && !SpeakerWords.IsSpokesNoun(v.Chars(head))
            && (v.Is(head, WordClass.RoleNoun) && !v.Is(head, WordClass.NonPersonNameWord) || PersonNouns.IsTitle(v, head));
    }

    /// <summary>True when every token of [<paramref name="first"/>, <paramref name="end"/>) is a capitalised word, a comma or a lower-case "and".</summary>
    private static bool CapitalisedBetween(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (!(v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord)) && v.Shapes[t] != TokenShape.Comma && !(v.Shapes[t] == TokenShape.Lower && v.TextIs(t, "and")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a person entity is named outside the headline between <paramref name="from"/> and <paramref name="end"/>.</summary>
    private static bool PersonBefore(DocumentView v, int headline, int end, int from = 0)
    {
        foreach (EntityMention e in v.Document.Entities)
        {
            if (e.FirstToken >= end)
            {
                break;
            }

            if (e.FirstToken >= from && e.Type == EntityType.Person && v.ParagraphOf[e.FirstToken] != headline && !v.InQuote(e.FirstToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of the sentence after the one holding <paramref name="token"/>, or -1.</summary>
    private static int NextSentenceStart(DocumentView v, int token)
    {
        int s = v.SentenceOf[token];
        if (s < 0 || s + 1 >= v.Document.Sentences.Count)
        {
            return -1;
        }

        int first = v.Document.Sentences[s + 1].FirstToken;
        return first >= 0 && first < v.Count && !v.InQuote(first) ? first : -1;
    }

    /// <summary>True when the title words [first, name) before the next sentence's name hold the lead's role word.</summary>
    private static bool SameRole(DocumentView v, int first, int name, QuoteDraft lead)
    {
        ReadOnlySpan<char> role = v.Chars(lead.SourceEnd - 1);
        for (int t = first; t < name; t++)
        {
            if (v.Chars(t).Equals(role, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
