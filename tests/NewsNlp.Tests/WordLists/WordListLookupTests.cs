using NewsNlp.WordLists;

namespace NewsNlp.Tests.WordLists;

/// <summary><see cref="WordList.Lookup()"/>: the entries (or those of one tag) as a case-insensitive set read by span.</summary>
public sealed class WordListLookupTests
{
    private static readonly WordList List = WordList.Parse("test-nouns", "# invented\nchancellor +title\ndealer\nfull-back +title\n");

    [Fact]
    public void Every_entry_is_found_in_any_case_and_nothing_else()
    {
        var all = List.Lookup();
        Assert.True(all.Contains("dealer".AsSpan()));
        Assert.True(all.Contains("Chancellor".AsSpan()));
        Assert.True(all.Contains("FULL-BACK".AsSpan()));
        Assert.True(all.Contains("the dealer said".AsSpan(4, 6)));
        Assert.False(all.Contains("dealers".AsSpan()));
        Assert.False(all.Contains("title".AsSpan()));
    }

    [Fact]
    public void A_tag_lookup_holds_only_the_entries_with_that_tag()
    {
        var titles = List.Lookup("title");
        Assert.True(titles.Contains("chancellor".AsSpan()));
        Assert.True(titles.Contains("Full-Back".AsSpan()));
        Assert.False(titles.Contains("dealer".AsSpan()));
        Assert.False(List.Lookup("role").Contains("dealer".AsSpan()));
    }
}
