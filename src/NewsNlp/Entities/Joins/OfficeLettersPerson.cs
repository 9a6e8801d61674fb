using NewsNlp.Documents;
using NewsNlp.Entities.Linking;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A name that opens with a listed first name and ends in a member's or an honour's letters is a person, not an
/// organisation (<c>Frank Field MP</c>, <c>Ann Vos MEP</c>, <c>John Smith QC</c>, which the model typed as organisations
/// from the capitals at the end): an organisation mention of three words or more whose last word is
/// <see cref="PersonTitles.IsOfficeLetters"/> and whose first is a first name of <see cref="NameGenders"/>. The linker
/// leaves the letters out of the name. A rule of <see cref="MentionRules"/>.
/// </summary>
internal sealed class OfficeLettersPerson : IMentionRule
{
    /// <inheritdoc />
    public (int Start, int End, EntityType Type)? Rewrite(in JoinSentence sentence, (int Start, int End, EntityType Type) mention)
    {
        (int start, int end, EntityType type) = mention;
        return type == EntityType.Organization && end - start >= 3 && PersonTitles.IsOfficeLetters(sentence.Word(end - 1))
            && NameGenders.OfWord(sentence.Word(start)) != Gender.Unknown
            ? (start, end, EntityType.Person)
            : mention;
    }
}
