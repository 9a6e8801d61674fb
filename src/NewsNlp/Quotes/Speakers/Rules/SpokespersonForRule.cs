using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "a statement from the ministry": the organisation speaks. "a spokeswoman for Hapag-Lloyd": a person speaks for it,
/// named by the role and the organisation's name ("spokeswoman for Hapag-Lloyd"), not by the organisation alone; the name
/// still holds the organisation's, and the speaker keeps the organisation's key (one speaker record with its other quotes).
/// </summary>
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

        ReadOnlySpan<char> noun = v.Chars(phrase.Head);
        if (noun.Equals("statement", StringComparison.OrdinalIgnoreCase) || noun.Equals("mouthpiece", StringComparison.OrdinalIgnoreCase))
        {
            speaker = organisation with { IsPerson = false, IsGroup = true };
            return true;
        }

        // Session 13: the gold of every real-news set names such a speaker "spokesman for X" (never X alone for a person).
        // The key and entity stay the organisation's: one speaker record with the organisation's other quotes.
        string name = context.Mentions.Names.Intern(string.Concat(noun.ToString().ToLowerInvariant(), " ", v.Chars(headEnd).ToString().ToLowerInvariant(), " ", organisation.Name), out _);
        speaker = organisation with { Name = name, IsPerson = false, IsGroup = true };
        return true;
    }
}
