using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// Session 27: <c>Acme Corp posted a loss. Its chief financial officer said …</c>, <c>John Smith was charged. His lawyers
/// said …</c> — a role possessed by a pronoun is that role of whom the pronoun means: "Acme Corp's chief financial
/// officer", "John Smith's lawyers" (was the bare "Its chief financial officer", "His lawyers"). Only a phrase of the
/// possessive pronoun, lower-case modifiers and a role, person or spokes noun; its/their take the group an "it"/"they"
/// there would mean, his/her the person a "he"/"she" would when that person's first name tells the same gender. A spokes noun is named as <see cref="SpokespersonForRule"/>
/// names it ("spokesman for Acme Corp"); the speaker is a new one (the role's holder, not the possessor).
/// </summary>
internal sealed class PossessorRoleRule : ISpeakerRule
{
    /// <inheritdoc />
    public string Name => RuleNames.Possessed;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int pf = phrase.PhraseFirst, head = phrase.Head;
        if (phrase.Depth != 0 || head <= pf || phrase.PhraseEnd != head + 1 || phrase.HeadEnd != head + 1 || v.InQuote(head) || v.Shapes[head] != TokenShape.Lower)
        {
            return false;
        }

        ReadOnlySpan<char> noun = v.Chars(head);
        bool spokes = SpeakerWords.IsSpokesNoun(noun);
        if (!(spokes || v.Is(head, WordClass.RoleNoun) || PersonNouns.Contains(noun)) || SpeakerWords.IsOrgNoun(noun) || SpeakerWords.IsAnyDocumentNoun(noun))
        {
            return false;
        }

        for (int t = pf + 1; t < head; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower || v.Is(t, WordClass.Determiner | WordClass.CueVerb | WordClass.Auxiliary | WordClass.Boundary))
            {
                return false;
            }
        }

        SpeakerCandidate? possessor = Possessor(context, pf);
        if (possessor is null || possessor.Name.Length == 0 || !char.IsUpper(possessor.Name[0]))
        {
            return false; // only a named possessor: "its backers" of an unnamed "the plan" stays as written
        }

        string role = context.Mentions.Names.JoinSpan(pf + 1, head + 1).ToString().ToLowerInvariant();
        string name = spokes ? string.Concat(role, " for ", possessor.Name) : string.Concat(possessor.Name, Possessive(possessor.Name), role);
        name = context.Mentions.Names.Intern(name, out string key);
        bool plural = NounPhrases.IsPlural(noun);
        speaker = new SpeakerCandidate(key, name, null, -1, IsPerson: !plural, IsGroup: plural);
        return true;
    }

    /// <summary>Whom the possessive pronoun at <paramref name="t"/> means, or null when it is no such pronoun.</summary>
    private static SpeakerCandidate? Possessor(SpeakerContext context, int t)
    {
        DocumentView v = context.View;
        ReadOnlySpan<char> w = v.Chars(t);
        if (w.Equals("its", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase))
        {
            SpeakerCandidate? group = GroupPronounRule.Antecedent(context, t);
            return group is { IsPerson: false } ? group : null;
        }

        Gender gender = w.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.Male : w.Equals("her", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Unknown;
        if (gender == Gender.Unknown)
        {
            return null;
        }

        // Only a person whose first name tells the pronoun's gender: the antecedent search lets a name of unknown gender
        // through ("her campaign" was "Mehmet Oz's campaign" on PolNeAR dev).
        SpeakerCandidate? person = PersonPronounRule.Antecedent(context, t, gender);
        return person is { IsPerson: true, Type: Documents.EntityType.Person } && NameGenders.SureOfName(person.Name) == gender ? person : null;
    }

    /// <summary>"'s", or a lone apostrophe after a name ending in s ("Jones' lawyers").</summary>
    private static string Possessive(string name) => name.EndsWith('s') ? "' " : "'s ";
}
