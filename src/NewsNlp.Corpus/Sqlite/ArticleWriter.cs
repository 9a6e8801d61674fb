using Microsoft.Data.Sqlite;
using NewsNlp.Corpus.Identity;
using NewsNlp.Corpus.Model;

namespace NewsNlp.Corpus.Sqlite;

/// <summary>
/// Writes articles inside one transaction with prepared statements (one writer per batch): the duplicate check, the
/// article row, its entities and their mentions, speakers, quotes with what they are about, and stances.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly IdentityTable _identities;
    private readonly SqliteCommand _findDuplicate;
    private readonly SqliteCommand _insertArticle;
    private readonly SqliteCommand _insertAlias;
    private readonly SqliteCommand _insertEntity;
    private readonly SqliteCommand _insertSpeaker;
    private readonly SqliteCommand _insertQuote;
    private readonly SqliteCommand _insertAbout;
    private readonly SqliteCommand _insertStance;
    private readonly long _now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public ArticleWriter(SqliteConnection connection, SqliteTransaction transaction, IdentityTable identities)
    {
        _connection = connection;
        _transaction = transaction;
        _identities = identities;
        _identities.Begin(connection, transaction);
        _findDuplicate = Command("SELECT CASE WHEN id = $id THEN 1 ELSE 2 END FROM articles WHERE id = $id OR text_hash = $hash LIMIT 1", "$id", "$hash");
        _insertArticle = Command(
            "INSERT INTO articles (id, text_hash, text_length, url, headline, source, byline, published, indexed_at) VALUES ($id, $hash, $len, $url, $headline, $source, $byline, $published, $now) RETURNING seq;",
            "$id", "$hash", "$len", "$url", "$headline", "$source", "$byline", "$published", "$now");
        _insertAlias = Command("INSERT OR IGNORE INTO aliases (identity_id, norm) VALUES ($identity, $norm)", "$identity", "$norm");
        _insertEntity = Command("INSERT INTO article_entities (article_seq, local_id, identity_id, name, mention_spans) VALUES ($seq, $local, $identity, $name, $spans)", "$seq", "$local", "$identity", "$name", "$spans");
        _insertSpeaker = Command("INSERT INTO speakers (article_seq, local_id, identity_id, name, type) VALUES ($seq, $local, $identity, $name, $type)", "$seq", "$local", "$identity", "$name", "$type");
        _insertQuote = Command(
            "INSERT INTO quotes (article_seq, local_id, speaker_identity, speaker_name, kind, act, text, start, end, cue, source_text, confidence, published, about_names) VALUES ($seq, $local, $speaker, $speakerName, $kind, $act, $text, $start, $end, $cue, $source, $confidence, $published, $about) RETURNING id;",
            "$seq", "$local", "$speaker", "$speakerName", "$kind", "$act", "$text", "$start", "$end", "$cue", "$source", "$confidence", "$published", "$about");
        _insertAbout = Command("INSERT OR IGNORE INTO quote_about (quote_id, identity_id) VALUES ($quote, $identity)", "$quote", "$identity");
        _insertStance = Command(
            "INSERT INTO stances (article_seq, target, quote_local_id, speaker_local_id, label, agree, disagree, discuss, unrelated) VALUES ($seq, $target, $quote, $speaker, $label, $agree, $disagree, $discuss, $unrelated)",
            "$seq", "$target", "$quote", "$speaker", "$label", "$agree", "$disagree", "$discuss", "$unrelated");
    }

    /// <summary>Writes <paramref name="article"/> unless its id or text is already stored.</summary>
    public AddOutcome Write(CorpusArticle article)
    {
        Validate(article);
        Set(_findDuplicate, article.Id, article.TextHash);
        if (_findDuplicate.ExecuteScalar() is long duplicate)
        {
            return duplicate == 1 ? AddOutcome.DuplicateId : AddOutcome.DuplicateText;
        }

        object published = article.Published is { } p ? p.ToUnixTimeMilliseconds() : DBNull.Value;
        Set(_insertArticle, article.Id, article.TextHash, article.TextLength, Db(article.Url), Db(article.Headline), Db(article.Source), Db(article.Byline), published, _now);
        long seq = (long)_insertArticle.ExecuteScalar()!;

        var entityIdentity = new Dictionary<int, long>();
        foreach (CorpusEntity entity in article.Entities)
        {
            if (IdentityKey.For(entity.Name, entity.Type) is not { } key)
            {
                continue;
            }

            long identity = _identities.IdOf(key, entity.Name);
            entityIdentity[entity.LocalId] = identity;
            Set(_insertEntity, seq, entity.LocalId, identity, entity.Name, Spans(entity.Mentions));
            _insertEntity.ExecuteNonQuery();
            foreach (string alias in entity.Aliases)
            {
                string norm = string.Join(' ', IdentityKey.Words(alias));
                if (norm.Length > 0 && _identities.IsNewAlias(identity, norm))
                {
                    Set(_insertAlias, identity, norm);
                    _insertAlias.ExecuteNonQuery();
                }
            }
        }

        var entityNames = article.Entities.ToDictionary(e => e.LocalId, e => e.Name);

        var speakerIdentity = new Dictionary<int, long>();
        foreach (CorpusSpeaker speaker in article.Speakers)
        {
            long? identity = null;
            if (speaker.Type is { } type)
            {
                if (IdentityKey.For(speaker.Name, type) is { } key)
                {
                    identity = _identities.IdOf(key, speaker.Name);
                }
                else if (entityIdentity.TryGetValue(speaker.EntityLocalId, out long viaEntity))
                {
                    identity = viaEntity;
                }
            }

            if (identity is long id)
            {
                speakerIdentity[speaker.LocalId] = id;
            }

            Set(_insertSpeaker, seq, speaker.LocalId, Db(identity), speaker.Name, Db(speaker.Type is { } t ? (int)t : null));
            _insertSpeaker.ExecuteNonQuery();
        }

        var speakerNames = article.Speakers.ToDictionary(s => s.LocalId, s => s.Name);
        foreach (CorpusQuote quote in article.Quotes)
        {
            long? speaker = quote.SpeakerLocalId is int local && speakerIdentity.TryGetValue(local, out long sid) ? sid : null;
            string? speakerName = quote.SpeakerLocalId is int l && speakerNames.TryGetValue(l, out string? name) ? name : null;
            string? aboutNames = null;
            foreach (int about in quote.AboutEntityLocalIds)
            {
                if (entityIdentity.ContainsKey(about) && entityNames.TryGetValue(about, out string? aboutName))
                {
                    aboutNames = aboutNames is null ? aboutName : aboutNames + AboutSeparator + aboutName;
                }
            }

            Set(_insertQuote, seq, quote.LocalId, Db(speaker), Db(speakerName), (int)quote.Kind, (int)quote.Act, quote.Text, quote.Start, quote.End,
                Db(quote.Cue), Db(quote.SourceText), quote.Confidence, published, Db(aboutNames));
            long quoteId = (long)_insertQuote.ExecuteScalar()!;
            foreach (int about in quote.AboutEntityLocalIds)
            {
                if (entityIdentity.TryGetValue(about, out long entity))
                {
                    Set(_insertAbout, quoteId, entity);
                    _insertAbout.ExecuteNonQuery();
                }
            }
        }

        foreach (CorpusStance stance in article.Stances)
        {
            Set(_insertStance, seq, stance.Target, Db(stance.QuoteLocalId), Db(stance.SpeakerLocalId), (int)stance.Label, stance.Agree, stance.Disagree, stance.Discuss, stance.Unrelated);
            _insertStance.ExecuteNonQuery();
        }

        return AddOutcome.Added;
    }

    public void Dispose()
    {
        foreach (SqliteCommand command in new[] { _findDuplicate, _insertArticle, _insertAlias, _insertEntity, _insertSpeaker, _insertQuote, _insertAbout, _insertStance })
        {
            command.Dispose();
        }
    }

    private static void Validate(CorpusArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (string.IsNullOrEmpty(article.Id))
        {
            throw new ArgumentException("An article needs an id.", nameof(article));
        }

        if (string.IsNullOrEmpty(article.TextHash))
        {
            throw new ArgumentException($"Article '{article.Id}' has no text hash (build it with CorpusArticleBuilder.From).", nameof(article));
        }
    }

    /// <summary>Separates the names in <c>quotes.about_names</c> (U+001F, never part of a name).</summary>
    public const char AboutSeparator = '\u001f';

    private static object Db(object? value) => value ?? DBNull.Value;

    /// <summary>Mention spans as <c>start-end start-end …</c> (the <c>article_entities.mention_spans</c> column).</summary>
    private static string Spans(IReadOnlyList<Documents.TextSpan> mentions)
    {
        var text = new System.Text.StringBuilder(mentions.Count * 10);
        foreach (Documents.TextSpan span in mentions)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(span.Start).Append('-').Append(span.End);
        }

        return text.ToString();
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        SqliteCommand command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (string name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }
}
