using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "A spokesman for the authority, Daniel Reyes, said", and after the cue "…," said its director, Nadia Hussain.": a role
/// noun followed by an appositive name; any other common noun only when the name is a person mention ("said the office's
/// chief demographer, Anja Roth").
/// </summary>
internal sealed class AppositiveRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.Appositive;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        DocumentView v = context.View;
        bool afterCue = phrase.PhraseFirst > 0 && v.Is(phrase.PhraseFirst - 1, WordClass.CueVerb);
        // An office title heads the phrase too ("The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith, told").
        // The phrase may stop before the role's last nouns ("said EEF | chief economist, Steve Radley."): the comma follows them.
        int at = phrase.PhraseEnd;
        while (at < v.Count && at - phrase.PhraseEnd < 2 && v.Shapes[at] == TokenShape.Lower && (v.Is(at, WordClass.RoleNoun) || PersonNouns.EndAt(v, at) == at + 1) && !v.InQuote(at))
        {
            at++;
        }

        bool roleHead = NounPhrases.IsRoleHead(v, phrase.Head) || PersonNouns.IsTitleWord(v, phrase.Head) || OfficeOfPlace(v, phrase.PhraseFirst, phrase.HeadEnd);
        // Any other lower-case head noun ("the office's chief demographer, Anja Roth") only with a person the entity
        // recogniser found in apposition: the name says it is a person, not the noun.
        bool otherNoun = !roleHead && v.Shapes[phrase.Head] == TokenShape.Lower;
        speaker = phrase.Depth == 0 && (roleHead || otherNoun) ? Appositive(context, at, afterCue, personEntityOnly: otherNoun) : null;
        return speaker is not null;
    }

    /// <summary>Words of a clergyman's or peer's style before the name ("the Rt Rev Dr Tom Rowe", "the Most Reverend Peter Smith").</summary>
    private static readonly string[] Honorifics = ["Rt", "Rt.", "Right", "Most", "Very", "Rev", "Rev.", "Revd", "Reverend", "Hon", "Hon."];

    /// <summary>
    /// Session 17: an office named by a title and the place or body it holds ("The Bishop of Kendal", "the Chief Constable of
    /// Kent"): a title word inside the phrase's head part followed by "of".
    /// </summary>
    private static bool OfficeOfPlace(DocumentView v, int first, int headEnd)
    {
        for (int t = first; t + 1 < headEnd; t++)
        {
            if (v.Shapes[t] == TokenShape.Capitalised && v.TextIs(t + 1, "of") && (PersonNouns.IsTitleWord(v, t) || PersonNouns.IsTitle(v, t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case words of an office before its title in an appositive ("state", "former", "deputy").</summary>
    private static readonly string[] OfficeModifiers = ["state", "former", "acting", "deputy", "interim", "outgoing", "incoming", "retired", "then", "city", "county", "federal", "assistant", "senior"];

    /// <summary>Most lower-case office words skipped before a title.</summary>
    private const int MaxOfficeModifiers = 2;

    /// <summary>
    /// Session 24: "The bill's sponsor, state Sen. Mark Delaney, called …", "its leader, former Mayor Ann Fry, said": lower-case
    /// office words before a title in the appositive are skipped (only when a title follows them, so a lower-case clause is
    /// never read as a name).
    /// </summary>
    private static int AfterLowerOfficeWords(DocumentView v, int s)
    {
        int t = s;
        while (t < v.Count && t - s < MaxOfficeModifiers && v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, OfficeModifiers) && !v.InQuote(t))
        {
            t++;
        }

        return t > s && t < v.Count && v.Shapes[t] == TokenShape.Capitalised && Entities.Linking.PersonTitles.IsTitle(v.Chars(t)) ? t : s;
    }

    /// <summary>
    /// ", Daniel Reyes," after a role-noun phrase: the person named in apposition, or null; with
    /// <paramref name="personEntityOnly"/> only a person mention of the entity recogniser that is the whole name, closed by a
    /// comma or the sentence's end (not "Brown" of "a new book, Brown's Britain").
    /// </summary>
    private static SpeakerCandidate? Appositive(SpeakerContext context, int at, bool afterCue, bool personEntityOnly)
    {
        DocumentView v = context.View;
        if (at >= v.Count || v.Shapes[at] != TokenShape.Comma || v.InQuote(at))
        {
            return null;
        }

        // "The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith, told": an honorific after "the".
        int s = at + 1 + (at + 2 < v.Count && v.TextIs(at + 1, "the") && v.Shapes[at + 1] == TokenShape.Lower && v.IsNameToken(at + 2) ? 1 : 0);
        s = AfterLowerOfficeWords(v, s);
        int k = s;
        while (k < v.Count && k - s < 6 && !v.InQuote(k) && v.SentenceOf[k] == v.SentenceOf[s]
            && (v.IsNameToken(k) || (k > s && v.Shapes[k] == TokenShape.Dash && v.IsNameToken(k + 1)) || (k > s && v.TextIs(k, ".") && v.Starts[k] == v.Ends[k - 1])))
        {
            k++;
        }

        // After the cue the name may close the sentence ("said its director, Nadia Hussain."); its full stop is not an initial.
        bool closes = false;
        if (afterCue && k > s + 1 && v.TextIs(k - 1, ".") && (k >= v.Count || v.SentenceOf[k] != v.SentenceOf[k - 1]))
        {
            k--;
            closes = true;
        }
        else if (afterCue && k > s && (k >= v.Count || v.SentenceOf[k] != v.SentenceOf[k - 1] || v.TextIs(k, ".")))
        {
            closes = true;
        }

        if (k == s || (k >= v.Count && !closes) || v.Shapes[s] != TokenShape.Capitalised || (k - s == 1 && v.Is(s, WordClass.CapitalisedFunctionWord | WordClass.RoleNoun))
            || !(closes || v.Shapes[k] == TokenShape.Comma || v.Is(k, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary | WordClass.Adverb)))
        {
            return null;
        }

        // Session 17: "the Rt Rev Dr Tom Rowe": honorifics before the name (the recogniser may take them for an organisation).
        while (s < k - 1 && (v.TextIsAny(s, Honorifics) || Entities.Linking.PersonTitles.IsTitle(v.Chars(s))))
        {
            s++;
        }

        if (v.HasEntities)
        {
            for (int t = s; t < k; t++)
            {
                int m = v.EntityOf[t];
                if (m < 0)
                {
                    continue;
                }

                EntityMention mention = v.Document.Entities[m];
                bool wholeName = mention.FirstToken == s && mention.EndToken == k && (closes || v.Shapes[k] == TokenShape.Comma);
                return mention.Type == EntityType.Person && (wholeName || !personEntityOnly) ? context.Mentions.FromEntity(m) : null;
            }
        }

        if (personEntityOnly)
        {
            return null;
        }

        while (s < k - 1 && v.Is(s, WordClass.CapitalisedFunctionWord))
        {
            s++;
        }

        return context.Mentions.HasOrgWord(s, k) ? null : context.Mentions.FromName(s, k);
    }
}
