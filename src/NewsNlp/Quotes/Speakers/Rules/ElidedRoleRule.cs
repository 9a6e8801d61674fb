using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "One diplomat said …. Another said …": a source that is only "another" (or "one", "a second") leaves out the role
/// noun of the source described just before; the speaker is that role ("another diplomat"), not a name "Another".
/// </summary>
internal sealed class ElidedRoleRule : ISpeakerRule
{
    /// <summary>How many paragraphs back the described source may be.</summary>
    private const int MaxParagraphs = 3;

    /// <inheritdoc />
    public string Name => RuleNames.Description;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int first = phrase.First;
        if (phrase.Depth != 0 || phrase.PhraseEnd - phrase.PhraseFirst != 1 || !(v.TextIs(first, "another") || v.TextIs(first, "one") || v.TextIs(first, "other")))
        {
            return false;
        }

        IReadOnlyList<Mention> resolved = context.Resolved.InOrder;
        int paragraph = v.ParagraphOf[first];
        for (int i = resolved.Count - 1; i >= 0 && resolved.Count - i <= 20; i--)
        {
            Mention m = resolved[i];
            if (m.First >= first || m.End > v.Count || paragraph - v.ParagraphOf[m.First] > MaxParagraphs)
            {
                continue;
            }

            int noun = m.End - 1;
            if (m.End - m.First >= 2 && v.Shapes[noun] == TokenShape.Lower && v.Is(noun, WordClass.RoleNoun) && !NounPhrases.IsPlural(v.Chars(noun)))
            {
                string description = string.Concat(v.Chars(first), " ", v.Chars(noun));
                string name = context.Mentions.Names.Intern(description, out string key);
                speaker = new SpeakerCandidate(key, name, null, -1, IsPerson: true, IsGroup: false);
                return true;
            }
        }

        return false;
    }
}
