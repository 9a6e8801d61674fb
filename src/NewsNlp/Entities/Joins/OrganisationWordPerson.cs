using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A person mention that ends in a word no person's name ends in but an organisation's does is the organisation: a
/// newspaper (<c>the Sunday Telegraph</c>, <c>the Guardian</c>), a firm (<c>Juniper Research</c>, <c>Morgan Guaranty</c>,
/// <c>Lakeland Holdings</c>) or a body (<c>Lakeland Institute</c>), a broadcaster (<c>Sky Sports</c>, <c>Fox News</c>), a law firm (<c>X and Y LLP</c>); a name
/// of partners joined by an ampersand (<c>Ernst &amp; Young</c>); a newspaper's word alone after <c>the</c> (<c>the
/// Telegraph said</c>, <c>the Sunday Telegraph</c> where the model typed "Telegraph" alone); and a news agency's name alone (<c>Reuter</c> signing a
/// wire story, <c>Xinhua</c>). A mention that opens with a courtesy title stays a person (<c>Mr Times</c>). A place
/// mention of two words or more ending in a word for a firm's trade or legal form that no place's name ends in is the
/// firm too (<c>Varro Bio</c>, <c>Varro Therapeutics</c>, <c>Varro Holdings</c> typed a place). A rule of
/// <see cref="MentionRules"/>.
/// </summary>
internal sealed class OrganisationWordPerson : IMentionRule
{
    private static readonly HashSet<string> EndWords = new(StringComparer.Ordinal)
    {
        // newspapers (also <see cref="Newspapers"/>)
        "Telegraph", "Times", "Guardian", "Gazette", "Tribune", "Chronicle", "Journal", "Observer", "Mirror", "Herald",
        "Inquirer", "Courier", "Examiner", "Bulletin",
        // firms
        "Research", "Securities", "Holdings", "Group", "Partners", "Associates", "Capital", "Airlines", "Airways", "Motors",
        "Systems", "Communications", "Technologies", "Industries", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd",
        "Ltd.", "Plc", "plc", "PLC", "LLC", "LLP", "Bancorp", "Guaranty", "Bank", "Insurance", "Pharmaceuticals", "Entertainment",
        "Records", "Studios", "Pictures", "Telecom", "Electronics", "Energy",
        // a firm's trade (session 26: "Lumis Bio" typed a person)
        "Bio", "Biotech", "Biosciences", "Therapeutics", "Pharma", "Laboratories", "Labs", "Software", "Networks",
        "Semiconductor", "Semiconductors",
        // broadcasters and media (session 25: "Sky Sports", "Fox News")
        "Sports", "News", "Media", "Broadcasting",
        // bodies
        "Agency", "Association", "Authority", "Commission", "Committee", "Council", "Federation", "Foundation", "Institute",
        "Ministry", "Organisation", "Organization", "Society", "University", "Union",
    };

    /// <summary>Last words of a firm's name that no place's name ends in (a place mention ending in one is the firm).</summary>
    private static readonly HashSet<string> FirmEndWords = new(StringComparer.Ordinal)
    {
        "Bio", "Biotech", "Biosciences", "Therapeutics", "Pharma", "Pharmaceuticals", "Laboratories", "Labs", "Software",
        "Networks", "Semiconductor", "Semiconductors", "Technologies", "Systems", "Holdings", "Securities", "Bancorp",
        "Airlines", "Airways", "Motors", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "plc", "PLC",
        "LLC", "LLP",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirmEndLookup = FirmEndWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reuter", "Reuters", "AFP", "Xinhua", "Interfax", "Itar-Tass", "Tass", "Kyodo", "Yonhap", "Bernama", "Antara",
    };

    /// <summary>A newspaper's word, a newspaper alone after <c>the</c> or a paper's day (<c>the Telegraph</c>, <c>the Sunday Telegraph</c> typed "Telegraph").</summary>
    private static readonly HashSet<string> Newspapers = new(StringComparer.Ordinal)
    {
        "Telegraph", "Times", "Guardian", "Gazette", "Tribune", "Chronicle", "Journal", "Observer", "Mirror", "Herald", "Inquirer",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NewspaperLookup = Newspapers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EndLookup = EndWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgencyLookup = Agencies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public (int Start, int End, EntityType Type)? Rewrite(in JoinSentence sentence, (int Start, int End, EntityType Type) mention)
    {
        (int start, int end, EntityType type) = mention;
        string text = sentence.Text;
        ReadOnlySpan<TokenRow> rows = sentence.Rows;
        return (type == EntityType.Person && (IsOrganisation(text, rows[start..end]) || (end - start == 1 && start > 0 && IsNewspaperAfterThe(text, rows[start - 1], rows[start]))))
            || (type == EntityType.Location && end - start >= 2 && FirmEndLookup.Contains(JoinSentence.WordOf(text, rows[end - 1])))
            ? (start, end, EntityType.Organization)
            : mention;
    }

    private static bool IsNewspaperAfterThe(string text, TokenRow before, TokenRow word)
    {
        ReadOnlySpan<char> b = JoinSentence.WordOf(text, before);
        return (b.Equals("the", StringComparison.OrdinalIgnoreCase) || b is "Sunday" or "Daily" or "Evening" or "Morning" or "Weekly")
            && NewspaperLookup.Contains(JoinSentence.WordOf(text, word));
    }

    private static bool IsOrganisation(string text, ReadOnlySpan<TokenRow> words)
    {
        ReadOnlySpan<char> last = JoinSentence.WordOf(text, words[^1]);
        if (words.Length == 1)
        {
            return AgencyLookup.Contains(last);
        }

        if (Honorifics.Contains(JoinSentence.WordOf(text, words[0])))
        {
            return false;
        }

        // No person's name holds an ampersand: a firm of partners ("Skadden, Arps, Slate, Meagher & Flom", "Ernst & Young").
        foreach (TokenRow word in words[1..^1])
        {
            if (JoinSentence.WordOf(text, word) is "&")
            {
                return true;
            }
        }

        return EndLookup.Contains(last);
    }
}
