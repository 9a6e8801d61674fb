using Microsoft.Data.Sqlite;
using NewsNlp.Corpus.Model;
using NewsNlp.Corpus.Queries;
using NewsNlp.Corpus.Sqlite;
using NewsNlp.Documents;
using static NewsNlp.Corpus.Tests.Sqlite.TempCorpus;

namespace NewsNlp.Corpus.Tests.Sqlite;

public class SqliteCorpusIndexTests
{
    private static readonly (string, EntityType) Blair = ("Tony Blair", EntityType.Person);
    private static readonly (string, EntityType) Brown = ("Gordon Brown", EntityType.Person);

    [Fact]
    public async Task The_file_is_created_on_first_use_in_wal_mode_at_the_current_schema_version()
    {
        using var temp = new TempCorpus();
        Assert.False(File.Exists(temp.DbPath));
        using (SqliteCorpusIndex index = temp.Open())
        {
            Assert.Equal(AddOutcome.Added, await index.AddAsync(Article("a", Day(1, 1), [Blair], [0])));
        }

        using var connection = new SqliteConnection($"Data Source={temp.DbPath};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA user_version";
        Assert.Equal((long)CorpusSchema.CurrentVersion, command.ExecuteScalar());
        command.CommandText = "PRAGMA application_id";
        Assert.Equal((long)CorpusSchema.ApplicationId, command.ExecuteScalar());
    }

    [Fact]
    public async Task A_version_1_corpus_is_migrated_in_place_and_a_newer_one_refused()
    {
        using var temp = new TempCorpus();
        using (var connection = new SqliteConnection($"Data Source={temp.DbPath};Pooling=False"))
        {
            connection.Open();
            CorpusSchema.Migrate(connection, temp.DbPath, 1);
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO articles VALUES (1, 'old', 'hash', 100, NULL, 'Old story', NULL, NULL, 1704067200000, 0);
                INSERT INTO identities VALUES (1, 'PERSON:tony blair', 0, 'tony blair', 'blair', 0, 'Tony Blair', 1);
                INSERT INTO identities VALUES (2, 'PERSON:saddam hussein', 0, 'saddam hussein', 'hussein', 0, 'Saddam Hussein', 2);
                INSERT INTO article_entities VALUES (1, 0, 1, 'Tony Blair');
                INSERT INTO article_entities VALUES (1, 1, 2, 'Saddam Hussein');
                INSERT INTO mentions VALUES (1, 0, 0, 10);
                INSERT INTO mentions VALUES (1, 0, 40, 45);
                INSERT INTO speakers VALUES (1, 0, 1, 'Tony Blair', 0);
                INSERT INTO quotes VALUES (1, 1, 0, 1, 'Tony Blair', 0, 0, 'Saddam Hussein must go', 12, 34, 'said', NULL, 0.9, 1704067200000);
                INSERT INTO quote_about VALUES (1, 2);
                """;
            command.ExecuteNonQuery();
        }

        using (SqliteCorpusIndex index = temp.Open())
        {
            StoredQuote quote = Assert.Single(await index.GetQuotesAsync(new QuoteQuery { SpeakerId = 1 }));
            Assert.Equal(["Saddam Hussein"], quote.About);
            Assert.Equal("Tony Blair", (await index.FindSpeakersAsync("tony blair"))[0].Name);
        }

        Assert.Equal((long)CorpusSchema.CurrentVersion, Exec(temp.DbPath, "PRAGMA user_version"));
        Assert.Equal("0-10 40-45", Exec(temp.DbPath, "SELECT mention_spans FROM article_entities WHERE local_id = 0"));
        Assert.Equal(0L, Exec(temp.DbPath, "SELECT count(*) FROM sqlite_master WHERE name = 'mentions'"));

        Exec(temp.DbPath, "PRAGMA user_version = 99;");
        CorpusStoreException ex = Assert.Throws<CorpusStoreException>(() => temp.Open());
        Assert.Contains("newer NewsNlp", ex.Message, StringComparison.Ordinal);
    }

    private static object? Exec(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public async Task The_same_id_or_the_same_text_adds_nothing()
    {
        using var temp = new TempCorpus();
        using SqliteCorpusIndex index = temp.Open();
        CorpusArticle first = Article("a", Day(1, 1), [Blair], [0, 0]);
        Assert.Equal(AddOutcome.Added, await index.AddAsync(first));
        Assert.Equal(AddOutcome.DuplicateId, await index.AddAsync(first with { TextHash = CorpusArticleBuilder.TextHash("other text") }));
        Assert.Equal(AddOutcome.DuplicateText, await index.AddAsync(first with { Id = "b" }));

        IReadOnlyList<AddOutcome> batch = await index.AddManyAsync([Article("c", null, [Brown], [0]), Article("c", null, [Brown], [0]), first]);
        Assert.Equal([AddOutcome.Added, AddOutcome.DuplicateId, AddOutcome.DuplicateId], batch);

        CorpusSummary summary = await index.GetSummaryAsync();
        Assert.Equal(2, summary.Articles);
        Assert.Equal(3, summary.Quotes);
        Assert.True(await index.ContainsAsync("a"));
        Assert.False(await index.ContainsAsync("b"));
    }

    [Fact]
    public async Task A_stream_is_committed_every_n_articles_and_each_outcome_heard_once_durable()
    {
        using var temp = new TempCorpus();
        using SqliteCorpusIndex index = temp.Open();
        CorpusArticle[] articles =
        [
            Article("a", Day(1, 1), [Blair], [0]), Article("b", Day(1, 2), [Brown], [0]), Article("a", Day(1, 3), [Brown], [0]),
            Article("c", Day(1, 4), [Blair], [0], text: "text of a"), Article("d", Day(1, 5), [Blair, Brown], [0, 1]),
        ];
        var heard = new List<(string Id, AddOutcome Outcome, long Stored)>();

        // Each outcome is heard after its transaction committed: another connection already sees the article.
        await index.AddStreamAsync(Stream(articles), commitEvery: 2, (id, outcome) => heard.Add((id, outcome, Stored())));

        Assert.Equal(
            [("a", AddOutcome.Added, 2L), ("b", AddOutcome.Added, 2L), ("a", AddOutcome.DuplicateId, 2L), ("c", AddOutcome.DuplicateText, 2L), ("d", AddOutcome.Added, 3L)],
            heard);
        Assert.Equal(4, (await index.GetSummaryAsync()).Quotes);

        long Stored()
        {
            using var connection = new SqliteConnection($"Data Source={temp.DbPath};Pooling=False");
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles";
            return (long)command.ExecuteScalar()!;
        }

        static async IAsyncEnumerable<CorpusArticle> Stream(CorpusArticle[] articles)
        {
            foreach (CorpusArticle article in articles)
            {
                await Task.Yield();
                yield return article;
            }
        }
    }

    [Fact]
    public async Task An_interrupted_run_resumes_without_duplicates_or_losses()
    {
        using var temp = new TempCorpus();
        CorpusArticle[] all = [.. Enumerable.Range(0, 30).Select(i => Article($"n{i}", Day(2, 1 + (i % 28)), [Blair, Brown], [0, 1, i % 2]))];
        using (SqliteCorpusIndex index = temp.Open())
        {
            await index.AddManyAsync(all[..10]);
            // The second batch is cancelled half-way: its transaction rolls back, nothing of it is stored.
            using var cancel = new CancellationTokenSource();
            var slow = new CancelAfter(all[10..20], 5, cancel);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.AddManyAsync(slow, cancel.Token));
            Assert.Equal(10, (await index.GetSummaryAsync()).Articles);
        }

        using (SqliteCorpusIndex index = temp.Open())
        {
            // The rerun adds everything again: the stored ten are skipped, the rest stored once.
            IReadOnlyList<AddOutcome> outcomes = await index.AddManyAsync(all);
            Assert.Equal(10, outcomes.Count(o => o == AddOutcome.DuplicateId));
            CorpusSummary summary = await index.GetSummaryAsync();
            Assert.Equal(30, summary.Articles);
            Assert.Equal(90, summary.Quotes);
            Assert.Equal(2, summary.Speakers);
        }
    }

    [Fact]
    public async Task A_batch_rolled_back_in_a_session_leaves_the_next_batch_whole()
    {
        using var temp = new TempCorpus();
        CorpusArticle[] all = [.. Enumerable.Range(0, 12).Select(i => Article($"r{i}", Day(3, 1 + i), [Blair, Brown], [0, 1]))];
        using SqliteCorpusIndex index = temp.Open();
        await index.AddManyAsync(all[..4]);
        using (var cancel = new CancellationTokenSource())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.AddManyAsync(new CancelAfter(all[4..8], 2, cancel), cancel.Token));
        }

        // Same writer, same compiled statements: the numbering continues after what is stored, not after what rolled back.
        Assert.All(await index.AddManyAsync(all[4..]), o => Assert.Equal(AddOutcome.Added, o));
        CorpusSummary summary = await index.GetSummaryAsync();
        Assert.Equal(12, summary.Articles);
        Assert.Equal(24, summary.Quotes);
        SpeakerMatch blair = (await index.FindSpeakersAsync("Blair"))[0];
        IReadOnlyList<StoredQuote> quotes = await index.GetQuotesAsync(new QuoteQuery { SpeakerId = blair.SpeakerId, Limit = 100 });
        Assert.Equal(all.Select(a => a.Id).Order(StringComparer.Ordinal), quotes.Select(q => q.ArticleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_file_is_a_clear_error_when_it_must_exist()
    {
        using var temp = new TempCorpus();
        CorpusStoreException ex = Assert.Throws<CorpusStoreException>(() => temp.Open(create: false));
        Assert.Contains("no corpus at", ex.Message, StringComparison.Ordinal);
        Assert.Contains("newsnlp index", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.DbPath));
    }

    [Fact]
    public void A_corrupt_file_is_a_clear_error_and_is_left_alone()
    {
        using var temp = new TempCorpus();
        File.WriteAllText(temp.DbPath, "this is not a database, just text that happens to be here\n");
        CorpusStoreException ex = Assert.Throws<CorpusStoreException>(() => temp.Open());
        Assert.Contains("not an SQLite database", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("this is not", File.ReadAllText(temp.DbPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corpus_with_damaged_pages_is_a_clear_error()
    {
        using var temp = new TempCorpus();
        using (SqliteCorpusIndex index = temp.Open())
        {
            await index.AddManyAsync([.. Enumerable.Range(0, 50).Select(i => Article($"d{i}", Day(3, 1), [Blair], [0, 0, 0]))]);
        }

        // Keep the header, overwrite every page after the first with garbage.
        byte[] bytes = File.ReadAllBytes(temp.DbPath);
        for (int i = 4096; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        File.WriteAllBytes(temp.DbPath, bytes);
        await Assert.ThrowsAsync<CorpusStoreException>(async () =>
        {
            using SqliteCorpusIndex index = temp.Open();
            await index.GetSummaryAsync();
        });
    }

    [Fact]
    public async Task Another_sqlite_database_is_not_taken_for_a_corpus()
    {
        using var temp = new TempCorpus();
        using (var connection = new SqliteConnection($"Data Source={temp.DbPath};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY)";
            await command.ExecuteNonQueryAsync();
        }

        CorpusStoreException ex = Assert.Throws<CorpusStoreException>(() => temp.Open());
        Assert.Contains("not a NewsNlp corpus", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_deleted_while_in_use_is_reported_not_silently_recreated()
    {
        using var temp = new TempCorpus();
        using SqliteCorpusIndex index = temp.Open();
        await index.AddAsync(Article("a", Day(1, 1), [Blair], [0]));
        File.Delete(temp.DbPath);
        CorpusStoreException write = await Assert.ThrowsAsync<CorpusStoreException>(() => index.AddAsync(Article("b", Day(1, 2), [Blair], [0])));
        Assert.Contains("deleted", write.Message, StringComparison.Ordinal);
        CorpusStoreException read = await Assert.ThrowsAsync<CorpusStoreException>(() => index.GetSummaryAsync());
        Assert.Contains("no longer exists", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_by_speaker_date_entity_and_timeline()
    {
        using var temp = new TempCorpus();
        using SqliteCorpusIndex index = temp.Open();
        await index.AddManyAsync(
        [
            Article("a1", Day(1, 10), [Blair, Brown], [0, 0, 1], about: ["Saddam Hussein"]),
            Article("a2", Day(1, 11), [("Mr. Tony Blair", EntityType.Person)], [0], about: ["Saddam Hussein"]),
            Article("a3", Day(2, 20), [Brown], [0, 0, 0]),
            Article("a4", null, [Blair], [0]),
        ]);

        SpeakerMatch blair = (await index.FindSpeakersAsync("blair"))[0];
        Assert.Equal("Tony Blair", blair.Name);
        Assert.Equal(4, blair.Quotes);
        Assert.Equal(3, blair.Articles);
        Assert.Equal(blair.SpeakerId, (await index.FindSpeakersAsync("Tony Blare"))[0].SpeakerId);      // a typo
        Assert.Equal(blair.SpeakerId, (await index.FindSpeakersAsync("PRIME MINISTER TONY BLAIR"))[0].SpeakerId);
        Assert.Empty(await index.FindSpeakersAsync("Saddam Hussein"));                                   // talked about, never quoted

        IReadOnlyList<StoredQuote> quotes = await index.GetQuotesAsync(new QuoteQuery { SpeakerId = blair.SpeakerId });
        Assert.Equal(["a2", "a1", "a1", "a4"], quotes.Select(q => q.ArticleId));                         // newest first, undated last
        Assert.Equal(["Saddam Hussein"], quotes[0].About);
        Assert.Equal(2, (await index.GetQuotesAsync(new QuoteQuery { SpeakerId = blair.SpeakerId, Range = new DateRange(Day(1, 10), Day(1, 10)) })).Count);

        IReadOnlyList<SpeakerCount> january = await index.GetTopSpeakersAsync(new DateRange(Day(1, 1), Day(1, 31)));
        Assert.Equal([("Tony Blair", 3L), ("Gordon Brown", 1L)], january.Select(s => (s.Name, s.Quotes)));
        IReadOnlyList<SpeakerCount> all = await index.GetTopSpeakersAsync(DateRange.All);
        Assert.Equal([("Tony Blair", 4L, 3L), ("Gordon Brown", 4L, 2L)], all.Select(s => (s.Name, s.Quotes, s.Articles)));     // ties: more articles first

        EntityMatch saddam = (await index.FindEntitiesAsync("hussein"))[0];
        Assert.Equal("Saddam Hussein", saddam.Name);
        IReadOnlyList<SpeakerCount> about = await index.GetWhoTalksAboutAsync(saddam.EntityId, DateRange.All);
        Assert.Equal([("Tony Blair", 2L)], about.Select(s => (s.Name, s.Quotes)));
        Assert.Equal("Saddam Hussein", (await index.GetTopSubjectsAsync(DateRange.All))[0].Name);

        IReadOnlyList<TimelinePoint> months = await index.GetTimelineAsync(blair.SpeakerId, TimelineInterval.Month, DateRange.All);
        Assert.Equal([(new DateOnly(2024, 1, 1), 3L)], months.Select(p => (p.PeriodStart, p.Quotes)));
        IReadOnlyList<TimelinePoint> weeks = await index.GetTimelineAsync(blair.SpeakerId, TimelineInterval.Week, DateRange.All);
        Assert.Equal([new DateOnly(2024, 1, 8)], weeks.Select(p => p.PeriodStart));                       // Wed 10 and Thu 11 Jan: the week of Monday 8
    }

    /// <summary>A list that cancels its token when the given element is read, as Ctrl+C half-way through a batch would.</summary>
    private sealed class CancelAfter(CorpusArticle[] items, int at, CancellationTokenSource cancel) : IReadOnlyList<CorpusArticle>
    {
        public CorpusArticle this[int index]
        {
            get
            {
                if (index == at)
                {
                    cancel.Cancel();
                }

                return items[index];
            }
        }

        public int Count => items.Length;

        public IEnumerator<CorpusArticle> GetEnumerator() => ((IEnumerable<CorpusArticle>)items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
