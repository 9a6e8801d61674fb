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

    /// <summary>The id of <paramref name="key"/>, inserting it (and its first display name) when new.</summary>
    public long IdOf(SqliteConnection connection, SqliteTransaction transaction, IdentityKey key, string displayName)
    {
        string text = key.Key;
        if (_ids.TryGetValue(text, out long id))
        {
            return id;
        }

        using (SqliteCommand find = connection.CreateCommand())
        {
            find.Transaction = transaction;
            find.CommandText = "SELECT id FROM identities WHERE key = $key";
            find.Parameters.AddWithValue("$key", text);
            if (find.ExecuteScalar() is long existing)
            {
                _ids[text] = existing;
                return existing;
            }
        }

        using (SqliteCommand insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO identities (key, type, norm_name, surname, surname_only, name, canonical_id)
                VALUES ($key, $type, $norm, $surname, $surnameOnly, $name, 0);
                UPDATE identities SET canonical_id = id WHERE id = last_insert_rowid();
                SELECT last_insert_rowid();
                """;
            insert.Parameters.AddWithValue("$key", text);
            insert.Parameters.AddWithValue("$type", (int)key.Type);
            insert.Parameters.AddWithValue("$norm", key.Name);
            insert.Parameters.AddWithValue("$surname", (object?)key.Surname ?? DBNull.Value);
            insert.Parameters.AddWithValue("$surnameOnly", key.IsSurnameOnly ? 1 : 0);
            insert.Parameters.AddWithValue("$name", displayName);
            id = (long)insert.ExecuteScalar()!;
        }

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
        _addedInBatch.Clear();
        _touchedSurnames.Clear();
    }

    /// <summary>The batch rolled back: forget the identities it created.</summary>
    public void RolledBack()
    {
        foreach (string key in _addedInBatch)
        {
            _ids.Remove(key);
        }

        Committed();
    }
}
