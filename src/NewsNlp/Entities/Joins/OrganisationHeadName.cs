using NewsNlp.Documents;

namespace NewsNlp.Entities.Joins;

/// <summary>
/// A capitalised organisation head noun, a connector and capitalised words are one name (<c>Committee to Protect
/// Journalists</c>, <c>Campaign for Nuclear Disarmament</c>, <c>Council of Mortgage Lenders</c>): the model often
/// keeps only the last word (<c>Committee to Protect Bloggers'</c> → "Bloggers"). The name runs over capitalised words
/// (and <c>and</c>/<c>of</c>/<c>the</c> between them, <c>Friends of the Earth</c>) and must end with the first model
/// mention it reaches, so a following title or person (<c>the Council of Europe President Ann Vos</c>) stays out; a
/// person mention reached first (<c>the League of Prime Minister Ann Vos</c>) or no mention at all leaves the words alone.
/// The head must be outside the model's mentions (see <see cref="IsHead"/>), and <c>to</c> must be followed by an
/// untyped capitalised word (<c>to Protect</c>), not by a name (<c>a bid by Kade Union to Varro Bank</c>). Title-case lines (no lower-case word of four letters or more) are left alone.
/// </summary>
internal sealed class OrganisationHeadName : INameJoinRule
{
    /// <summary>Most name words after the connector.</summary>
    private const int MaxNameWords = 6;

    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "academy", "agency", "alliance", "assembly", "association", "authority", "board", "bureau", "campaign", "centre",
        "center", "chamber", "coalition", "college", "commission", "committee", "confederation", "conference", "congress",
        "council", "department", "federation", "forum", "foundation", "friends", "fund", "institute", "institution", "league",
        "ministry", "movement", "network", "office", "organisation", "organization", "society", "trust", "union", "university",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public void Find(in JoinSentence sentence, List<(int Start, int End)> joins)
    {
        bool? titleCase = null;
        for (int h = 0; h + 2 < sentence.Count; h++)
        {
            bool to = sentence.Is(h + 1, "to");
            if (!IsHead(sentence, h, to) || !(to || IsHeadConnector(sentence.Word(h + 1))) || (to && sentence.StartsMention(h + 2)))
            {
                continue;
            }

            int last = NameEnd(sentence, h + 2, to && sentence.TypeAt(h) is not null);
            if (last < 0)
            {
                continue;
            }

            titleCase ??= IsTitleCase(sentence);
            if (titleCase.Value)
            {
                return;
            }

            joins.Add((h, last + 1));
            h = last;
        }
    }

    /// <summary>
    /// A capitalised (not all-caps) head noun outside the model's mentions: a head the model put in a name of its own
    /// (<c>the Soviet Union to the United States</c>, <c>Congress of the FCC</c>, <c>the Cato Institute of Washington</c>)
    /// is often followed by another name, not by the rest of its own. Before <c>to</c> and an untyped capitalised word
    /// (<c>The Committee to Protect …</c>), a mention of the head alone (or <c>The</c> and the head) is the name's start.
    /// </summary>
    private static bool IsHead(in JoinSentence sentence, int h, bool to)
    {
        ReadOnlySpan<char> word = sentence.Word(h);
        if (!sentence.IsCapitalised(h) || word.Length < 2 || !char.IsLower(word[1]) || !HeadLookup.Contains(word))
        {
            return false;
        }

        return sentence.TypeAt(h) is null
            || (to && sentence.EndsMention(h) && (sentence.StartsMention(h) || (h > 0 && sentence.StartsMention(h - 1) && sentence.Is(h - 1, "the"))));
    }

    private static bool IsHeadConnector(ReadOnlySpan<char> word) =>
        word.Equals("of", StringComparison.OrdinalIgnoreCase)
        || word.Equals("for", StringComparison.OrdinalIgnoreCase)
        || word.Equals("against", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The last token of the name that starts at <paramref name="first"/> (after the connector): the end of the first
    /// model mention reached over capitalised words; -1 when a person mention, a lower-case word or the word limit comes first.
    /// With <paramref name="untypedTail"/> (a head mention before <c>to</c>: <c>The Committee to Protect Journalists said</c>,
    /// where the model typed only <c>The Committee</c>) a run of two capitalised words or more that reaches no mention
    /// ends the name at its last capitalised word.
    /// </summary>
    private static int NameEnd(in JoinSentence sentence, int first, bool untypedTail)
    {
        bool any = false;
        int words = 0;
        for (int j = first; j < sentence.Count && words < MaxNameWords; j++)
        {
            if (sentence.IsCapitalised(j))
            {
                if (sentence.StartsMention(j) && sentence.TypeAt(j) == EntityType.Person)
                {
                    return -1;
                }

                if (sentence.EndsMention(j))
                {
                    return j;
                }

                any = true;
                words++;
            }
            else if (!((any ? NameConnectors.IsInner(sentence.Word(j)) : sentence.Is(j, "the")) && j + 1 < sentence.Count && sentence.IsCapitalised(j + 1)))
            {
                return untypedTail && words >= 2 && sentence.TypeAt(j) is null ? j - 1 : -1;
            }
        }

        return untypedTail && words >= 2 && words < MaxNameWords ? sentence.Count - 1 : -1;
    }

    /// <summary>No word of four letters or more starts lower-case (a title-case headline).</summary>
    private static bool IsTitleCase(in JoinSentence sentence)
    {
        for (int i = 0; i < sentence.Count; i++)
        {
            ReadOnlySpan<char> w = sentence.Word(i);
            if (w.Length >= 4 && char.IsLower(w[0]))
            {
                return false;
            }
        }

        return true;
    }
}
