using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "the software giant", "the oil major", "the drugmaker": business copy refers back to the firm of the story by its
/// industry. A definite phrase whose head is "giant" or "major" after a lower-case industry word, or a one-word
/// firm's "-maker" noun ("carmaker", "chipmaker"), is the organisation the story is about (as "the company" is), not a
/// description of its own.
/// </summary>
internal sealed class IndustryNounRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.OrganisationNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head, pf = phrase.PhraseFirst;
        if (phrase.Depth != 0 || head <= pf || phrase.HeadEnd != phrase.PhraseEnd || v.Shapes[head] != TokenShape.Lower || !SpeakerWords.IsDefinite(v.Chars(pf))
            || v.TextIs(pf, "our") || !IsIndustryHead(v, pf, head))
        {
            return false;
        }

        speaker = OrganisationNounRule.SalientOrganisation(context, phrase.First);
        return speaker is not null;
    }

    /// <summary>
    /// True for "giant" or "major" right after a lower-case industry word ("software giant", "oil major"), or a firm's
    /// "-maker" noun ("carmaker", "chipmaker").
    /// </summary>
    private static bool IsIndustryHead(DocumentView v, int pf, int head)
    {
        ReadOnlySpan<char> w = v.Chars(head);
        if (w.Equals("giant", StringComparison.OrdinalIgnoreCase) || w.Equals("major", StringComparison.OrdinalIgnoreCase))
        {
            return head - 1 > pf && v.Shapes[head - 1] == TokenShape.Lower && NounPhrases.IsNounAfter(v, head - 1) && !v.Is(head - 1, WordClass.RoleNoun)
                && !PersonNouns.IsAnonymous(v, head - 1);
        }

        return MakerLookup.Contains(w);
    }

    /// <summary>One-word "-maker" nouns of a firm (not "lawmaker", "filmmaker" or "bookmaker", a person or a betting firm the story may not have named).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Makers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["carmaker", "automaker", "chipmaker", "drugmaker", "steelmaker", "toymaker", "planemaker", "phonemaker", "handsetmaker"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MakerLookup = Makers.GetAlternateLookup<ReadOnlySpan<char>>();
}
