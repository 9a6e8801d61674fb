using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Names joined by "and" ("Munich Re and Swiss Re", "Sony, Philips and Samsung") speak together: the whole phrase is
/// the speaker, a group. Not a name that holds "and" itself ("Procter and Gamble" tagged as one entity), nor two titles
/// of one person ("Chairman and Chief Executive Jim Jones"). Session 18: also a conjunct after "the" ("Labour and the
/// Tories") and titled names ("Mr Grassley and Mr Leahy"). Recorded as a description (the speaker is the phrase as written).
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
            int next = t + 1 < end && IsDeterminerAfterJoin(v, t + 1) ? t + 2 : t + 1; // session 18: "Labour and the Tories"
            if (and && t > first && next < end && v.IsNameToken(t - 1) && v.IsNameToken(next) && !InsideOneEntity(v, t) && !Sources.TitleCoordination.IsAt(v, t, first, end))
            {
                if (IsTitleOrRole(v, t - 1))
                {
                    return false; // "Chairman and Chief Executive Jim Jones" is one person with two titles
                }

                joined = true;
            }
            else if (!and && !v.IsNameToken(t) && !(v.Shapes[t] == TokenShape.Comma && t > first && (v.IsNameToken(t + 1) || IsDeterminerAfterJoin(v, t + 1)))
                && !(IsDeterminerAfterJoin(v, t) && t > first && (v.Shapes[t - 1] == TokenShape.Comma || v.TextIs(t - 1, "and"))))
            {
                return false;
            }

            if (v.Is(t, WordClass.RoleNoun) && !v.IsNameToken(t))
            {
                return false; // a lower-case role noun heads a description, not a list of names
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

    /// <summary>A role noun or a person's title ("Chairman", "Mr") at <paramref name="t"/>.</summary>
    private static bool IsTitleOrRole(DocumentView v, int t) => v.Is(t, WordClass.RoleNoun) || Entities.Linking.PersonTitles.IsTitle(v.Chars(t));

    /// <summary>A lower-case "the" at <paramref name="t"/> (after a joining "and" or comma: "Labour and the Tories").</summary>
    private static bool IsDeterminerAfterJoin(DocumentView v, int t) => v.Shapes[t] == TokenShape.Lower && v.TextIs(t, "the");

    private static bool InsideOneEntity(DocumentView v, int t) =>
        v.HasEntities && v.EntityOf[t - 1] >= 0 && v.EntityOf[t - 1] == v.EntityOf[t + 1];
}
