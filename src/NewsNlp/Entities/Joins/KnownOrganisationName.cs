namespace NewsNlp.Entities.Joins;

/// <summary>
/// A listed organisation whose name holds a connector (<c>Procter and Gamble</c>, <c>Nippon Telegraph and Telephone</c>,
/// <c>Food and Agriculture Organization</c>, <c>University of Southern California</c>): the longest phrase of the
/// model's company, international-organisation, party, university and club gazetteers starting at a capitalised word,
/// with a connector inside and every other word capitalised. <c>and</c> also matches the lists' <c>&amp;</c>
/// (<c>Procter &amp; Gamble</c>), as news copy spells out the ampersand. The lists are the ones compiled into the model
/// at training time (hashes of lower-cased phrases), so nothing is read at run time.
/// </summary>
internal sealed class KnownOrganisationName : INameJoinRule
{
    private const int OrganisationCategories =
        (1 << (int)GazetteerCategory.Company) | (1 << (int)GazetteerCategory.InternationalOrganization)
        | (1 << (int)GazetteerCategory.Party) | (1 << (int)GazetteerCategory.University) | (1 << (int)GazetteerCategory.Club);

    private static readonly ulong AmpersandKey = NerLexicon.WordKey("&");

    /// <inheritdoc />
    public void Find(in JoinSentence sentence, List<(int Start, int End)> joins)
    {
        HashIndex gazetteer = sentence.Lexicon.Gazetteer;
        if (gazetteer.Count == 0)
        {
            return;
        }

        for (int i = 0; i < sentence.Count; i++)
        {
            int length = sentence.IsCapitalised(i) ? LongestAt(sentence, gazetteer, i) : 0;
            if (length > 0)
            {
                joins.Add((i, i + length));
                i += length - 1;
            }
        }
    }

    /// <summary>Length of the longest listed organisation name with an inner connector starting at <paramref name="first"/>, or 0.</summary>
    private static int LongestAt(in JoinSentence sentence, HashIndex gazetteer, int first)
    {
        ulong literal = NerLexicon.PhraseStart(NerLexicon.WordKey(sentence.Word(first)));
        ulong ampersand = literal;
        bool literalAlive = true, ampersandAlive = true, spelledOut = false, connector = false;
        int best = 0;
        for (int length = 1; length <= NerLexicon.MaxPhraseTokens && first + length <= sentence.Count; length++)
        {
            int j = first + length - 1;
            if (length > 1)
            {
                ReadOnlySpan<char> word = sentence.Word(j);
                bool inner = NameConnectors.IsInner(word);
                if (!inner && !sentence.IsCapitalised(j))
                {
                    break;
                }

                connector |= NameConnectors.IsConnector(word);
                bool and = word.Equals("and", StringComparison.OrdinalIgnoreCase);
                spelledOut |= and;
                ulong key = NerLexicon.WordKey(word);
                literal = NerLexicon.PhraseNext(literal, key);
                ampersand = NerLexicon.PhraseNext(ampersand, and ? AmpersandKey : key);
            }

            // Until the first "and" both spellings are the same phrase: one look-up.
            int literalValue = literalAlive ? gazetteer.Get(literal, 0) : 0;
            int ampersandValue = !spelledOut ? literalValue : ampersandAlive ? gazetteer.Get(ampersand, 0) : 0;
            if (((literalValue | ampersandValue) & OrganisationCategories) != 0 && connector && sentence.IsCapitalised(j))
            {
                best = length;
            }

            literalAlive = (literalValue & NerLexicon.PrefixBit) != 0;
            ampersandAlive = (ampersandValue & NerLexicon.PrefixBit) != 0;
            if (!literalAlive && !ampersandAlive)
            {
                break;
            }
        }

        return best;
    }
}
