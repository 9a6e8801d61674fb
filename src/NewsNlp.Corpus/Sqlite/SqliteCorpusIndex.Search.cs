using Microsoft.Data.Sqlite;
using NewsNlp.Corpus.Identity;
using NewsNlp.Corpus.Queries;
using NewsNlp.Documents;

namespace NewsNlp.Corpus.Sqlite;

/// <summary>Name search: speakers and entities by a loose name (<see cref="NameMatch"/>).</summary>
public sealed partial class SqliteCorpusIndex
{
    /// <summary>A match on an alias (a mention's words, "Blair") counts a little less than the same match on the canonical name.</summary>
    private const double AliasWeight = 0.95;

    /// <inheritdoc />
    public Task<IReadOnlyList<SpeakerMatch>> FindSpeakersAsync(string name, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Read<IReadOnlyList<SpeakerMatch>>(connection =>
        {
            var matches = new List<SpeakerMatch>();
            foreach ((long id, double score) in Candidates(connection, name, speakersOnly: true))
            {
                using SqliteCommand command = Command(connection, """
                    SELECT c.name, c.type, t.quotes, t.articles FROM identities c,
                        (SELECT count(*) AS quotes, count(DISTINCT q.article_seq) AS articles FROM quotes q
                         WHERE q.speaker_identity IN (SELECT id FROM identities WHERE canonical_id = $id)) t
                    WHERE c.id = $id
                    """, ("$id", id));
                using SqliteDataReader r = command.ExecuteReader();
                if (r.Read() && r.GetInt64(2) > 0)
                {
                    matches.Add(new SpeakerMatch(id, r.GetString(0), (EntityType)r.GetInt32(1), r.GetInt64(2), r.GetInt64(3), score));
                }
            }

            return [.. matches.OrderByDescending(m => m.Score).ThenByDescending(m => m.Quotes).ThenBy(m => m.SpeakerId).Take(limit)];
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<EntityMatch>> FindEntitiesAsync(string name, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Read<IReadOnlyList<EntityMatch>>(connection =>
        {
            var matches = new List<EntityMatch>();
            foreach ((long id, double score) in Candidates(connection, name, speakersOnly: false))
            {
                using SqliteCommand command = Command(connection, """
                    SELECT c.name, c.type, (SELECT count(DISTINCT e.article_seq) FROM article_entities e
                                            WHERE e.identity_id IN (SELECT id FROM identities WHERE canonical_id = c.id))
                    FROM identities c WHERE c.id = $id
                    """, ("$id", id));
                using SqliteDataReader r = command.ExecuteReader();
                if (r.Read())
                {
                    matches.Add(new EntityMatch(id, r.GetString(0), (EntityType)r.GetInt32(1), r.GetInt64(2), score));
                }
            }

            return [.. matches.OrderByDescending(m => m.Score).ThenByDescending(m => m.Articles).ThenBy(m => m.EntityId).Take(limit)];
        }, cancellationToken);
    }

    /// <summary>
    /// Canonical identities matching <paramref name="name"/> with their best score: names and aliases with the same
    /// normalised form, the same surname, or containing the query's words; when none, a typo scan over every canonical
    /// name (and alias) of a speaker, or of any identity.
    /// </summary>
    private static Dictionary<long, double> Candidates(SqliteConnection connection, string name, bool speakersOnly)
    {
        List<string> query = IdentityKey.For(name, EntityType.Person)?.Name.Split(' ').ToList() ?? IdentityKey.Words(name);
        var best = new Dictionary<long, double>();
        if (query.Count == 0)
        {
            return best;
        }

        string joined = string.Join(' ', query);
        string like = "%" + string.Join('%', query.Select(EscapeLike)) + "%";
        string speakerFilter = speakersOnly ? " AND EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_identity = i.id)" : "";
        // Indexed lookups first (the same normalised name, the same surname, an alias); the word scan only when they find
        // nothing.
        string exact = $"""
            SELECT i.canonical_id, i.norm_name, 1.0 FROM identities i
            WHERE (i.norm_name = $q OR i.surname = $last){speakerFilter}
            UNION ALL
            SELECT i.canonical_id, a.norm, {AliasWeight.ToString(System.Globalization.CultureInfo.InvariantCulture)} FROM aliases a JOIN identities i ON i.id = a.identity_id
            WHERE a.norm = $q{speakerFilter}
            """;
        Collect(connection, exact, query, best, ("$q", joined), ("$last", query[^1]));
        if (best.Count == 0)
        {
            string words = $"""
                SELECT i.canonical_id, i.norm_name, 1.0 FROM identities i
                WHERE i.norm_name LIKE $like ESCAPE '\'{speakerFilter}
                UNION ALL
                SELECT i.canonical_id, a.norm, {AliasWeight.ToString(System.Globalization.CultureInfo.InvariantCulture)} FROM aliases a JOIN identities i ON i.id = a.identity_id
                WHERE a.norm LIKE $like ESCAPE '\'{speakerFilter}
                """;
            Collect(connection, words, query, best, ("$like", like));
        }

        if (best.Count == 0)
        {
            // A typo: score every speaker name (or every name) by Jaro-Winkler; only when nothing matched loosely.
            Collect(connection, $"SELECT i.canonical_id, i.norm_name, 1.0 FROM identities i WHERE 1 = 1{speakerFilter}", query, best);
        }

        return best;
    }

    private static void Collect(SqliteConnection connection, string sql, List<string> query, Dictionary<long, double> best, params (string Name, object Value)[] parameters)
    {
        using SqliteCommand command = Command(connection, sql, parameters);
        using SqliteDataReader r = command.ExecuteReader();
        while (r.Read())
        {
            long id = r.GetInt64(0);
            double score = NameMatch.Score(query, r.GetString(1).Split(' ')) * r.GetDouble(2);
            if (score > 0 && (!best.TryGetValue(id, out double seen) || score > seen))
            {
                best[id] = score;
            }
        }
    }

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
