using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Rules;

/// <summary>
/// A source mention that is only the possessor of the real speaker: <c>said India's delegate, S. Venkat</c> → S. Venkat;
/// <c>Bernstein's Sandi Sweeney</c> → Sandi Sweeney; <c>Norrland Bank's chief economist said</c> → the economist (a
/// description), not the bank or the country.
/// </summary>
internal sealed class PossessedRule : ISpeakerRule
{
    /// <summary>How many words of the possessor's name may follow the mention before the possessive ("Prudential | -Bache Securities '").</summary>
    private const int MaxNameTail = 4;

    /// <inheritdoc />
    public string Name => RuleNames.Possessed;

    /// <inheritdoc />
    public bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker)
    {
        speaker = null;
        DocumentView v = context.View;
        if (phrase.Depth != 0 || !v.IsNameToken(phrase.End - 1))
        {
            return false;
        }

        int k = phrase.End;
        while (k < v.Count && k - phrase.End < MaxNameTail && !v.InQuote(k) && (v.IsNameToken(k) || v.Shapes[k] == TokenShape.Dash))
        {
            k++;
        }

        if (k + 1 >= v.Count || v.InQuote(k) || !SpeakerWords.IsPossessive(v.Chars(k)) || v.SentenceOf[k] != v.SentenceOf[phrase.First])
        {
            return false;
        }

        k++;

        // "… Securities' Stuart Weisbrod": a person's name right after the possessive.
        (int nf, int ne) = NameAfter(v, k);
        if (nf >= 0)
        {
            speaker = Person(context, nf, ne);
            return speaker is not null;
        }

        // "India's delegate, S. Venkat": a noun of the possessor's with a person's name in apposition; or, without one, a
        // singular role noun ("Norland Bank's chief economist").
        int end = k;
        while (end < v.Count && end - k < 3 && NounPhrases.IsNounAfter(v, end) && !NounPhrases.IsRoleHead(v, end))
        {
            end++;
        }

        int role = end < v.Count && end - k < 3 && NounPhrases.IsNounAfter(v, end) ? end : end - 1;
        if (role < k || v.InQuote(role))
        {
            return false;
        }

        if (role + 2 < v.Count && v.Shapes[role + 1] == TokenShape.Comma && NameAfter(v, role + 2) is ( >= 0, _) appositive
            && Person(context, appositive.First, appositive.End) is { } named)
        {
            speaker = named;
            return true;
        }

        if (!NounPhrases.IsRoleHead(v, role))
        {
            return false;
        }

        string description = context.Mentions.Describe(phrase.First, role + 1, out string key);
        speaker = new SpeakerCandidate(key, description, null, -1, IsPerson: true, IsGroup: false);
        return true;
    }

    /// <summary>A run of two or more name words (or one person entity) starting at <paramref name="at"/>, or (-1, -1).</summary>
    private static (int First, int End) NameAfter(DocumentView v, int at)
    {
        if (at >= v.Count || v.InQuote(at) || v.Shapes[at] != TokenShape.Capitalised || v.Is(at, WordClass.CapitalisedFunctionWord | WordClass.RoleNoun))
        {
            return (-1, -1);
        }

        if (v.HasEntities)
        {
            int m = v.EntityOf[at];
            if (m < 0 || v.Document.Entities[m].Type != EntityType.Person || v.Document.Entities[m].FirstToken != at)
            {
                return (-1, -1);
            }

            return (at, Math.Min(v.Count, v.Document.Entities[m].EndToken));
        }

        int k = at;
        while (k < v.Count && k - at < 5 && !v.InQuote(k) && (v.IsNameToken(k) || (v.TextIs(k, ".") && v.Starts[k] == v.Ends[k - 1])))
        {
            k++;
        }

        return k - at >= 2 ? (at, k) : (-1, -1);
    }

    private static SpeakerCandidate? Person(SpeakerContext context, int first, int end)
    {
        DocumentView v = context.View;
        int m = v.HasEntities ? v.EntityOf[first] : -1;
        return m >= 0 ? context.Mentions.FromEntity(m) : context.Mentions.HasOrgWord(first, end) ? null : context.Mentions.FromName(first, end);
    }
}
