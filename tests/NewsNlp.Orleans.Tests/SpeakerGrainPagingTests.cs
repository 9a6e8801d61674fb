using System.Globalization;
using NewsNlp.Orleans.Grains;
using NewsNlp.Stance;
using Orleans;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace NewsNlp.Orleans.Tests;

/// <summary>
/// A prolific speaker: what each added article writes stays the same however many articles the speaker already has
/// (the grain once rewrote its whole history per article), and paging loses, repeats and double-counts nothing.
/// </summary>
[Collection(nameof(ClusterTests))]
public sealed class SpeakerGrainPagingTests
{
    private const int Articles = 160;
    private const int QuotesPerArticle = 3;
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task What_an_added_article_writes_does_not_grow_with_the_speakers_history()
    {
        await using TestClusterScope cluster = await TestClusterScope.StartAsync<MeteredSpeakerSilo>(1);
        ProcessGrainStorage storage = MeteredSpeakerSilo.Storage;
        ISpeakerGrain speaker = cluster.Cluster.Client.GetGrain<ISpeakerGrain>("person:prolific speaker");
        var written = new long[Articles];
        for (int i = 0; i < Articles; i++)
        {
            long before = storage.CharactersWritten;
            await speaker.AddArticleAsync(Id(i), Quotes(i, QuotesPerArticle), Stances(i), republish: false);
            written[i] = storage.CharactersWritten - before;
        }

        // Each add writes the recent articles (fewer than a page) and, when they fill one, that page: the most an add
        // wrote among the last articles is what it wrote among the first two pages (the old grain: ~20 times more).
        long early = written.Take(2 * MeteredSpeakerSilo.ArticlesPerPage).Max();
        long late = written.Skip(Articles - 2 * MeteredSpeakerSilo.ArticlesPerPage).Max();
        Assert.True(late <= early * 1.05, $"an add wrote {early} characters at first, {late} after {Articles} articles");
        long firstHalf = written.Take(Articles / 2).Sum();
        long secondHalf = written.Skip(Articles / 2).Sum();
        Assert.True(secondHalf <= firstHalf * 1.05, $"the first {Articles / 2} adds wrote {firstHalf} characters, the next {secondHalf}");

        SpeakerQuote[] quotes = await speaker.GetQuotesAsync();
        Assert.Equal(Articles * QuotesPerArticle, quotes.Length);
        Assert.Equal(quotes.Length, quotes.Select(q => (q.ArticleId, q.QuoteId)).Distinct().Count());
        Assert.Equal(Id(Articles - 1), quotes[0].ArticleId);
        Assert.Equal(Id(0), quotes[^1].ArticleId);
        SpeakerTally tally = await speaker.GetTallyAsync();
        Assert.Equal((Articles * QuotesPerArticle, Articles), (tally.Quotes, tally.Articles));
        Assert.Equal(Articles / 2, tally.Stances["the claim"][StanceLabel.Agree]);

        // The same article again (a retried publish) writes nothing, from a page or from the recent list.
        int writes = storage.Writes;
        await speaker.AddArticleAsync(Id(5), Quotes(5, QuotesPerArticle), Stances(5), republish: true);
        await speaker.AddArticleAsync(Id(Articles - 1), Quotes(Articles - 1, QuotesPerArticle), Stances(Articles - 1), republish: true);
        Assert.Equal(writes, storage.Writes);

        // Another version of an article replaces its entry (one page rewritten, after the state that drops the pages'
        // sums), never adds to it; the next tally sums the pages again and keeps the sums (one more state write).
        await speaker.AddArticleAsync(Id(5), Quotes(5, 1), [], republish: true);
        Assert.Equal(writes + 2, storage.Writes);
        tally = await speaker.GetTallyAsync();
        Assert.Equal(writes + 3, storage.Writes);
        Assert.Equal((Articles * QuotesPerArticle - 2, Articles), (tally.Quotes, tally.Articles));
        Assert.Equal((Articles / 2, Articles / 2 - 1), (tally.Stances["the claim"][StanceLabel.Agree], tally.Stances["the claim"][StanceLabel.Disagree]));

        // A new activation finds a republished article in its pages (it still counts once); a new one is added.
        await DeactivateAllAsync(cluster);
        await speaker.AddArticleAsync(Id(6), Quotes(6, QuotesPerArticle), Stances(6), republish: true);
        Assert.Equal(writes + 3, storage.Writes);
        await speaker.AddArticleAsync(Id(Articles), Quotes(Articles, QuotesPerArticle), Stances(Articles), republish: false);
        tally = await speaker.GetTallyAsync();
        Assert.Equal(((Articles + 1) * QuotesPerArticle - 2, Articles + 1), (tally.Quotes, tally.Articles));
    }

    [Fact]
    public async Task An_activation_a_new_article_and_the_tally_read_no_page_and_the_quotes_query_reads_them_all()
    {
        // The grain once read every page of the speaker's history on activation, so the first add after a speaker grain
        // was collected read the whole history (for a head of state, thousands of articles) to append one.
        await using TestClusterScope cluster = await TestClusterScope.StartAsync<MeteredSpeakerSilo>(1);
        ProcessGrainStorage storage = MeteredSpeakerSilo.Storage;
        ISpeakerGrain speaker = cluster.Cluster.Client.GetGrain<ISpeakerGrain>("person:speaker read lazily");
        const int articles = 10 * MeteredSpeakerSilo.ArticlesPerPage;
        for (int i = 0; i < articles; i++)
        {
            await speaker.AddArticleAsync(Id(i), Quotes(i, 1), [], republish: false);
        }

        await DeactivateAllAsync(cluster);
        int pageReads = storage.ReadsOf("speakerpage");
        await speaker.AddArticleAsync(Id(articles), Quotes(articles, 1), [], republish: false);
        Assert.Equal(pageReads, storage.ReadsOf("speakerpage"));

        // A republished article from the newest page reads only that page (its grain was collected, so it is read again).
        await DeactivateAllAsync(cluster);
        pageReads = storage.ReadsOf("speakerpage");
        await speaker.AddArticleAsync(Id(articles - 1), Quotes(articles - 1, 1), [], republish: true);
        Assert.Equal(pageReads + 1, storage.ReadsOf("speakerpage"));

        // The tally adds the sums the state keeps per page: no page is read (it once read the speaker's whole history).
        await DeactivateAllAsync(cluster);
        pageReads = storage.ReadsOf("speakerpage");
        SpeakerTally tally = await speaker.GetTallyAsync();
        Assert.Equal((articles + 1, articles + 1), (tally.Quotes, tally.Articles));
        Assert.Equal(pageReads, storage.ReadsOf("speakerpage"));

        // The quotes of the speaker are on every page.
        Assert.Equal(articles + 1, (await speaker.GetQuotesAsync()).Length);
        Assert.Equal(pageReads + 10, storage.ReadsOf("speakerpage"));

        // The pages are stored in the shape they always had (the page grains now share one base class).
        Assert.All(storage.Records("speakerpage"), json => Assert.StartsWith("{\"Articles\":[", json, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_speaker_state_saved_before_paging_is_read_and_paged()
    {
        await using TestClusterScope cluster = await TestClusterScope.StartAsync<MeteredSpeakerSilo>(1);
        ISpeakerGrain speaker = cluster.Cluster.Client.GetGrain<ISpeakerGrain>("person:saved before paging");
        await speaker.AddArticleAsync(Id(0), Quotes(0, 1), [], republish: false);
        await DeactivateAllAsync(cluster);

        // The old shape: every article of the speaker in two dictionaries, quotes and stances by article id.
        var old = new
        {
            Quotes = Enumerable.Range(0, 6).ToDictionary(Id, i => Quotes(i, 2)),
            Stances = Enumerable.Range(0, 6).ToDictionary(Id, Stances),
        };
        MeteredSpeakerSilo.Storage.Replace("speaker", "saved before paging", System.Text.Json.JsonSerializer.Serialize(old));

        SpeakerTally tally = await speaker.GetTallyAsync();
        Assert.Equal((12, 6), (tally.Quotes, tally.Articles));
        await speaker.AddArticleAsync(Id(3), Quotes(3, 2), Stances(3), republish: true);
        await speaker.AddArticleAsync(Id(6), Quotes(6, 2), Stances(6), republish: false);
        tally = await speaker.GetTallyAsync();
        Assert.Equal((14, 7), (tally.Quotes, tally.Articles));
        Assert.Equal(14, (await speaker.GetQuotesAsync()).Length);
    }

    [Fact]
    public async Task A_speaker_state_saved_without_page_sums_reads_its_pages_once_and_counts_right()
    {
        await using TestClusterScope cluster = await TestClusterScope.StartAsync<MeteredSpeakerSilo>(1);
        ProcessGrainStorage storage = MeteredSpeakerSilo.Storage;
        ISpeakerGrain speaker = cluster.Cluster.Client.GetGrain<ISpeakerGrain>("person:saved without sums");
        const int articles = 3 * MeteredSpeakerSilo.ArticlesPerPage + 1;
        for (int i = 0; i < articles; i++)
        {
            await speaker.AddArticleAsync(Id(i), Quotes(i, 2), Stances(i), republish: false);
        }

        await DeactivateAllAsync(cluster);

        // The state as the previous version wrote it: pages counted, no sums.
        string json = storage.Record("speaker", "saved without sums");
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        Assert.Equal(3, (int)node["CountedPages"]!);
        node.Remove("CountedPages");
        node.Remove("PagedTotal");
        storage.Replace("speaker", "saved without sums", node.ToJsonString());

        int pageReads = storage.ReadsOf("speakerpage");
        SpeakerTally tally = await speaker.GetTallyAsync();
        Assert.Equal((2 * articles, articles), (tally.Quotes, tally.Articles));
        Assert.Equal((articles / 2 + 1, articles / 2), (tally.Stances["the claim"][StanceLabel.Agree], tally.Stances["the claim"][StanceLabel.Disagree]));
        Assert.Equal(pageReads + 3, storage.ReadsOf("speakerpage"));

        // The sums are kept from then on: another activation's tally reads no page, and a replaced article counts once.
        await DeactivateAllAsync(cluster);
        pageReads = storage.ReadsOf("speakerpage");
        Assert.Equal(2 * articles, (await speaker.GetTallyAsync()).Quotes);
        Assert.Equal(pageReads, storage.ReadsOf("speakerpage"));
        await speaker.AddArticleAsync(Id(1), Quotes(1, 5), [], republish: true);
        tally = await speaker.GetTallyAsync();
        Assert.Equal((2 * articles + 3, articles), (tally.Quotes, tally.Articles));
        Assert.Equal(articles / 2 - 1, tally.Stances["the claim"][StanceLabel.Disagree]);
    }

    [Fact]
    public async Task A_failed_page_write_while_an_article_is_replaced_leaves_a_right_tally()
    {
        await using TestClusterScope cluster = await TestClusterScope.StartAsync<MeteredSpeakerSilo>(1);
        ProcessGrainStorage storage = MeteredSpeakerSilo.Storage;
        ISpeakerGrain speaker = cluster.Cluster.Client.GetGrain<ISpeakerGrain>("person:replaced while failing");
        const int articles = 2 * MeteredSpeakerSilo.ArticlesPerPage;
        for (int i = 0; i < articles; i++)
        {
            await speaker.AddArticleAsync(Id(i), Quotes(i, 2), Stances(i), republish: false);
        }

        Assert.Equal(2 * articles, (await speaker.GetTallyAsync()).Quotes);

        // A new version of article 1 (in page 0): the page write fails after the state was written.
        storage.FailNextWriteOf("speakerpage");
        await Assert.ThrowsAnyAsync<Exception>(() => speaker.AddArticleAsync(Id(1), Quotes(1, 5), [], republish: true));
        SpeakerTally tally = await speaker.GetTallyAsync();
        Assert.Equal((2 * articles, articles), (tally.Quotes, tally.Articles));
        Assert.Equal(articles / 2, tally.Stances["the claim"][StanceLabel.Disagree]);

        // The retried publish lands, and counts once.
        await speaker.AddArticleAsync(Id(1), Quotes(1, 5), [], republish: true);
        tally = await speaker.GetTallyAsync();
        Assert.Equal((2 * articles + 3, articles), (tally.Quotes, tally.Articles));
        Assert.Equal(articles / 2 - 1, tally.Stances["the claim"][StanceLabel.Disagree]);

        // ...and is stored: another activation reads the new version from the page.
        await DeactivateAllAsync(cluster);
        Assert.Equal(2 * articles + 3, (await speaker.GetQuotesAsync()).Length);
        Assert.Equal(2 * articles + 3, (await speaker.GetTallyAsync()).Quotes);
    }

    private static async Task DeactivateAllAsync(TestClusterScope cluster) =>
        await cluster.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    private static string Id(int i) => "article-" + i.ToString("D4", CultureInfo.InvariantCulture);

    private static SpeakerQuote[] Quotes(int article, int count) =>
        [.. Enumerable.Range(0, count).Select(q => new SpeakerQuote(Id(article), q, $"We will finish the work on quote {q} of this article, the speaker said.", Start.AddDays(article)))];

    private static SpeakerStance[] Stances(int article) =>
        [new SpeakerStance("the claim", article % 2 == 0 ? StanceLabel.Agree : StanceLabel.Disagree)];
}
