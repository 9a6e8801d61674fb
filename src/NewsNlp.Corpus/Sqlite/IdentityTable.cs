using Microsoft.Data.Sqlite;
using NewsNlp.Corpus.Identity;
using NewsNlp.Documents;

namespace NewsNlp.Corpus.Sqlite;

/// <summary>
/// Finds or creates the identity row of a key inside the writer's transaction, with an in-memory cache of keys to ids;
/// after the batch, points surname-only persons at the unique full-name person with that surname (or back at
/// themselves when it is ambiguous or absent). Used only under the writer's lock.
/// </summary>
internal sealed class IdentityTable
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

    private SqliteCommand? _find;
    private SqliteCommand? _insert;
    private long _nextId;

    /// <summary>Prepares this batch's statements on <paramref name="transaction"/> (ids continue after the largest stored one).</summary>
    public void Begin(SqliteConnection connection, SqliteTransaction transaction)
    {
        _find = Prepare(connection, transaction, "SELECT id FROM identities WHERE key = $key", "$key");
        _insert = Prepare(connection, transaction,
            "INSERT INTO identities (id, key, type, norm_name, surname, surname_only, name, canonical_id) VALUES ($id, $key, $type, $norm, $surname, $surnameOnly, $name, $id)",
            "$id", "$key", "$type", "$norm", "$surname", "$surnameOnly", "$name");
        using SqliteCommand max = connection.CreateCommand();
        max.Transaction = transaction;
        max.CommandText = "SELECT coalesce(max(id), 0) + 1 FROM identities";
        _nextId = (long)max.ExecuteScalar()!;
    }

    /// <summary>The id of <paramref name="key"/>, inserting it (and its first display name) when new.</summary>
    public long IdOf(IdentityKey key, string displayName)
    {
        string text = key.Key;
        if (_ids.TryGetValue(text, out long id))
        {
            return id;
        }

        SqliteCommand find = _find ?? throw new InvalidOperationException("Begin was not called.");
        find.Parameters[0].Value = text;
        if (find.ExecuteScalar() is long existing)
        {
            _ids[text] = existing;
            return existing;
        }

        SqliteCommand insert = _insert!;
        id = _nextId++;
        insert.Parameters[0].Value = id;
        insert.Parameters[1].Value = text;
        insert.Parameters[2].Value = (int)key.Type;
        insert.Parameters[3].Value = key.Name;
        insert.Parameters[4].Value = (object?)key.Surname ?? DBNull.Value;
        insert.Parameters[5].Value = key.IsSurnameOnly ? 1 : 0;
        insert.Parameters[6].Value = displayName;
        insert.ExecuteNonQuery();
        _ids[text] = id;
        _addedInBatch.Add(text);
        if (key.Type == EntityType.Person && key.Surname is not null)
        {
            _touchedSurnames.Add(key.Surname);
        }

        return id;
    }

    /// <summary>Re-points surname-only persons whose surname gained a person in this batch (the rule of <see cref="IdentityKey"/>).</summary>
    public void ResolveSurnames(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (_touchedSurnames.Count == 0)
        {
            return;
        }

        using SqliteCommand update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE identities SET canonical_id = COALESCE(
                (SELECT CASE WHEN count(*) = 1 THEN min(f.id) END FROM identities f
                 WHERE f.type = $person AND f.surname = $surname AND f.surname_only = 0),
                id)
            WHERE type = $person AND surname = $surname AND surname_only = 1
            """;
        update.Parameters.AddWithValue("$person", (int)EntityType.Person);
        SqliteParameter surname = update.Parameters.Add("$surname", SqliteType.Text);
        foreach (string s in _touchedSurnames)
        {
            surname.Value = s;
            update.ExecuteNonQuery();
        }
    }

    /// <summary>The batch committed: its new identities stay cached.</summary>
    public void Committed()
    {
        _find?.Dispose();
        _insert?.Dispose();
        _find = _insert = null;
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

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (string name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }
}
