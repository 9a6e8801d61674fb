using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A first name, one middle initial and a surname (<c>Loretta E. Lynch</c>, <c>John F. Kennedy</c>) is a person's name,
/// whatever type the model gave it (a surname shared with a firm, "Lynch" of Merrill Lynch, made it an organisation): three
/// capitalised tokens, the first a first name of the name table (<see cref="NameGenders"/>), the second a single capital
/// letter with its full stop, the last no word of an organisation's or place's name. Firms named so put the initials first
/// (<c>J.P. Morgan</c>, <c>T. Rowe Price</c>). A rule of <see cref="MentionRules"/>.
/// </summary>
internal sealed class InitialledPersonName : IMentionRule
{
    /// <inheritdoc />
    public (int Start, int End, EntityType Type)? Rewrite(in JoinSentence sentence, (int Start, int End, EntityType Type) mention)
    {
        (int start, int end, EntityType type) = mention;
        if (type == EntityType.Person || end - start != 3)
        {
            return mention;
        }

        ReadOnlySpan<char> first = sentence.Word(start), initial = sentence.Word(start + 1), last = sentence.Word(end - 1);
        bool isName = first.Length >= 2 && char.IsUpper(first[0]) && char.IsLower(first[1]) && NameGenders.OfWord(first) != Gender.Unknown
            && initial.Length == 2 && initial[1] == '.' && char.IsAsciiLetterUpper(initial[0])
            && last.Length >= 2 && char.IsUpper(last[0]) && char.IsLower(last[1])
            && (QuoteLexicon.Classify(last) & WordClass.NonPersonNameWord) == 0;
        return isName ? (start, end, EntityType.Person) : mention;
    }
}
