using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A person mention that opens with a word that opens an institution's name and no person's is the institution: a bank
/// (<c>Banque Misr</c>, <c>Banco Santander</c>, <c>Bank Leumi</c>), a firm or group (<c>Groupe Bull</c>, <c>Compagnie
/// Générale</c>), a university or institute (<c>Universidad Complutense</c>, <c>Istituto Luce</c>), also a word alone
/// (the model's "Banque" of <c>Banque du Caire</c>) except <c>Bank</c>, a surname too. A rule of <see cref="MentionRules"/>.
/// </summary>
internal sealed class OrganisationOpeningWord : IMentionRule
{
    private static readonly HashSet<string> OpeningWords = new(StringComparer.Ordinal)
    {
        "Bank", "Banque", "Banco", "Banca", "Bankhaus", "Caisse", "Caixa", "Compagnie", "Compania", "Companhia", "Groupe",
        "Grupo", "Gruppo", "Societe", "Société", "Sociedad", "Societa", "Società", "Universidad", "Université", "Universite",
        "Universität", "Universitat", "Universidade", "Università", "Universita", "Istituto", "Instituto", "Institut",
        "Fondation", "Fundación", "Fundacion", "Fondazione", "Stiftung",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningLookup = OpeningWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public (int Start, int End, EntityType Type)? Rewrite(in JoinSentence sentence, (int Start, int End, EntityType Type) mention) =>
        mention.Type == EntityType.Person && OpeningLookup.Contains(sentence.Word(mention.Start)) && (mention.End - mention.Start >= 2 || sentence.Word(mention.Start) is not "Bank")
            ? (mention.Start, mention.End, EntityType.Organization)
            : mention;
}
