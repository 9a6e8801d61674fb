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

        if (organisation.IsPerson && organisation.Type == Documents.EntityType.Person && organisation.Name.Contains(' ', StringComparison.Ordinal)
            && v.Shapes[headEnd + 1] == TokenShape.Lower && !v.Is(headEnd + 1, WordClass.Determiner) && !SpeakerWords.IsOrgNoun(v.Chars(headEnd + 1)))
        {
            // Session 24: "Lib Dem spokeswoman for women Sandra Gidley said": a portfolio in lower case, then the person
            // who holds it by full name (was "spokeswoman for Sandra Gidley"; a later "She said" then went to another
            // woman). Not a firm's noun and one name the recogniser took for a person ("A spokesman for distributor Toho").
            speaker = organisation;
            return true;
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
