using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// Within one document, a name the model typed a person or a place that the sentence calls a firm, a paper or a club is
/// the organisation, and so is every later person or place mention of the same words: right after a lower-case noun for
/// an organisation (<c>state oil firm Varrovia</c>, <c>nuclear fuel giant Kentrex</c>, <c>the journal Lake Digest</c>,
/// <c>Dutch club Varro</c>); right before <c>newspaper</c> or <c>daily</c> (<c>Varrovia newspaper reported</c>, typed a
/// person); after <c>analysts at</c>, <c>economists at</c>, <c>strategists at</c> (<c>analysts at Kentrex</c>, one word);
/// a website after a verb of posting and <c>on</c> (<c>photos posted on Pictagram</c>, one word typed a place).
/// A listed country, city or region stays a place (<c>the group Kent</c>); a person's name of two words or more opening
/// with a listed first name or a hyphenated pair (<c>founder of the consultancy Ann Vos</c>) stays a person; a person
/// after a determiner and the noun
/// stays a person when a lower-case word other than a reporting verb follows (<c>the company Ann Vos founded</c>).
/// Sentences are seen in text order, each once: linear in the mentions.
/// </summary>
internal sealed class OrganisationNounNames
{
    /// <summary>Nouns for an organisation that stand right before its name in news (<c>oil firm X</c>, <c>the newspaper X</c>).</summary>
    private static readonly HashSet<string> NounsBefore = new(StringComparer.Ordinal)
    {
        "firm", "company", "giant", "group", "conglomerate", "drugmaker", "carmaker", "automaker", "chipmaker",
        "manufacturer", "retailer", "supermarket", "insurer", "lender", "bank", "brokers", "brokerage", "newspaper",
        "paper", "daily", "tabloid", "journal", "magazine", "weekly", "broadcaster", "agency", "airline", "carrier", "club",
        "side", "label", "subsidiary", "unit", "consultancy", "operator", "provider", "utility", "startup",
        "start-up", "movement", "charity",
    };

    /// <summary>Nouns for a paper that stand right after its name (<c>X newspaper</c>).</summary>
    private static readonly HashSet<string> NounsAfter = new(StringComparer.Ordinal) { "newspaper", "daily" };

    /// <summary>People who work at a firm, before <c>at X</c>.</summary>
    private static readonly HashSet<string> Staff = new(StringComparer.OrdinalIgnoreCase)
    {
        "analyst", "analysts", "economist", "economists", "strategist", "strategists",
    };

    /// <summary>Lower-case words after a name that still read as an apposition (the name's own verb).</summary>
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "reported", "reports", "added", "announced", "stated",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "that", "this",
    };

    /// <summary>Verbs of putting words or pictures on a website, before <c>on X</c>.</summary>
    private static readonly HashSet<string> Posting = new(StringComparer.Ordinal)
    {
        "posted", "posts", "post", "posting", "shared", "uploaded", "tweeted", "wrote", "published", "streamed", "broadcast",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PostingLookup = Posting.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeLookup = NounsBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterLookup = NounsAfter.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StaffLookup = Staff.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingLookup = ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Most words of a name this rule retypes.</summary>
    private const int MaxWords = 3;

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Retypes the sentence's person and place mentions that name an organisation; returns whether a label changed.</summary>
    public bool Apply(string text, ReadOnlySpan<TokenRow> rows, Span<int> labels, NerLexicon lexicon)
    {
        if (!labels.ContainsAnyExcept(BilouLabels.Outside))
        {
            return false;
        }

        bool changed = false;
        List<(int Start, int End, EntityType Type)> mentions = BilouLabels.ToSpans(labels);
        var names = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int m = 0; m < mentions.Count; m++)
        {
            (int start, int end, EntityType type) = mentions[m];
            if (type is not (EntityType.Person or EntityType.Location) || end - start > MaxWords)
            {
                continue;
            }

            ReadOnlySpan<char> words = text.AsSpan(rows[start].Start, rows[end - 1].End - rows[start].Start);
            bool named = IsCalledOrganisation(text, rows, start, end, type);
            if (named && ((type == EntityType.Location && (lexicon.CategoriesOf(text, rows[start..end]) & GazetteerMasks.Places) != 0)
                || (type == EntityType.Person && end - start >= 2 && LooksLikePersonName(text, rows[start], lexicon))))
            {
                continue;
            }

            if (named)
            {
                _names.Add(words.ToString());
            }
            else if (_names.Count == 0 || !names.Contains(words))
            {
                continue;
            }

            mentions[m] = (start, end, EntityType.Organization);
            changed = true;
        }

        if (changed)
        {
            BilouLabels.FromSpans(mentions, labels);
        }

        return changed;
    }

    private static bool IsCalledOrganisation(string text, ReadOnlySpan<TokenRow> rows, int start, int end, EntityType type)
    {
        if (start > 0 && BeforeLookup.Contains(JoinSentence.WordOf(text, rows[start - 1])))
        {
            // "the company Ann Vos founded": a relative clause on the noun, not its name.
            bool determiner = start > 1 && DeterminerLookup.Contains(JoinSentence.WordOf(text, rows[start - 2]));
            bool verbAfter = end < rows.Length && IsLowerWord(JoinSentence.WordOf(text, rows[end])) && !ReportingLookup.Contains(JoinSentence.WordOf(text, rows[end]));
            return !(type == EntityType.Person && determiner && verbAfter);
        }

        if (type == EntityType.Person && end < rows.Length && AfterLookup.Contains(JoinSentence.WordOf(text, rows[end])))
        {
            return true; // "Varrovia newspaper reported"
        }

        return end - start == 1 && start > 1
            && ((JoinSentence.WordOf(text, rows[start - 1]).Equals("at", StringComparison.OrdinalIgnoreCase) && StaffLookup.Contains(JoinSentence.WordOf(text, rows[start - 2])))
                || (JoinSentence.WordOf(text, rows[start - 1]) is "on" && PostingLookup.Contains(JoinSentence.WordOf(text, rows[start - 2]))));
    }

    /// <summary>A first word that is a listed first name or a hyphenated pair of capitalised words (<c>Jeanne-Marie</c>).</summary>
    private static bool LooksLikePersonName(string text, TokenRow first, NerLexicon lexicon)
    {
        ReadOnlySpan<char> word = JoinSentence.WordOf(text, first);
        int hyphen = word.IndexOf('-');
        return (lexicon.CategoriesOf(text, [first]) & (1 << (int)GazetteerCategory.FirstName)) != 0
            || (hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[0]) && char.IsUpper(word[hyphen + 1]));
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]);
}
