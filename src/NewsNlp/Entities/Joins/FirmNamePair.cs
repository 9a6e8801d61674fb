using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// Two capitalised words joined by <c>and</c> or <c>&amp;</c> that the sentence treats as one firm are one name
/// (<c>Marks and Spencer's chief executive</c>, <c>Standard and Poor's said</c>, <c>shares in Holt and Dane fell</c>):
/// the model, which knows neither pair, keeps one word as a person or each as a name of its own ("Spencer",
/// "Standard" + "Poor"). The pair acts as one firm when
/// <list type="bullet">
/// <item>a possessive <c>'s</c> follows it and then a firm's word (<c>chief</c>, <c>chairman</c>, <c>shares</c>, <c>profits</c>, <c>stores</c> …),</item>
/// <item>or <c>'s</c> follows it and then a reporting or auxiliary verb or punctuation: the <c>'s</c> is the firm's own
/// (<c>Standard and Poor's said</c>, <c>Standard &amp; Poor's, the agency</c>) and belongs to the name,</item>
/// <item>or a firm's word stands right before it (<c>shares in</c>, <c>chief executive of</c>, <c>retailer</c>, <c>agency</c>).</item>
/// </list>
/// Each word is a single capitalised word (not initials: <see cref="InitialsJoinedByAnd"/>), outside the model's
/// mentions or a one-word mention of its own that is no place (<c>Britain and France's leaders</c> stay two). Except
/// before a name's own <c>'s</c>, the model must have missed the firm: each word untyped or a person, not both persons
/// (<c>Bush and Blair's chief allies</c>), and neither an organisation of its own (<c>shares in BP and Shell</c>,
/// <c>UK firm Phytopharm and Unilever</c>).
/// </summary>
internal sealed class FirmNamePair : INameJoinRule
{
    /// <summary>Words after the pair's possessive that belong to a firm, not to people (<c>Marks and Spencer's chief executive</c>).</summary>
    private static readonly HashSet<string> FirmWordsAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "chairman", "chairwoman", "boss", "spokesman", "spokeswoman", "spokesperson", "shares", "share", "profits",
        "profit", "sales", "stores", "shops", "shareholders", "board", "directors", "subsidiary", "takeover", "turnover",
        "results", "earnings", "revenue", "revenues",
    };

    /// <summary>Lower-case words right before the pair that make it a firm (<c>shares in</c>, <c>chief executive of</c>, <c>retailer</c>).</summary>
    private static readonly HashSet<string> FirmWordsBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "retailer", "firm", "company", "group", "agency", "bank", "chain", "brewer", "insurer", "carmaker", "airline",
        "publisher", "supermarket", "conglomerate", "broker", "brokerage",
    };

    /// <summary>Nouns before <c>of</c> / <c>in</c> that name a firm's part or officer (<c>shares in</c>, <c>chief executive of</c>).</summary>
    private static readonly HashSet<string> FirmOwnerNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "shares", "stake", "executive", "chairman", "chairwoman", "boss", "shareholders", "owner", "owners", "subsidiary",
    };

    private static readonly HashSet<string> AuxiliariesAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "had", "is", "was", "will", "would", "could", "can", "may", "might", "should",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterLookup = FirmWordsAfter.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeLookup = FirmWordsBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnerLookup = FirmOwnerNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup = AuxiliariesAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public void Find(in JoinSentence sentence, List<(int Start, int End)> joins)
    {
        for (int k = 1; k + 1 < sentence.Count; k++)
        {
            if (!sentence.IsAnd(k) || !IsPairWord(sentence, k - 1, before: true) || !IsPairWord(sentence, k + 1, before: false))
            {
                continue;
            }

            // Unless the 's is the firm's own, the model must have missed the firm: each word untyped or a person, not
            // both persons ("Bush and Blair"), and neither an organisation of its own ("UK firm Phytopharm and Unilever").
            int end = k + 2;
            EntityType? left = sentence.TypeAt(k - 1), right = sentence.TypeAt(k + 1);
            bool split = (left is null or EntityType.Person) && (right is null or EntityType.Person) && !(left == EntityType.Person && right == EntityType.Person);
            bool firm = split && FirmBefore(sentence, k - 1);
            if (end < sentence.Count && IsPossessive(sentence.Word(end)))
            {
                if (end + 1 >= sentence.Count || OwnsName(sentence, end + 1))
                {
                    firm = true;
                    end++; // the firm's own 's: "Standard and Poor's said"
                }
                else
                {
                    firm |= split && AfterLookup.Contains(sentence.Word(end + 1));
                }
            }

            if (firm)
            {
                joins.Add((k - 1, end));
                k = end - 1;
            }
        }
    }

    /// <summary>A capitalised word (a capital and a lower-case letter) outside the model's mentions or a one-word mention that is no place; before <c>and</c> it must not follow a capitalised word (<c>Tony Blair and Brown</c>).</summary>
    private static bool IsPairWord(in JoinSentence sentence, int i, bool before)
    {
        ReadOnlySpan<char> w = sentence.Word(i);
        if (w.Length < 2 || !char.IsUpper(w[0]) || !char.IsLower(w[1]))
        {
            return false;
        }

        if (before && i > 0 && sentence.IsCapitalised(i - 1) && !(i == 1 || sentence.Is(i - 1, "the")))
        {
            return false; // "Tony Blair and Brown", "Bank of Scotland and Halifax"
        }

        EntityType? type = sentence.TypeAt(i);
        return type is null || (type != EntityType.Location && sentence.StartsMention(i) && sentence.EndsMention(i));
    }

    /// <summary>A firm's word right before the pair: <c>retailer Marks and Spencer</c>, <c>shares in</c> / <c>chief executive of</c> + the pair.</summary>
    private static bool FirmBefore(in JoinSentence sentence, int first)
    {
        if (first < 1)
        {
            return false;
        }

        if (BeforeLookup.Contains(sentence.Word(first - 1)))
        {
            return true;
        }

        return first >= 2 && (sentence.Is(first - 1, "of") || sentence.Is(first - 1, "in")) && OwnerLookup.Contains(sentence.Word(first - 2));
    }

    /// <summary>After <c>X and Y's</c>: punctuation, or a reporting or auxiliary verb (<c>said</c>, <c>has</c>), so the <c>'s</c> is part of the name.</summary>
    private static bool OwnsName(in JoinSentence sentence, int next)
    {
        ReadOnlySpan<char> w = sentence.Word(next);
        if (w.Length > 0 && char.IsPunctuation(w[0]) && w[0] is not '\'' and not '"')
        {
            return true;
        }

        return AuxiliaryLookup.Contains(w) || (QuoteLexicon.Classify(w) & WordClass.CueVerb) != 0;
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) => word is "'s" or "’s";
}
