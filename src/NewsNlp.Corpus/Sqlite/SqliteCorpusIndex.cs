using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using NewsNlp.Corpus.Identity;
using NewsNlp.Corpus.Model;
using NewsNlp.Corpus.Queries;
using NewsNlp.Documents;

namespace NewsNlp.Corpus.Sqlite;

/// <summary>
/// <see cref="ICorpusIndex"/> in one SQLite file (Microsoft.Data.Sqlite): created on first use, schema versioned with
/// migrations (<c>PRAGMA user_version</c>), WAL journal (queries run while a batch is written), one transaction per
/// <see cref="AddManyAsync"/> batch (or per <c>commitEvery</c> articles of <see cref="AddStreamAsync"/>). Articles are unique by id and by text hash, so a rerun of an interrupted index run
/// adds exactly what is missing. A missing (when it must exist), foreign, corrupt or deleted file is a
/// <see cref="CorpusStoreException"/> naming the file.
/// </summary>
/// <remarks>Thread-safe: writes are serialised on one connection; each query uses its own pooled connection.</remarks>
public sealed partial class SqliteCorpusIndex : ICorpusIndex, IDisposable, IAsyncDisposable
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private readonly string _readConnectionString;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private ArticleWriter? _articles;
    private bool _disposed;

    private SqliteCorpusIndex(string path, SqliteConnection writer, string readConnectionString)
    {
        Path = path;
        _writer = writer;
        _readConnectionString = readConnectionString;
    }

    /// <summary>The corpus file.</summary>
    public string Path { get; }

    /// <summary>Opens (or with <see cref="SqliteCorpusOptions.CreateIfMissing"/> creates) the corpus at <paramref name="path"/>.</summary>
    /// <exception cref="CorpusStoreException">Missing when it must exist, not a NewsNlp corpus, corrupt, or newer than this code.</exception>
    public static SqliteCorpusIndex Open(string path, SqliteCorpusOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new SqliteCorpusOptions();
        string full = System.IO.Path.GetFullPath(path);
        bool exists = File.Exists(full);
        if (!exists && !options.CreateIfMissing)
        {
            throw new CorpusStoreException($"no corpus at '{path}': the file does not exist (create it with 'newsnlp index INPUT --db {path}').");
        }

        if (exists)
        {
            CheckHeader(full, path);
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 };
        var writer = new SqliteConnection(builder.ToString());
        try
        {
            writer.Open();
            Execute(writer, $"PRAGMA journal_mode = WAL; PRAGMA synchronous = {(options.DurableCommits ? "FULL" : "NORMAL")}; PRAGMA busy_timeout = 30000; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000; PRAGMA wal_autocheckpoint = 8000;");
            CorpusSchema.Migrate(writer, path);
        }
        catch (SqliteException ex)
        {
            writer.Dispose();
            throw Describe(ex, path);
        }
        catch
        {
            writer.Dispose();
            throw;
        }

        builder.Mode = SqliteOpenMode.ReadWrite;
        return new SqliteCorpusIndex(path, writer, builder.ToString());
    }

    /// <inheritdoc />
    public async Task<AddOutcome> AddAsync(CorpusArticle article, CancellationToken cancellationToken = default) =>
        (await AddManyAsync([article], cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc />
    public async Task<IReadOnlyList<AddOutcome>> AddManyAsync(IReadOnlyList<CorpusArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var outcomes = new AddOutcome[articles.Count];
        await InTransactionAsync(writer =>
        {
            for (int i = 0; i < articles.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes[i] = writer.Write(articles[i]);
            }

            return ValueTask.FromResult(articles.Count);
        }, cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Each article is inserted as it arrives, inside a transaction committed every <paramref name="commitEvery"/>
    /// articles (and when the sequence ends), so an article lives only until its insertion while commits stay as rare as
    /// with <see cref="AddManyAsync"/> batches of that size. The write lock is held from a transaction's first article to
    /// its commit (queries, on their own connections, are not blocked); the wait for the first article of the next
    /// transaction is made outside it.
    /// </remarks>
    public async Task AddStreamAsync(IAsyncEnumerable<CorpusArticle> articles, int commitEvery, Action<string, AddOutcome>? onStored = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(commitEvery, 1);
        var written = new List<(string Id, AddOutcome Outcome)>(Math.Min(commitEvery, 4096));
        IAsyncEnumerator<CorpusArticle> next = articles.GetAsyncEnumerator(cancellationToken);
        await using ConfiguredAsyncDisposable dispose = next.ConfigureAwait(false);
        bool more = await next.MoveNextAsync().ConfigureAwait(false);
        while (more)
        {
            await InTransactionAsync(async writer =>
            {
                do
                {
                    CorpusArticle article = next.Current;
                    written.Add((article.Id, writer.Write(article)));
                }
                while (written.Count < commitEvery && (more = await next.MoveNextAsync().ConfigureAwait(false)));

                return written.Count;
            }, cancellationToken).ConfigureAwait(false);

            foreach ((string id, AddOutcome outcome) in written)
            {
                onStored?.Invoke(id, outcome);
            }

            written.Clear();
            if (more)
            {
                more = await next.MoveNextAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> (which returns how many articles it wrote) in one transaction under the write lock,
    /// then commits; on any failure rolls back and forgets what the writer cached.
    /// </summary>
    private async Task InTransactionAsync(Func<ArticleWriter, ValueTask<int>> write, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            SqliteTransaction transaction = _writer.BeginTransaction();
            ArticleWriter? writer = null;
            try
            {
                // The writer's statements are compiled once, at the first batch (a corpus opened only to query needs none).
                writer = _articles ??= new ArticleWriter(_writer);
                writer.BeginBatch();
                int count = await write(writer).ConfigureAwait(false);
                writer.EndBatch();
                if (!File.Exists(System.IO.Path.GetFullPath(Path)))
                {
                    throw new CorpusStoreException($"the corpus file '{Path}' was deleted while in use; the last batch of {count} articles was not stored. Run the command again to rebuild it.");
                }

                transaction.Commit();
                writer.Committed();
            }
            catch (SqliteException ex)
            {
                RollBack(transaction);
                writer?.RolledBack();
                throw Describe(ex, Path);
            }
            catch
            {
                RollBack(transaction);
                writer?.RolledBack();
                throw;
            }
            finally
            {
                transaction.Dispose();
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public Task<bool> ContainsAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return Read(connection =>
        {
            using SqliteCommand command = Command(connection, "SELECT 1 FROM articles WHERE id = $id", ("$id", articleId));
            return command.ExecuteScalar() is not null;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<CorpusSummary> GetSummaryAsync(CancellationToken cancellationToken = default) => Read(connection =>
    {
        using SqliteCommand command = Command(connection, """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes),
                   (SELECT count(DISTINCT i.canonical_id) FROM quotes q JOIN identities i ON i.id = q.speaker_identity),
                   (SELECT count(*) FROM identities WHERE id = canonical_id),
                   (SELECT min(published) FROM articles), (SELECT max(published) FROM articles)
            """);
        using SqliteDataReader r = command.ExecuteReader();
        r.Read();
        return new CorpusSummary(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), Date(r, 4), Date(r, 5));
    }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredQuote>> GetQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read<IReadOnlyList<StoredQuote>>(connection =>
        {
            string where = "q.speaker_identity IN (SELECT id FROM identities WHERE canonical_id = $speaker)" + RangeSql(query.Range, "q.published");
            using SqliteCommand command = Command(connection, $"""
                SELECT a.id, q.local_id, q.speaker_name, q.text, q.kind, q.act, q.cue, q.start, q.confidence, q.published, a.headline, a.url, q.about_names
                FROM quotes q JOIN articles a ON a.seq = q.article_seq
                WHERE {where}
                ORDER BY q.published IS NULL, q.published DESC, q.article_seq, q.local_id
                LIMIT $limit
                """, RangeParameters(query.Range, ("$speaker", query.SpeakerId), ("$limit", query.Limit)));
            using SqliteDataReader reader = command.ExecuteReader();
            var quotes = new List<StoredQuote>();
            while (reader.Read())
            {
                quotes.Add(new StoredQuote
                {
                    ArticleId = reader.GetString(0),
                    QuoteId = reader.GetInt32(1),
                    SpeakerId = query.SpeakerId,
                    SpeakerName = reader.IsDBNull(2) ? null : reader.GetString(2),
                    Text = reader.GetString(3),
                    Kind = (QuoteKind)reader.GetInt32(4),
                    Act = (AttributionAct)reader.GetInt32(5),
                    Cue = reader.IsDBNull(6) ? null : reader.GetString(6),
                    Start = reader.GetInt32(7),
                    Confidence = reader.GetDouble(8),
                    Published = Date(reader, 9),
                    Headline = reader.IsDBNull(10) ? null : reader.GetString(10),
                    Url = reader.IsDBNull(11) ? null : reader.GetString(11),
                    About = reader.IsDBNull(12) ? [] : reader.GetString(12).Split(ArticleWriter.AboutSeparator),
                });
            }

            return quotes;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SpeakerCount>> GetTopSpeakersAsync(DateRange range, int limit = 20, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<SpeakerCount>>(connection =>
        {
            using SqliteCommand command = Command(connection, $"""
                SELECT c.id, c.name, c.type, t.quotes, t.articles FROM (
                    SELECT i.canonical_id AS id, count(*) AS quotes, count(DISTINCT q.article_seq) AS articles
                    FROM quotes q JOIN identities i ON i.id = q.speaker_identity
                    WHERE 1 = 1{RangeSql(range, "q.published")}
                    GROUP BY i.canonical_id) t
                JOIN identities c ON c.id = t.id
                ORDER BY t.quotes DESC, t.articles DESC, c.id LIMIT $limit
                """, RangeParameters(range, ("$limit", limit)));
            return SpeakerCounts(command);
        }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<EntityCount>> GetTopSubjectsAsync(DateRange range, int limit = 20, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<EntityCount>>(connection =>
        {
            using SqliteCommand command = Command(connection, $"""
                SELECT c.id, c.name, c.type, t.quotes, t.speakers FROM (
                    SELECT i.canonical_id AS id, count(DISTINCT qa.quote_id) AS quotes, count(DISTINCT s.canonical_id) AS speakers
                    FROM quote_about qa JOIN identities i ON i.id = qa.identity_id JOIN quotes q ON q.id = qa.quote_id
                    LEFT JOIN identities s ON s.id = q.speaker_identity
                    WHERE 1 = 1{RangeSql(range, "q.published")}
                    GROUP BY i.canonical_id) t
                JOIN identities c ON c.id = t.id
                ORDER BY t.quotes DESC, t.speakers DESC, c.id LIMIT $limit
                """, RangeParameters(range, ("$limit", limit)));
            using SqliteDataReader r = command.ExecuteReader();
            var result = new List<EntityCount>();
            while (r.Read())
            {
                result.Add(new EntityCount(r.GetInt64(0), r.GetString(1), (EntityType)r.GetInt32(2), r.GetInt64(3), r.GetInt64(4)));
            }

            return result;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SpeakerCount>> GetWhoTalksAboutAsync(long entityId, DateRange range, int limit = 20, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<SpeakerCount>>(connection =>
        {
            using SqliteCommand command = Command(connection, $"""
                SELECT c.id, c.name, c.type, t.quotes, t.articles FROM (
                    SELECT s.canonical_id AS id, count(DISTINCT q.id) AS quotes, count(DISTINCT q.article_seq) AS articles
                    FROM quote_about qa JOIN quotes q ON q.id = qa.quote_id JOIN identities s ON s.id = q.speaker_identity
                    WHERE qa.identity_id IN (SELECT id FROM identities WHERE canonical_id = $entity){RangeSql(range, "q.published")}
                    GROUP BY s.canonical_id) t
                JOIN identities c ON c.id = t.id
                ORDER BY t.quotes DESC, t.articles DESC, c.id LIMIT $limit
                """, RangeParameters(range, ("$entity", entityId), ("$limit", limit)));
            return SpeakerCounts(command);
        }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelinePoint>> GetTimelineAsync(long speakerId, TimelineInterval interval, DateRange range, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<TimelinePoint>>(connection =>
        {
            string period = interval switch
            {
                TimelineInterval.Day => "date(q.published / 1000, 'unixepoch')",
                TimelineInterval.Week => "date(q.published / 1000, 'unixepoch', 'weekday 0', '-6 days')",
                TimelineInterval.Month => "strftime('%Y-%m-01', q.published / 1000, 'unixepoch')",
                _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown interval."),
            };
            using SqliteCommand command = Command(connection, $"""
                SELECT {period} AS period, count(*), count(DISTINCT q.article_seq) FROM quotes q
                WHERE q.speaker_identity IN (SELECT id FROM identities WHERE canonical_id = $speaker) AND q.published IS NOT NULL{RangeSql(range, "q.published")}
                GROUP BY period ORDER BY period
                """, RangeParameters(range, ("$speaker", speakerId)));
            using SqliteDataReader r = command.ExecuteReader();
            var points = new List<TimelinePoint>();
            while (r.Read())
            {
                points.Add(new TimelinePoint(DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetInt64(1), r.GetInt64(2)));
            }

            return points;
        }, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _articles?.Dispose();
        SqliteConnection.ClearPool(_writer);
        _writer.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(_readConnectionString));
        _writeLock.Dispose();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static List<SpeakerCount> SpeakerCounts(SqliteCommand command)
    {
        using SqliteDataReader r = command.ExecuteReader();
        var result = new List<SpeakerCount>();
        while (r.Read())
        {
            result.Add(new SpeakerCount(r.GetInt64(0), r.GetString(1), (EntityType)r.GetInt32(2), r.GetInt64(3), r.GetInt64(4)));
        }

        return result;
    }

    private static string RangeSql(DateRange range, string column) =>
        (range.From is null ? "" : $" AND {column} >= $from") + (range.To is null ? "" : $" AND {column} <= $to");

    private static (string, object)[] RangeParameters(DateRange range, params (string Name, object Value)[] others)
    {
        var list = new List<(string, object)>(others);
        if (range.From is { } from)
        {
            list.Add(("$from", from.ToUnixTimeMilliseconds()));
        }

        if (range.To is { } to)
        {
            list.Add(("$to", to.ToUnixTimeMilliseconds()));
        }

        return [.. list];
    }

    private static DateTimeOffset? Date(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(column));

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach ((string name, object value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void CheckHeader(string full, string path)
    {
        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CorpusStoreException($"cannot read the corpus '{path}': {ex.Message}", ex);
        }

        if (read > 0 && (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader)))
        {
            throw new CorpusStoreException($"'{path}' is not a NewsNlp corpus: it is not an SQLite database (corrupt, or another kind of file). Give another --db file, or delete it to start a new corpus.");
        }
    }

    private static CorpusStoreException Describe(SqliteException ex, string path) => ex.SqliteErrorCode switch
    {
        26 => new CorpusStoreException($"'{path}' is not a NewsNlp corpus: it is not an SQLite database (corrupt, or another kind of file). Give another --db file, or delete it to start a new corpus.", ex),
        11 => new CorpusStoreException($"the corpus '{path}' is corrupt ({ex.Message}); delete it and index again.", ex),
        14 => new CorpusStoreException($"cannot open the corpus '{path}' (deleted, moved, or its folder is not writable): {ex.Message}", ex),
        13 => new CorpusStoreException($"the disk holding the corpus '{path}' is full: {ex.Message}", ex),
        5 or 6 => new CorpusStoreException($"the corpus '{path}' is locked by another process: {ex.Message}", ex),
        _ => new CorpusStoreException($"corpus '{path}': {ex.Message}", ex),
    };

    private static void RollBack(SqliteTransaction transaction)
    {
        try
        {
            transaction.Rollback();
        }
        catch (SqliteException)
        {
            // The connection already rolled back (e.g. after a corrupt page); nothing more to undo.
        }
        catch (InvalidOperationException)
        {
            // Completed or zombie transaction: nothing to undo.
        }
    }

    private Task<T> Read<T>(Func<SqliteConnection, T> query, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (!File.Exists(System.IO.Path.GetFullPath(Path)))
        {
            throw new CorpusStoreException($"the corpus file '{Path}' no longer exists (deleted or moved while in use).");
        }

        try
        {
            using var connection = new SqliteConnection(_readConnectionString);
            connection.Open();
            using CancellationTokenRegistration registration = cancellationToken.Register(() => TryInterrupt(connection));
            return Task.FromResult(query(connection));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 9 && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw Describe(ex, Path);
        }
    }

    private static void TryInterrupt(SqliteConnection connection)
    {
        try
        {
            if (connection.Handle is { } handle)
            {
                SQLitePCL.raw.sqlite3_interrupt(handle);
            }
        }
        catch (ObjectDisposedException)
        {
            // Query already finished.
        }
    }
}
