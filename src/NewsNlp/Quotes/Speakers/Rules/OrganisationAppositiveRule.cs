using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// "The employers' organisation, the FSB, said" and "the union, Amicus, warned": an organisation noun followed by the
/// organisation's name in apposition is that organisation, as a role noun followed by an appositive name is the person
/// (<see cref="AppositiveRule"/>).
/// </summary>
internal sealed class OrganisationAppositiveRule : ISpeakerRule
{
    /// <summary>Most words of the appositive name.</summary>
    private const int MaxName = 6;

    /// <inheritdoc />
    public string Name => RuleNames.Appositive;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        int head = phrase.Head, at = phrase.PhraseEnd;
        if (phrase.Depth != 0 || head < 0 || v.Shapes[head] != TokenShape.Lower || !SpeakerWords.IsOrgNoun(v.Chars(head)) || NounPhrases.IsPlural(v.Chars(head))
            || at + 2 >= v.Count || v.Shapes[at] != TokenShape.Comma || v.InQuote(at))
        {
            return false;
        }

        int s = at + 1;
        if (v.Shapes[s] == TokenShape.Lower && v.Is(s, WordClass.Determiner) && v.IsNameToken(s + 1))
        {
            s++;
        }

        int k = s;
        while (k < v.Count && k - s < MaxName && v.SentenceOf[k] == v.SentenceOf[at] && !v.InQuote(k)
            && (v.IsNameToken(k) || (k > s && (v.TextIs(k, "of") || v.TextIs(k, "and") || v.TextIs(k, "&")) && v.IsNameToken(k + 1))))
        {
            k++;
        }

        if (k == s || k >= v.Count || v.Shapes[s] != TokenShape.Capitalised || !(v.Shapes[k] == TokenShape.Comma || v.Is(k, WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.Auxiliary)))
        {
            return false;
        }

        if (v.HasEntities)
        {
            int m = v.EntityOf[s];
            if (m < 0 || v.Document.Entities[m].Type is not (EntityType.Organization or EntityType.Miscellaneous) || v.Document.Entities[m].EndToken > k)
            {
                return false;
            }

            speaker = context.Mentions.FromEntity(m);
            return true;
        }

        if (!context.Mentions.HasOrgWord(s, k))
        {
            return false;
        }

        speaker = context.Mentions.FromName(s, k);
        return true;
    }
}
