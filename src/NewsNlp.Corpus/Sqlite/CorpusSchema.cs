using Microsoft.Data.Sqlite;

namespace NewsNlp.Corpus.Sqlite;

/// <summary>
/// The SQLite schema, versioned with <c>PRAGMA user_version</c>: migration <c>n</c> takes a file from version
/// <c>n − 1</c> to <c>n</c>, each in its own transaction, so an empty file is brought up to <see cref="CurrentVersion"/>
/// and an older corpus is upgraded in place. <c>PRAGMA application_id</c> marks the file as a NewsNlp corpus.
/// </summary>
internal static class CorpusSchema
{
    /// <summary>The application id written into the SQLite header ("NNLP").</summary>
    public const int ApplicationId = 0x4E4E4C50;

    /// <summary>The migrations in order; their count is the current schema version.</summary>
    private static readonly string[] Migrations =
    [
        // 1: articles, identities (speakers and entities merged across articles), per-article entities, mentions,
        //    speakers, quotes with whom they are about, stances.
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            text_hash TEXT NOT NULL UNIQUE,
            text_length INTEGER NOT NULL,
            url TEXT, headline TEXT, source TEXT, byline TEXT,
            published INTEGER,
            indexed_at INTEGER NOT NULL);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE identities (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            type INTEGER NOT NULL,
            norm_name TEXT NOT NULL,
            surname TEXT,
            surname_only INTEGER NOT NULL,
            name TEXT NOT NULL,
            canonical_id INTEGER NOT NULL);
        CREATE INDEX identities_canonical ON identities(canonical_id);
        CREATE INDEX identities_surname ON identities(surname) WHERE surname IS NOT NULL;
        CREATE TABLE aliases (
            identity_id INTEGER NOT NULL,
            norm TEXT NOT NULL,
            PRIMARY KEY (identity_id, norm)) WITHOUT ROWID;
        CREATE INDEX aliases_norm ON aliases(norm);
        CREATE TABLE article_entities (
            article_seq INTEGER NOT NULL,
            local_id INTEGER NOT NULL,
            identity_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (article_seq, local_id)) WITHOUT ROWID;
        CREATE INDEX article_entities_identity ON article_entities(identity_id);
        CREATE TABLE mentions (
            article_seq INTEGER NOT NULL,
            entity_local_id INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL);
        CREATE INDEX mentions_article ON mentions(article_seq);
        CREATE TABLE speakers (
            article_seq INTEGER NOT NULL,
            local_id INTEGER NOT NULL,
            identity_id INTEGER,
            name TEXT NOT NULL,
            type INTEGER,
            PRIMARY KEY (article_seq, local_id)) WITHOUT ROWID;
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_seq INTEGER NOT NULL,
            local_id INTEGER NOT NULL,
            speaker_identity INTEGER,
            speaker_name TEXT,
            kind INTEGER NOT NULL,
            act INTEGER NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            cue TEXT,
            source_text TEXT,
            confidence REAL NOT NULL,
            published INTEGER);
        CREATE INDEX quotes_speaker ON quotes(speaker_identity, published);
        CREATE INDEX quotes_article ON quotes(article_seq);
        CREATE TABLE quote_about (
            quote_id INTEGER NOT NULL,
            identity_id INTEGER NOT NULL,
            PRIMARY KEY (quote_id, identity_id)) WITHOUT ROWID;
        CREATE INDEX quote_about_identity ON quote_about(identity_id);
        CREATE TABLE stances (
            article_seq INTEGER NOT NULL,
            target TEXT NOT NULL,
            quote_local_id INTEGER,
            speaker_local_id INTEGER,
            label INTEGER NOT NULL,
            agree REAL NOT NULL, disagree REAL NOT NULL, discuss REAL NOT NULL, unrelated REAL NOT NULL);
        CREATE INDEX stances_article ON stances(article_seq);
        """,

        // 2: name lookups by the normalised name without a scan; each entity's mention spans in its article_entities row
        //    ("start-end start-end …", moved from the mentions table, one row per mention); each quote's about-names
        //    copied into the quote row, so "all quotes of one speaker" reads one table range.
        """
        CREATE INDEX identities_norm_name ON identities(norm_name);
        ALTER TABLE article_entities ADD COLUMN mention_spans TEXT NOT NULL DEFAULT '';
        UPDATE article_entities SET mention_spans = coalesce(
            (SELECT group_concat(m.start || '-' || m.end, ' ') FROM mentions m
             WHERE m.article_seq = article_entities.article_seq AND m.entity_local_id = article_entities.local_id), '');
        DROP TABLE mentions;
        ALTER TABLE quotes ADD COLUMN about_names TEXT;
        UPDATE quotes SET about_names = (SELECT group_concat(e.name, char(31)) FROM quote_about qa
            JOIN article_entities e ON e.article_seq = quotes.article_seq AND e.identity_id = qa.identity_id
            WHERE qa.quote_id = quotes.id);
        """,
    ];

    /// <summary>The schema version this code writes and reads.</summary>
    public static int CurrentVersion => Migrations.Length;

    /// <summary>Brings the open database at <paramref name="path"/> to <see cref="CurrentVersion"/>.</summary>
    /// <exception cref="CorpusStoreException">Not a NewsNlp corpus, or made by a newer version.</exception>
    public static void Migrate(SqliteConnection connection, string path) => Migrate(connection, path, CurrentVersion);

    /// <summary>Brings the open database to <paramref name="target"/> (tests build files of older versions with it).</summary>
    internal static void Migrate(SqliteConnection connection, string path, int target)
    {
        int applicationId = Scalar(connection, "PRAGMA application_id");
        int version = Scalar(connection, "PRAGMA user_version");
        bool empty = Scalar(connection, "SELECT count(*) FROM sqlite_master") == 0;
        if (!empty && applicationId != ApplicationId)
        {
            throw new CorpusStoreException($"'{path}' is an SQLite database but not a NewsNlp corpus (application id {applicationId:X}); give another --db file, or delete it to start a new corpus.");
        }

        if (version > CurrentVersion)
        {
            throw new CorpusStoreException($"'{path}' is a corpus of schema version {version}, made by a newer NewsNlp (this one reads up to {CurrentVersion}); upgrade NewsNlp.");
        }

        for (int v = version; v < target; v++)
        {
            using SqliteTransaction transaction = connection.BeginTransaction();
            using (SqliteCommand command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = Migrations[v] + $"\nPRAGMA application_id = {ApplicationId};\nPRAGMA user_version = {v + 1};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
