using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "The letter, from the Home Office, says" and "a statement from Delgado Inc said": a document from a named issuer
/// speaks for the issuer (an organisation or a person the recogniser knows), as a spokesperson for an organisation does.
/// </summary>
internal sealed class DocumentIssuerRule : ISpeakerRule
{
    /// <summary>Most tokens from the document noun to the issuer's name ("letter , from the").</summary>
    private const int MaxGap = 4;

    /// <summary>Most lower-case words describing the issuer before its name ("research firm").</summary>
    private const int MaxDescription = 2;

    /// <inheritdoc />
    public string Name => RuleNames.OrganisationNoun;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head;
        if (phrase.Depth != 0 || !v.HasEntities || head < 0 || v.Shapes[head] != TokenShape.Lower || !SpeakerWords.IsAnyDocumentNoun(v.Chars(head)) || NounPhrases.IsPlural(v.Chars(head)))
        {
            return false;
        }

        // "letter from", "letter, from": the preposition right after the head or after a comma.
        int from = head + 1;
        if (from < v.Count && v.Shapes[from] == TokenShape.Comma)
        {
            from++;
        }

        if (from + 1 >= v.Count || v.Shapes[from] != TokenShape.Lower || !v.TextIs(from, "from") || v.InQuote(from) || v.SentenceOf[from] != v.SentenceOf[head])
        {
            return false;
        }

        int name = from + 1;
        if (v.Is(name, WordClass.Determiner) && v.Shapes[name] == TokenShape.Lower)
        {
            name++;
        }

        // Session 24: "according to data from research firm Gartner", "figures from the statistics office ONS": lower-case
        // words naming what the issuer is, right before its name.
        int described = name;
        while (described < v.Count && described - name < MaxDescription && v.Shapes[described] == TokenShape.Lower && !v.InQuote(described)
            && !v.Is(described, WordClass.Determiner | WordClass.CueVerb | WordClass.Auxiliary | WordClass.That | WordClass.Relative)
            && v.SentenceOf[described] == v.SentenceOf[head])
        {
            described++;
        }

        if (described > name && described < v.Count && v.EntityOf[described] >= 0)
        {
            name = described;
        }
        else if (name - head > MaxGap || name >= v.Count || v.EntityOf[name] < 0)
        {
            return false;
        }

        int m = v.EntityOf[name];
        EntityMention e = v.Document.Entities[m];
        if (e.FirstToken != name || e.Type is not (EntityType.Organization or EntityType.Person) || v.SentenceOf[e.EndToken - 1] != v.SentenceOf[head])
        {
            return false;
        }

        // The issuer closes the phrase (the cue, a comma or the sentence's end follows), so "a letter from X to Y" stays a document.
        int after = e.EndToken;
        if (after < v.Count && v.SentenceOf[after] == v.SentenceOf[head] && !(v.Shapes[after] is TokenShape.Comma or TokenShape.SentenceEnd
            || v.Is(after, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary | WordClass.Adverb)))
        {
            return false;
        }

        speaker = context.Mentions.FromEntity(m);
        return true;
    }
}
