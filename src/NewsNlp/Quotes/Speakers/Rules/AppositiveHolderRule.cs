using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "Oliver Grant, chairman and founder of the Lakeside Institute, says …", "Ana Ruiz, the daughter of the late mayor,
/// recalled …": when the source mention is the role in apposition to a person named right before it, the person speaks.
/// </summary>
internal sealed class AppositiveHolderRule : ISpeakerRule
{
    /// <summary>Most capitalised words before the name in its sentence ("But", "Tory MP").</summary>
    private const int MaxOpening = 3;

    /// <inheritdoc />
    public string Name => RuleNames.Appositive;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int pf = phrase.PhraseFirst, head = phrase.Head;
        if (phrase.Depth != 0 || !v.HasEntities || pf < 2 || v.Shapes[pf - 1] != TokenShape.Comma || v.Shapes[head] != TokenShape.Lower
            || !(v.Is(head, WordClass.RoleNoun) || PersonNouns.EndAt(v, head) == head + 1 || PersonNouns.IsTitle(v, head))
            || NounPhrases.IsPlural(v.Chars(head)) || v.SentenceOf[pf - 2] != v.SentenceOf[pf])
        {
            return false;
        }

        int m = v.EntityOf[pf - 2];
        if (m < 0 || v.Document.Entities[m].Type != EntityType.Person || v.Document.Entities[m].EndToken != pf - 1 || !OpensSentence(v, v.Document.Entities[m].FirstToken))
        {
            return false;
        }

        speaker = context.Mentions.FromEntity(m);
        return true;
    }

    /// <summary>True when only a few capitalised words come before <paramref name="first"/> in its sentence (the name is the subject).</summary>
    private static bool OpensSentence(DocumentView v, int first)
    {
        int sentence = v.SentenceOf[first];
        for (int t = first - 1; t >= 0 && v.SentenceOf[t] == sentence && v.ParagraphOf[t] == v.ParagraphOf[first]; t--)
        {
            if (first - t > MaxOpening || v.Shapes[t] != TokenShape.Capitalised || v.InQuote(t))
            {
                return false;
            }
        }

        return true;
    }
}
