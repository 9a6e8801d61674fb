using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>"a spokeswoman for Hapag-Lloyd", "a statement from the ministry": the organisation speaks.</summary>
internal sealed class SpokespersonForRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.SpokespersonFor;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int headEnd = phrase.HeadEnd;
        if (phrase.Depth != 0 || headEnd + 1 >= phrase.PhraseEnd || !SpeakerWords.IsSpokesNoun(v.Chars(phrase.Head))
            || !NounPhrases.IsOrganisationPreposition(v, headEnd))
        {
            return false;
        }

        (SpeakerCandidate? organisation, string rule) = context.Resolve(headEnd + 1, phrase.PhraseEnd, phrase.Depth + 1);
        if (organisation is null || rule == RuleNames.Description)
        {
            return false;
        }

        speaker = organisation with { IsPerson = false, IsGroup = true };
        return true;
    }
}
