using Microsoft.Data.Sqlite;
using NewsNlp.Corpus.Identity;
using NewsNlp.Documents;

namespace NewsNlp.Corpus.Sqlite;

/// <summary>
/// Finds or creates the identity row of a key inside the writer's transaction, with an in-memory cache of keys to ids;
/// after the batch, points surname-only persons at the unique full-name person with that surname (or back at
/// themselves when it is ambiguous or absent). Used only under the writer's lock (it is part of <see cref="ArticleWriter"/>).
/// </summary>
internal sealed class IdentityTable : IDisposable
{
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _addedInBatch = [];
    private readonly HashSet<string> _touchedSurnames = new(StringComparer.Ordinal);
    private readonly HashSet<(long, string)> _aliases = [];
    private readonly List<(long, string)> _aliasesInBatch = [];

    /// <summary>Most aliases remembered (beyond it every alias is written, and the store ignores repeats).</summary>
    private const int MaxCachedAliases = 2_000_000;

    /// <summary>True when (<paramref name="identity"/>, <paramref name="alias"/>) was not written by this writer yet.</summary>
    public bool IsNewAlias(long identity, string alias)
    {
        if (_aliases.Count >= MaxCachedAliases)
        {
            return true;
        }

        if (!_aliases.Add((identity, alias)))
        {
            return false;
        }

        _aliasesInBatch.Add((identity, alias));
        return true;
    }

    private readonly SqliteStatement _find;
    private readonly SqliteStatement _insert;
    private readonly SqliteStatement _nextId;
    private readonly SqliteStatement _resolveSurname;
    private long _next;

    /// <summary>Compiles the table's statements on the open, migrated <paramref name="connection"/>.</summary>
    public IdentityTable(SqliteConnection connection)
    {
        _find = new SqliteStatement(connection, "SELECT id FROM identities WHERE key = ?1");
        _insert = new SqliteStatement(connection,
            "INSERT INTO identities (id, key, type, norm_name, surname, surname_only, name, canonical_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?1)");
        _nextId = new SqliteStatement(connection, "SELECT coalesce(max(id), 0) + 1 FROM identities");
        _resolveSurname = new SqliteStatement(connection, """
            UPDATE identities SET canonical_id = COALESCE(
                (SELECT CASE WHEN count(*) = 1 THEN min(f.id) END FROM identities f
                 WHERE f.type = ?2 AND f.surname = ?1 AND f.surname_only = 0),
                id)
            WHERE type = ?2 AND surname = ?1 AND surname_only = 1
            """);
    }

    /// <summary>Starts a batch inside the writer's open transaction (ids continue after the largest stored one).</summary>
    public void BeginBatch() => _next = _nextId.ReadInt64()!.Value;

    /// <summary>The id of <paramref name="key"/>, inserting it (and its first display name) when new.</summary>
    public long IdOf(IdentityKey key, string displayName)
    {
        string text = key.Key;
        if (_ids.TryGetValue(text, out long id))
        {
            return id;
        }

        if (_find.Bind(1, text).ReadInt64() is long existing)
        {
            _ids[text] = existing;
            return existing;
        }

        id = _next++;
        _insert.Bind(1, id).Bind(2, text).Bind(3, (long)key.Type).Bind(4, key.Name).Bind(5, key.Surname).Bind(6, key.IsSurnameOnly ? 1 : 0).Bind(7, displayName).Execute();
        _ids[text] = id;
        _addedInBatch.Add(text);
        if (key.Type == EntityType.Person && key.Surname is not null)
        {
            _touchedSurnames.Add(key.Surname);
        }

        return id;
    }

    /// <summary>Re-points surname-only persons whose surname gained a person in this batch (the rule of <see cref="IdentityKey"/>).</summary>
    public void ResolveSurnames()
    {
        foreach (string surname in _touchedSurnames)
        {
            _resolveSurname.Bind(1, surname).Bind(2, (long)EntityType.Person).Execute();
        }
    }

    /// <summary>The batch committed: its new identities stay cached.</summary>
    public void Committed()
    {
        _addedInBatch.Clear();
        _touchedSurnames.Clear();
        _aliasesInBatch.Clear();
    }

    /// <summary>The batch rolled back: forget the identities it created.</summary>
    public void RolledBack()
    {
        foreach (string key in _addedInBatch)
        {
            _ids.Remove(key);
        }

        foreach ((long, string) alias in _aliasesInBatch)
        {
            _aliases.Remove(alias);
        }

        Committed();
    }

    /// <summary>Finalises the statements.</summary>
    public void Dispose()
    {
        _find.Dispose();
        _insert.Dispose();
        _nextId.Dispose();
        _resolveSurname.Dispose();
    }
}
