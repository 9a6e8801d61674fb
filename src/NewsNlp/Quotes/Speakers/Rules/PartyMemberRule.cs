using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Session 21: <c>Senate Finance Committee chairman Lloyd Bentsen said …. "…," the Texas Democrat said</c> — news copy
/// refers back to a politician by party and state ("the Texas Democrat", "the Ohio Republican", "the Democrat"), as it does
/// by nationality (<see cref="DemonymRule"/>). The epithet is the person named as a speaker just before, else the person a
/// he/she there would mean — not a speaker called "Texas Democrat".
/// </summary>
internal sealed class PartyMemberRule : ISpeakerRule
{
    /// <summary>Most capitalised words of the place between "the" and the party noun ("New Mexico").</summary>
    private const int MaxPlace = 2;

    /// <summary>Singular party nouns a politician is called by.</summary>
    private static readonly string[] PartyNouns = ["Democrat", "Republican"];

    /// <inheritdoc />
    public string Name => RuleNames.RoleNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int pf = phrase.PhraseFirst, end = phrase.PhraseEnd;
        if (end - pf < 2 || end - pf > MaxPlace + 2 || !v.TextIs(pf, "the") || v.Shapes[pf] != TokenShape.Lower
            || v.Shapes[end - 1] != TokenShape.Capitalised || !v.TextIsAny(end - 1, PartyNouns))
        {
            return false;
        }

        for (int t = pf + 1; t < end - 1; t++)
        {
            if (v.Shapes[t] != TokenShape.Capitalised || v.Is(t, WordClass.CapitalisedFunctionWord))
            {
                return false;
            }
        }

        speaker = RoleNounRule.RecentNamedSpeaker(context, phrase.First, end - 1, pf)
            ?? PersonPronounRule.Antecedent(context, pf, Gender.Unknown);
        return speaker is not null;
    }
}
