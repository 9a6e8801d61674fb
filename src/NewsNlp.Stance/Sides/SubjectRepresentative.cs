using NewsNlp.Documents;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// Whether a speaker speaks for the claim's subject by office: the title that introduces them names the subject and then
/// only a role ("UKIP leader Roger Knapman" and "a UKIP spokesman" for "UKIP has betrayed its supporters", "Tory chairman
/// Liam Fox" for "A Tory government would cut …", "the minister's spokesman, Peter Walsh" for "The minister lied …"). In
/// news a party's, a department's or a company's office-holder defends it as the subject itself does, so they take the
/// subject's own side once. A name that only holds the subject's word is another thing ("UK Independence Party leader" is
/// not the UK's) and is not read here: the title must hold a mention of one of the subject's entities, followed by role
/// words alone up to the speaker's name, and the mention must name the subject's owner or head (its first or last content
/// word: "EU Commission president" does not speak for "The UK's EU budget rebate", which is the UK's).
/// </summary>
internal static class SubjectRepresentative
{
    /// <summary>Words of office that may stand between an organisation's name and its office-holder's.</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "leader", "deputy", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
        "chief", "executive", "president", "vice", "secretary", "general", "minister", "director", "head", "boss", "government",
        "party", "press", "officer", "representative", "shadow", "chancellor", "foreign", "home", "treasurer", "senior", "source",
        "sources", "aide", "adviser", "advisor",
    };

    /// <summary>Whether <paramref name="word"/> (lower case) is a word of office ("government", "spokesman", "leader").</summary>
    public static bool IsRoleWord(string word) => RoleWords.Contains(word);

    /// <summary>
    /// Whether <paramref name="speaker"/> is introduced, in any mention of their entity or in the source of any of their
    /// quotes, by a title that names one of <paramref name="subjectEntities"/> by the claim subject's owner or head word
    /// (<see cref="ClaimFrame.SubjectLead"/>, <see cref="ClaimFrame.SubjectHead"/>) followed by role words only.
    /// </summary>
    public static bool SpeaksFor(NewsDocument document, ClaimFrame claim, HashSet<int> subjectEntities, Speaker speaker)
    {
        if (subjectEntities.Count == 0 || (speaker.EntityId >= 0 && subjectEntities.Contains(speaker.EntityId)))
        {
            return false;
        }

        var owners = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? stem in new[] { claim.SubjectLead, claim.SubjectHead })
        {
            if (stem is not null)
            {
                owners.Add(stem);
            }
        }

        var subjectMentions = document.Entities.Where(m => m.EntityId >= 0 && subjectEntities.Contains(m.EntityId)
            && NameWords(document.Text, m.Span).Any(owners.Contains)).Select(m => m.Span).ToList();
        if (subjectMentions.Count == 0)
        {
            return false;
        }

        List<TextSpan> names = SpeakerNameSpans.Of(document, speaker);

        string text = document.Text;
        foreach (TextSpan name in names)
        {
            if (name.Start < 0 || name.End > text.Length)
            {
                continue;
            }

            int phraseStart = PhraseStart(text, name.Start);
            foreach (TextSpan mention in subjectMentions)
            {
                // The subject named in the title before the speaker's name, or inside a source that is a title ("a UKIP spokesman").
                bool before = mention.Start >= phraseStart && mention.End <= name.Start;
                bool inside = mention.Start >= name.Start && mention.End < name.End && !(mention.Start == name.Start && mention.End == name.End);
                if ((before && OnlyRoleWords(text, mention.End, name.Start, allowComma: true))
                    || (inside && OnlyRoleWords(text, mention.End, name.End, allowComma: false)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The stems of the words of the mention at <paramref name="span"/>, lower case.</summary>
    private static IEnumerable<string> NameWords(string text, TextSpan span) => span.Start < 0 || span.End > text.Length ? []
        : System.Text.RegularExpressions.Regex.Matches(text[span.Start..span.End], @"\p{L}+").Select(m => NewsNlp.Stance.Features.TextPreparer.Stem(m.Value.ToLowerInvariant()));

    /// <summary>The start of the words right before <paramref name="start"/> that spaces alone join to it (at most eight words, a comma allowed right before it).</summary>
    private static int PhraseStart(string text, int start)
    {
        int i = start;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        if (i > 0 && text[i - 1] == ',')
        {
            i--;
        }

        int words = 0;
        while (i > 0 && words < 8)
        {
            int end = i;
            while (i > 0 && text[i - 1] == ' ')
            {
                i--;
            }

            int wordEnd = i;
            while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '\'' or '’' or '-' or '.' && i - 1 > 0 && char.IsLetter(text[i - 2])))
            {
                i--;
            }

            if (i == wordEnd)
            {
                return end;
            }

            words++;
        }

        return i;
    }

    /// <summary>Whether text[from..to) is a possessive "'s", role words, spaces and (when allowed) one comma last, with at least one role word.</summary>
    private static bool OnlyRoleWords(string text, int from, int to, bool allowComma)
    {
        string between = text[from..to].Trim();
        if (between.StartsWith("'s", StringComparison.Ordinal) || between.StartsWith("’s", StringComparison.Ordinal))
        {
            between = between[2..].Trim();
        }

        if (allowComma && between.EndsWith(','))
        {
            between = between[..^1].Trim();
        }

        string[] words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => RoleWords.Contains(w.ToLowerInvariant()));
    }
}
