using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// The last rule: the phrase itself is the speaker ("a spokeswoman", "residents of the Linden neighborhood"). A
/// singular description is a person only when a role noun, a person noun ("one dealer"), a pronoun, a name or an entity heads it: "one of the two"
/// or "the plan" must not become the antecedent of a later "he", nor an organisation noun ("the company": a group).
/// </summary>
internal sealed class DescriptionRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.Description;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        DocumentView v = context.View;
        int head = phrase.Head;
        string description = context.Mentions.Describe(phrase.PhraseFirst, phrase.PhraseEnd, out string descriptionKey);
        bool plural = NounPhrases.IsPlural(v.Chars(head));
        bool sentenceInitial = head == 0 || v.SentenceOf[head - 1] != v.SentenceOf[head];
        // A nationality or a place ("European" of "a tour of European capitals") is no one a later "he" could mean.
        int entity = v.HasEntities ? v.EntityOf[head] : -1;
        bool otherEntity = entity >= 0 && v.Document.Entities[entity].Type != Documents.EntityType.Person;
        // "the company", "the ministry": an organisation, a later "it" (not "he") — though some such nouns are role nouns too.
        bool organisation = !plural && v.Shapes[head] == TokenShape.Lower && SpeakerWords.IsOrgNoun(v.Chars(head));
        // "the report", "the statement": a document, never a "he" (some document nouns are listed as role nouns too).
        bool document = v.Shapes[head] == TokenShape.Lower && SpeakerWords.IsDocumentNoun(v.Chars(head));
        bool person = !plural && !otherEntity && !organisation && !document && (v.Is(head, WordClass.RoleNoun | WordClass.SingularPronoun) || PersonNouns.IsAnonymous(v, head) || (v.IsNameToken(head) && !sentenceInitial) || entity >= 0);
        speaker = new SpeakerCandidate(descriptionKey, description, null, -1, person, plural || organisation);
        return true;
    }
}
