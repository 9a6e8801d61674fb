using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// An office written with what it is of, then its holder's name, all in the source phrase: in <c>…, said Assistant
/// Minister of Commerce Yi Xiaozhun.</c> and <c>Chancellor of the Exchequer Gordon Brown said</c> the person named at the
/// phrase's end speaks, not the office words the phrase's head stops at.
/// </summary>
internal sealed class OfficeOfHolderRule : ISpeakerRule
{
    /// <summary>How many words the office's "of" part may hold before the name.</summary>
    private const int MaxOfPart = 6;

    /// <inheritdoc />
    public string Name => RuleNames.Entity;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head, of = phrase.HeadEnd;
        if (!v.HasEntities || head < 0 || of + 2 >= phrase.PhraseEnd || v.Shapes[head] != TokenShape.Capitalised
            || !(v.Is(head, WordClass.RoleNoun) || PersonNouns.IsTitleWord(v, head)) || !v.TextIs(of, "of"))
        {
            return false;
        }

        int last = Math.Min(v.Count, phrase.PhraseEnd) - 1;
        int m = v.EntityOf[last];
        if (m < 0)
        {
            return false;
        }

        EntityMention person = v.Document.Entities[m];
        if (person.Type != EntityType.Person || person.EndToken != phrase.PhraseEnd || person.FirstToken <= of + 1 || person.FirstToken - of - 1 > MaxOfPart)
        {
            return false;
        }

        for (int t = of + 1; t < person.FirstToken; t++)
        {
            if (!v.IsNameToken(t) && !v.TextIs(t, "the") && !v.TextIs(t, "and"))
            {
                return false; // "the Minister of Finance, who … , and Ana Ruiz": not one office and its holder
            }
        }

        speaker = context.Mentions.FromEntity(m);
        return true;
    }
}
