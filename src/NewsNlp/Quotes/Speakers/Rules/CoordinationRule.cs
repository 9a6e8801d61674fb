using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Names joined by "and" ("Munich Re and Swiss Re", "Sony, Philips and Samsung") speak together: the whole phrase is
/// the speaker, a group. Not a name that holds "and" itself ("Procter and Gamble" tagged as one entity). Recorded as a
/// description (the speaker is the phrase as written).
/// </summary>
internal sealed class CoordinationRule : ISpeakerRule
{
    /// <summary>Longest coordination read, in tokens.</summary>
    private const int MaxTokens = 12;

    /// <inheritdoc />
    public string Name => RuleNames.Description;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int first = phrase.PhraseFirst, end = phrase.HeadEnd;
        if (v.Is(first, WordClass.Determiner))
        {
            first++;
        }

        if (end - first < 3 || end - first > MaxTokens || !v.IsNameToken(first) || !v.IsNameToken(end - 1))
        {
            return false;
        }

        bool joined = false;
        for (int t = first; t < end; t++)
        {
            bool and = v.TextIs(t, "and") && v.Shapes[t] == TokenShape.Lower;
            if (and && t > first && t + 1 < end && v.IsNameToken(t - 1) && v.IsNameToken(t + 1) && !InsideOneEntity(v, t))
            {
                joined = true;
            }
            else if (!and && !v.IsNameToken(t) && !(v.Shapes[t] == TokenShape.Comma && t > first && v.IsNameToken(t + 1)))
            {
                return false;
            }

            if (v.Is(t, WordClass.RoleNoun) || Entities.Linking.PersonTitles.IsTitle(v.Chars(t)))
            {
                return false; // "Chairman and Chief Executive Jim Jones" is one person with two titles
            }
        }

        if (!joined)
        {
            return false;
        }

        string description = context.Mentions.Describe(first, end, out string key);
        speaker = new SpeakerCandidate(key, description, null, -1, IsPerson: false, IsGroup: true);
        return true;
    }

    private static bool InsideOneEntity(DocumentView v, int t) =>
        v.HasEntities && v.EntityOf[t - 1] >= 0 && v.EntityOf[t - 1] == v.EntityOf[t + 1];
}
