using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A sentence adverb that opens a sentence before a comma names no one (<c>Furthermore, the company said …</c>, where
/// the model took "Furthermore" for a person, who then spoke): a one-word mention at the start of the sentence (after
/// quotation marks or brackets at most) that is a listed connective or time adverb followed by a comma is no mention.
/// A rule of <see cref="MentionRules"/>.
/// </summary>
internal sealed class SentenceAdverbMention : IMentionRule
{
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "Furthermore", "Moreover", "However", "Meanwhile", "Nevertheless", "Nonetheless", "Additionally", "Consequently",
        "Therefore", "Thus", "Hence", "Indeed", "Instead", "Otherwise", "Overall", "Similarly", "Likewise", "Separately",
        "Elsewhere", "Earlier", "Later", "Yesterday", "Previously", "Currently", "Initially", "Finally", "Ultimately",
        "Accordingly", "Alternatively", "Besides", "Regardless", "Subsequently", "Afterwards", "Recently", "Still",
        "Surprisingly", "Interestingly", "Importantly", "Notably", "Ironically", "Unfortunately", "Fortunately", "Clearly",
        "Obviously", "Admittedly", "Specifically", "Originally",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbLookup = Adverbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public (int Start, int End, EntityType Type)? Rewrite(in JoinSentence sentence, (int Start, int End, EntityType Type) mention)
    {
        (int start, int end, _) = mention;
        if (end - start != 1 || end >= sentence.Count || sentence.Word(end) is not "," || !AdverbLookup.Contains(sentence.Word(start)))
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

        return null;
    }
}
