using NewsNlp.Documents;
using NewsNlp.Stance;
using Orleans;

namespace NewsNlp.Orleans.Grains;

/// <summary>One quote of a speaker, as the speaker grain keeps it.</summary>
[GenerateSerializer]
[Immutable]
public sealed record SpeakerQuote(
    [property: Id(0)] string ArticleId,
    [property: Id(1)] int QuoteId,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset? Published);

/// <summary>One stance of a speaker toward a claim, from one article.</summary>
[GenerateSerializer]
[Immutable]
public sealed record SpeakerStance([property: Id(0)] string Target, [property: Id(1)] StanceLabel Label);

/// <summary>What a speaker grain holds, summed: quotes, articles, and stance labels per claim.</summary>
[GenerateSerializer]
public sealed record SpeakerTally(
    [property: Id(0)] int Quotes,
    [property: Id(1)] int Articles,
    [property: Id(2)] IReadOnlyDictionary<string, IReadOnlyDictionary<StanceLabel, int>> Stances);

/// <summary>
/// What some of a speaker's articles hold, summed (<see cref="SpeakerState.PagedTotal"/>: its pages), so the speaker's
/// tally is answered without reading its pages.
/// </summary>
/// <param name="Quotes">Quotes of the articles.</param>
/// <param name="Articles">Articles with at least one quote.</param>
/// <param name="Stances">Stance labels per claim, ordered by claim then label.</param>
[GenerateSerializer]
[Immutable]
public sealed record PageTally(
    [property: Id(0)] int Quotes,
    [property: Id(1)] int Articles,
    [property: Id(2)] StanceCount[] Stances)
{
    /// <summary>No article.</summary>
    public static PageTally Empty { get; } = new(0, 0, []);

    /// <summary>Sums <paramref name="articles"/>.</summary>
    public static PageTally Of(IEnumerable<SpeakerArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        int quotes = 0, quoted = 0;
        var stances = new List<StanceCount>();
        foreach (SpeakerArticle article in articles)
        {
            quotes += article.Quotes.Length;
            quoted += article.Quotes.Length > 0 ? 1 : 0;
            stances.AddRange(article.Stances.Select(stance => new StanceCount(stance.Target, stance.Label, 1)));
        }

        return Summed(quotes, quoted, stances);
    }

    /// <summary>Sums this and <paramref name="other"/>.</summary>
    public PageTally Add(PageTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Summed(Quotes + other.Quotes, Articles + other.Articles, Stances.Concat(other.Stances));
    }

    /// <summary>The tally with <paramref name="counts"/> added up per claim and label, ordered by claim then label.</summary>
    private static PageTally Summed(int quotes, int articles, IEnumerable<StanceCount> counts)
    {
        var sums = new SortedDictionary<(string Target, StanceLabel Label), int>(StanceKeyComparer.Instance);
        foreach (StanceCount count in counts)
        {
            sums[(count.Target, count.Label)] = sums.GetValueOrDefault((count.Target, count.Label)) + count.Count;
        }

        return new PageTally(quotes, articles, [.. sums.Select(c => new StanceCount(c.Key.Target, c.Key.Label, c.Value))]);
    }

    private sealed class StanceKeyComparer : IComparer<(string Target, StanceLabel Label)>
    {
        public static readonly StanceKeyComparer Instance = new();

        public int Compare((string Target, StanceLabel Label) x, (string Target, StanceLabel Label) y)
        {
            int byTarget = string.CompareOrdinal(x.Target, y.Target);
            return byTarget != 0 ? byTarget : x.Label.CompareTo(y.Label);
        }
    }
}

/// <summary>How many of a page's articles gave one stance label toward one claim.</summary>
[GenerateSerializer]
[Immutable]
public sealed record StanceCount([property: Id(0)] string Target, [property: Id(1)] StanceLabel Label, [property: Id(2)] int Count);

/// <summary>Persisted state of an article grain (the article as JSON, so any grain storage serializer can hold it).</summary>
[GenerateSerializer]
public sealed class ArticleState
{
    /// <summary>The article (System.Text.Json), or null while nothing is stored.</summary>
    [Id(0)]
    public string? ArticleJson { get; set; }

    /// <summary>True once the speaker grains and the query view have the article.</summary>
    [Id(1)]
    public bool Published { get; set; }

    /// <summary>The add operation that stored the article (its retries are told it was added).</summary>
    [Id(2)]
    public Guid AddedBy { get; set; }
}

/// <summary>Persisted state of a text-hash grain.</summary>
[GenerateSerializer]
public sealed class TextHashState
{
    /// <summary>The article id that owns the text.</summary>
    [Id(0)]
    public string? Owner { get; set; }
}

/// <summary>The quotes and stances of one speaker in one article (one entry of a speaker grain's state or pages).</summary>
[GenerateSerializer]
[Immutable]
public sealed record SpeakerArticle(
    [property: Id(0)] string ArticleId,
    [property: Id(1)] SpeakerQuote[] Quotes,
    [property: Id(2)] SpeakerStance[] Stances)
{
    /// <summary>True when <paramref name="other"/> holds the same article, quotes and stances.</summary>
    public bool SameAs(SpeakerArticle other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(ArticleId, other.ArticleId, StringComparison.Ordinal)
            && Quotes.AsSpan().SequenceEqual(other.Quotes)
            && Stances.AsSpan().SequenceEqual(other.Stances);
    }
}

/// <summary>
/// Persisted state of a speaker grain: the articles that quoted them most recently (fewer than a page); every full
/// page of articles moves to a <see cref="ISpeakerPageGrain"/> written once, so writing this state costs the same
/// however many quotes the speaker has.
/// </summary>
[GenerateSerializer]
public sealed class SpeakerState
{
    /// <summary>Quotes by article id, as states saved before paging held them (moved to <see cref="Recent"/> when read).</summary>
    [Id(0)]
    public Dictionary<string, SpeakerQuote[]> Quotes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Stances by article id, as states saved before paging held them (moved to <see cref="Recent"/> when read).</summary>
    [Id(1)]
    public Dictionary<string, SpeakerStance[]> Stances { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The articles not yet in a page, in the order they arrived.</summary>
    [Id(2)]
    public List<SpeakerArticle> Recent { get; set; } = [];

    /// <summary>Full pages written so far (pages 0 to <c>Pages - 1</c>).</summary>
    [Id(3)]
    public int Pages { get; set; }

    /// <summary>
    /// The sums of pages 0 to <c>CountedPages - 1</c>, written with the state that counts each new page, so the tally
    /// reads no page.
    /// </summary>
    [Id(4)]
    public PageTally PagedTotal { get; set; } = PageTally.Empty;

    /// <summary>
    /// Pages summed in <see cref="PagedTotal"/>. Fewer than <see cref="Pages"/> in a state saved before the sums were
    /// kept, and 0 after an article in a page was replaced (the state is written before the page, so a failure between
    /// the two cannot leave a wrong sum): the next tally reads the pages not summed, once.
    /// </summary>
    [Id(5)]
    public int CountedPages { get; set; }
}

/// <summary>Persisted state of one page of a speaker's articles.</summary>
[GenerateSerializer]
public sealed class SpeakerPageState : IPageState<SpeakerArticle>
{
    /// <summary>The page's articles, in the order they arrived.</summary>
    [Id(0)]
    public SpeakerArticle[] Articles { get; set; } = [];

    SpeakerArticle[] IPageState<SpeakerArticle>.Items { get => Articles; set => Articles = value; }
}

/// <summary>
/// Persisted state of the query view: the ids of the articles it holds, to rebuild it on another silo. Ids arrive in
/// the tail; every full page of them (1,024 ids) moves to a page grain of their own, so a write
/// of this state costs the same whatever the size of the corpus.
/// </summary>
[GenerateSerializer]
public sealed class CorpusViewState
{
    /// <summary>Published article ids not yet in a page, in the order they arrived.</summary>
    [Id(0)]
    public List<string> ArticleIds { get; set; } = [];

    /// <summary>Full pages of ids written so far (pages 0 to <c>Pages - 1</c>).</summary>
    [Id(1)]
    public int Pages { get; set; }
}

/// <summary>Persisted state of one page of the query view's article ids.</summary>
[GenerateSerializer]
public sealed class CorpusViewPageState : IPageState<string>
{
    /// <summary>The page's ids, in the order they arrived.</summary>
    [Id(0)]
    public string[] ArticleIds { get; set; } = [];

    string[] IPageState<string>.Items { get => ArticleIds; set => ArticleIds = value; }
}
