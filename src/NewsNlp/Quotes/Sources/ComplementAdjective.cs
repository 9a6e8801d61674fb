namespace NewsNlp.Quotes.Sources;

/// <summary>
/// An adjective with the preposition of its complement (<c>people familiar with the matter</c>, <c>sources close to the
/// board</c>, <c>officials briefed on the talks</c>): the preposition and its object belong to the speakers' phrase, so
/// neither the subject read before a cue nor the core of a mention stops at <c>the matter</c> or <c>people familiar</c>.
/// </summary>
internal static class ComplementAdjective
{
    /// <summary>Adjective (or participle) and the preposition of its complement, as pairs.</summary>
    private static readonly (string Adjective, string Preposition)[] Pairs =
    [
        ("familiar", "with"), ("close", "to"), ("closer", "to"), ("knowledgeable", "about"), ("briefed", "on"),
        ("privy", "to"), ("loyal", "to"), ("opposed", "to"), ("sympathetic", "to"), ("aligned", "with"),
        ("allied", "with"), ("allied", "to"), ("acquainted", "with"),
    ];

    /// <summary>True when the token at <paramref name="preposition"/> is the preposition of the adjective right before it (not before <paramref name="limit"/>).</summary>
    public static bool IsAt(DocumentView v, int preposition, int limit)
    {
        if (preposition - 1 < limit || preposition >= v.Count || v.Shapes[preposition] != TokenShape.Lower || v.Shapes[preposition - 1] != TokenShape.Lower)
        {
            return false;
        }

        // "a bank involved in the deal", "a firm close to the talks": after an organisation the phrase may hang on a noun
        // further left ("One source at a bank …"); left to the speaker rules.
        if (preposition - 2 >= 0 && Lexicon.SpeakerWords.IsOrgNoun(v.Chars(preposition - 2)))
        {
            return false;
        }

        foreach ((string adjective, string word) in Pairs)
        {
            if (v.TextIs(preposition, word) && v.TextIs(preposition - 1, adjective))
            {
                return true;
            }
        }

        return false;
    }
}
