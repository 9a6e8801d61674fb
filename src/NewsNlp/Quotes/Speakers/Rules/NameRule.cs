using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// A name inside the source phrase ("Daniel Reyes", "the transit spokesman, Daniel Reyes"); not a one-word modifier of
/// a noun ("the Dutch minister", "Gaza residents").
/// </summary>
internal sealed class NameRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.Name;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        DocumentView v = context.View;
        int head = phrase.Head;
        (int nf, int ne) = context.Mentions.NameRun(phrase.PhraseFirst, phrase.HeadEnd);
        if (nf >= 0 && ne - nf == 1 && PersonNouns.IsCapitalisedTitle(v, nf))
        {
            speaker = null;
            return false; // "The Chancellor said": an office the role rules resolve, not a name
        }

        if (nf >= 0 && IsDefiniteOffice(v, phrase.PhraseFirst, nf, ne, phrase.HeadEnd))
        {
            speaker = null;
            return false; // session 22: "The Culture Secretary said": an office the role rules resolve, not a name
        }

        if (nf >= 0 && ne < phrase.HeadEnd && NounPhrases.ListedNameEnd(v, ne, phrase.HeadEnd) == phrase.Head && ne < phrase.Head)
        {
            // "A Department for Arts, Heritage and Tourism spokeswoman": a part of an organisation's listed name before a
            // role noun; the role phrase speaks (DescriptionRule).
            speaker = null;
            return false;
        }

        if (nf >= 0 && !NounPhrases.IsModifier(v, nf, ne)
            && (ne == phrase.HeadEnd || v.Shapes[ne] == TokenShape.Comma || !v.Is(head, WordClass.RoleNoun) && v.Shapes[head] != TokenShape.Lower))
        {
            if (ne - nf == 1 && ne == phrase.HeadEnd && nf > phrase.PhraseFirst && v.Shapes[nf - 1] == TokenShape.Lower && !v.Is(nf - 1, WordClass.Determiner)
                && IsCapitalisedPlural(v.Chars(nf)))
            {
                // "female MPs", "junior Democrats": a capitalised plural after a lower-case modifier is a group the
                // whole phrase describes, not a name.
                speaker = null;
                return false;
            }

            if (ne - nf == 1 && ne < phrase.End && nf == phrase.PhraseFirst && v.Shapes[ne] == TokenShape.Lower && SpeakerWords.IsPreposition(v.Chars(ne))
                && IsCapitalisedPlural(v.Chars(nf)) && Grammar.Clauses.SentenceFirst(v, nf) == nf && !(v.HasEntities && v.EntityOf[nf] >= 0))
            {
                // Session 27: "Families in the hardest-hit areas say": a plural capitalised only because it opens the
                // sentence, with a place after it, is a group the whole phrase describes, not a name.
                speaker = null;
                return false;
            }

            speaker = context.Mentions.FromName(nf, ne);
            if (SentenceOpeningPlural.IsGroupNoun(v, nf, ne))
            {
                speaker = speaker with { IsPerson = false, IsGroup = true }; // session 17: "Bankers said …": a group, not a person's name
            }

            return true;
        }

        speaker = null;
        return false;
    }

    /// <summary>
    /// Session 22: true for "the" + a capitalised run ending the phrase in a singular role noun with no entity of the
    /// recogniser's on it ("The Culture Secretary", "the Foreign Minister"): an office someone holds, which the role rules
    /// resolve to its holder named before; not "the Prime Minister" (RoleNounRule's own case) nor a person's name.
    /// </summary>
    private static bool IsDefiniteOffice(DocumentView v, int phraseFirst, int nf, int ne, int headEnd)
    {
        if (ne != headEnd || ne - nf < 2 || nf != phraseFirst + 1 || !v.TextIs(phraseFirst, "the") || v.Shapes[ne - 1] != TokenShape.Capitalised
            || !v.Is(ne - 1, WordClass.RoleNoun) || NounPhrases.IsPlural(v.Chars(ne - 1)) || v.TextIs(ne - 2, "Prime"))
        {
            return false;
        }

        for (int t = nf; t < ne; t++)
        {
            if (v.HasEntities && v.EntityOf[t] >= 0 && v.Document.Entities[v.EntityOf[t]].Type == EntityType.Person)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Democrats", or an acronym's plural ("MPs", "CEOs").</summary>
    private static bool IsCapitalisedPlural(ReadOnlySpan<char> word) =>
        NounPhrases.IsPlural(word) || (word.Length >= 3 && word[^1] == 's' && char.IsUpper(word[^2]));
}
