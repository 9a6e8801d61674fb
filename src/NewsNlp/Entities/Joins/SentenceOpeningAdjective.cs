using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// An adjective that opens a sentence is capitalised but names nothing: a mention of two words or more that starts with
/// the sentence's first word (after quotation marks or brackets at most) and opens with an adjective of a person's or a
/// body's past or standing (<c>Former</c>, <c>Ex</c>, <c>Veteran</c>, <c>Embattled</c>, …) leaves that word out
/// (<c>Former City banker Tom Hart</c>: "City", not an organisation "Former City"). A rule of <see cref="MentionRules"/>.
/// </summary>
internal sealed class SentenceOpeningAdjective : IMentionRule
{
    private static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "Former", "Ex", "Ex-", "Veteran", "Retired", "Outgoing", "Disgraced", "Embattled", "Beleaguered", "Troubled",
        "Struggling", "Jailed", "Ousted", "Fellow", "Rival", "Deposed", "Exiled", "Sacked", "Axed",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Adjectives.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public (int Start, int End, EntityType Type)? Rewrite(in JoinSentence sentence, (int Start, int End, EntityType Type) mention)
    {
        (int start, int end, EntityType type) = mention;
        if (end - start < 2 || !Lookup.Contains(sentence.Word(start)) || !sentence.IsCapitalised(start + 1))
        {
            return mention;
        }

        for (int t = 0; t < start; t++)
        {
            if (sentence.Word(t) is not ("\"" or "'" or "“" or "‘" or "(" or "[" or "``" or "`"))
            {
                return mention;
            }
        }

        return (start + 1, end, type);
    }
}
