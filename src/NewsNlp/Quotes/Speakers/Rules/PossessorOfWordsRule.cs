using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Session 17: <c>"…," was Mr Marr's assessment.</c>, <c>according to the minister's own words</c>: a noun of what someone
/// said or judged (<c>assessment</c>, <c>verdict</c>, <c>view</c>, <c>words</c>) after a possessive is that person's; the
/// possessor speaks.
/// </summary>
internal sealed class PossessorOfWordsRule : ISpeakerRule
{
    private static readonly string[] WordsNouns =
    [
        "assessment", "verdict", "view", "views", "opinion", "words", "comment", "comments", "reaction", "response", "answer", "reply",
        "explanation", "conclusion", "judgement", "judgment", "remark", "remarks", "prediction", "advice", "message", "description", "summary",
        "estimate", "estimates", "forecast", "forecasts", "calculations", "projections",
    ];

    private static readonly string[] PossessiveDeterminers = ["its", "their", "his", "her"];

    /// <inheritdoc />
    public string Name => RuleNames.Possessed;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head;
        if (phrase.Depth != 0 || v.Shapes[head] != TokenShape.Lower || !v.TextIsAny(head, WordsNouns))
        {
            return false;
        }

        // The possessive right before the noun, or before one modifier ("the minister's own words").
        int possessive = SpeakerWords.IsPossessive(v.Chars(head - 1)) ? head - 1
            : head - 2 >= phrase.PhraseFirst && v.Shapes[head - 1] == TokenShape.Lower && SpeakerWords.IsPossessive(v.Chars(head - 2)) ? head - 2 : -1;
        if (head - 1 == phrase.PhraseFirst && phrase.PhraseFirst == phrase.First && v.Shapes[head - 1] == TokenShape.Lower && v.TextIsAny(head - 1, PossessiveDeterminers))
        {
            possessive = head - 1;
            // Session 22: "According to its estimate, …", "their forecast": the possessive determiner's antecedent, as
            // "it"/"they"/"he"/"she" there would mean.
            speaker = v.TextIs(possessive, "his") ? PersonPronounRule.Antecedent(context, possessive, Gender.Male)
                : v.TextIs(possessive, "her") ? PersonPronounRule.Antecedent(context, possessive, Gender.Female)
                : GroupPronounRule.Antecedent(context, possessive);
            return speaker is not null;
        }

        if (possessive <= phrase.PhraseFirst)
        {
            return false;
        }

        (SpeakerCandidate? owner, _) = context.Resolve(phrase.PhraseFirst, possessive, phrase.Depth + 1);
        speaker = owner;
        return owner is not null;
    }
}
