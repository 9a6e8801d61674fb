using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// A source mention inside the title of a person named just before it, the title unclosed by a second comma: in
/// <c>Ramon Diaz, Chairman of the Commission on Good Government told Reuters</c> the speaker is Ramon Diaz, not the
/// commission's name the source finder took as the cue's subject.
/// </summary>
internal sealed class TitleHolderRule : ISpeakerRule
{
    /// <summary>How far before the mention the title's role noun may be.</summary>
    private const int MaxTitle = 10;

    /// <inheritdoc />
    public string Name => RuleNames.Appositive;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        if (phrase.Depth != 0 || !v.HasEntities || !v.IsNameToken(phrase.First))
        {
            return false;
        }

        int sentence = v.SentenceOf[phrase.First];
        for (int t = phrase.First - 1; t >= 2 && phrase.First - t <= MaxTitle && v.SentenceOf[t] == sentence && !v.InQuote(t); t--)
        {
            if (v.Is(t, WordClass.RoleNoun) && v.Shapes[t - 1] == TokenShape.Comma && t + 1 < phrase.First && IsOfPreposition(v, t + 1))
            {
                int m = v.EntityOf[t - 2];
                if (m < 0 || v.Document.Entities[m].Type != EntityType.Person || v.Document.Entities[m].EndToken != t - 1)
                {
                    return false;
                }

                speaker = context.Mentions.FromEntity(m);
                return true;
            }

            bool inTitle = v.IsNameToken(t) || v.Is(t, WordClass.Determiner) || IsOfPreposition(v, t) || v.TextIs(t, "and");
            if (!inTitle)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsOfPreposition(DocumentView v, int t) => v.TextIs(t, "of") || v.TextIs(t, "on") || v.TextIs(t, "for") || v.TextIs(t, "at");
}
