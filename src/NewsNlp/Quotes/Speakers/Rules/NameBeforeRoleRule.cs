using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "Dr Ian Hale head of research said", "Ian Hale chairman of Kestrel Mining Co told": a person's name with a role run
/// on after it without a comma is that person — the role only describes them (wire copy often drops the appositive
/// comma). Only a name the recogniser tagged as a person, directly followed by a lower-case role or person noun.
/// </summary>
internal sealed class NameBeforeRoleRule : ISpeakerRule
{
    /// <summary>Most tokens of the name before the role (a title and three name words).</summary>
    private const int MaxName = 4;

    /// <inheritdoc />
    public string Name => RuleNames.Entity;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int first = phrase.First;
        if (!v.HasEntities || phrase.End - first < 3 || v.EntityOf[first] < 0 && !IsTitle(v, first))
        {
            return false;
        }

        // The name: a title, then words of one person entity.
        int entity = v.EntityOf[first] >= 0 ? v.EntityOf[first] : first + 1 < v.Count ? v.EntityOf[first + 1] : -1;
        if (entity < 0 || v.Document.Entities[entity].Type != EntityType.Person)
        {
            return false;
        }

        int end = v.Document.Entities[entity].EndToken;
        if (end <= first + 1 && v.EntityOf[first] < 0 || end - first > MaxName || end >= phrase.End || v.Shapes[end] != TokenShape.Lower
            || !(v.Is(end, WordClass.RoleNoun) && !v.Is(end, WordClass.NonPersonNameWord) || PersonNouns.EndAt(v, end) > end)
            || NounPhrases.IsPlural(v.Chars(end)))
        {
            return false;
        }

        // Not a role with its holder's name after it ("Stein spokeswoman Melezia Figueroa": the organisation or person
        // before a role names whom the named holder works for).
        int roleEnd = PersonNouns.EndAt(v, end) > end ? PersonNouns.EndAt(v, end) : end + 1;
        for (int t = roleEnd; t < phrase.End; t++)
        {
            if (v.Shapes[t] == TokenShape.Capitalised && v.EntityOf[t] >= 0 && v.Document.Entities[v.EntityOf[t]].Type == EntityType.Person)
            {
                return false;
            }
        }

        if (roleEnd < v.Count && v.SentenceOf[roleEnd] == v.SentenceOf[end] && v.IsNameToken(roleEnd) && v.Shapes[roleEnd] == TokenShape.Capitalised)
        {
            return false;
        }

        (SpeakerCandidate? named, _) = context.Resolve(first, end, phrase.Depth + 1);
        speaker = named is { IsPerson: true } ? named : null;
        return speaker is not null;
    }

    /// <summary>True for a person's title before a name ("Dr", "Mr", "Prof", "Sir").</summary>
    private static bool IsTitle(DocumentView v, int t) =>
        PersonNouns.IsTitleWord(v, t) || NameGenders.OfTitle(v.Chars(t)) != Gender.Unknown || v.TextIs(t, "dr") || v.TextIs(t, "dr.") || v.TextIs(t, "prof") || v.TextIs(t, "prof.");
}
