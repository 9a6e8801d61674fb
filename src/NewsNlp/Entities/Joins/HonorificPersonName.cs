using NewsNlp.Documents;
using NewsNlp.Entities.Linking;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A name that opens with a courtesy title (<see cref="Honorifics"/>) is a person's, whatever type the model gave it
/// (<c>Ms Abbott</c> as an organisation, <c>Lord Woolf</c> as a place, <c>Mr Justice Eady</c>): up to four capitalised
/// words, the last no title (<c>the Lord Chancellor</c> is an office) and none a word of an organisation's or place's
/// name or a company suffix (<c>Lord of the Rings</c>, <c>Dr Pepper Co</c>). <c>Miss</c> is left out (<c>Miss World</c>).
/// A rule of <see cref="MentionRules"/>.
/// </summary>
internal sealed class HonorificPersonName : IMentionRule
{
    private const int MaxTokens = 4;

    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.OrdinalIgnoreCase) { "co", "co.", "cos", "ltd", "ltd.", "plc", "llc", "ag", "sa" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup = CompanySuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public (int Start, int End, EntityType Type)? Rewrite(in JoinSentence sentence, (int Start, int End, EntityType Type) mention)
    {
        (int start, int end, EntityType type) = mention;
        return type != EntityType.Person && end - start >= 2 && end - start <= MaxTokens && IsPersonName(sentence.Text, sentence.Rows[start..end])
            ? (start, end, EntityType.Person)
            : mention;
    }

    private static bool IsPersonName(string text, ReadOnlySpan<TokenRow> words)
    {
        ReadOnlySpan<char> first = JoinSentence.WordOf(text, words[0]);
        if (!char.IsUpper(first[0]) || !Honorifics.Contains(first) || first.Equals("miss", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int i = 1; i < words.Length; i++)
        {
            ReadOnlySpan<char> w = JoinSentence.WordOf(text, words[i]);
            if (!char.IsUpper(w[0]) || SuffixLookup.Contains(w) || (QuoteLexicon.Classify(w) & WordClass.NonPersonNameWord) != 0)
            {
                return false;
            }
        }

        return !PersonTitles.IsTitle(JoinSentence.WordOf(text, words[^1]));
    }
}
