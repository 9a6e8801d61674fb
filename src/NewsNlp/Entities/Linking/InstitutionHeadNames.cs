namespace NewsNlp.Entities.Linking;

/// <summary>
/// An institution named by its head word alone after its full name (<c>the African Development Bank</c> … <c>the
/// Bank</c>, <c>the Bank's board</c>; <c>the European Commission</c> … <c>the Commission</c>; <c>the London Stock
/// Exchange</c> … <c>the Exchange</c>): an organisation mention whose name is a listed head word, with or without
/// <c>the</c>, joins the organisation cluster whose canonical name has two words or more and ends in that word; of
/// several, the one mentioned most so far (the story's subject, not one named in passing: "similar lines as the World
/// Bank"), then the first. Names are the linker's lower-cased name tokens.
/// </summary>
internal static class InstitutionHeadNames
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "bank", "fund", "commission", "council", "court", "committee", "exchange", "board", "authority", "agency", "union",
        "ministry", "department", "institute", "university", "organisation", "organization", "association", "federation",
        "assembly", "parliament", "congress", "party", "corporation", "foundation", "bureau", "tribunal", "senate",
    };

    /// <summary>The head word when <paramref name="tokens"/> is a listed head word alone or after <c>the</c>; otherwise null.</summary>
    public static string? HeadAlone(string[] tokens) => tokens switch
    {
        [string head] when Heads.Contains(head) => head,
        ["the", string head] when Heads.Contains(head) => head,
        _ => null,
    };
}
