using Microsoft.Data.Sqlite;
using NewsNlp.Corpus.Identity;
using NewsNlp.Corpus.Model;

namespace NewsNlp.Corpus.Sqlite;

/// <summary>
/// The store's one writer: writes articles inside the transaction the caller opened (a batch), with statements compiled
/// once per connection (<see cref="SqliteStatement"/>): the article row (a duplicate id or text adds nothing), its
/// entities with their mention spans, new aliases, speakers, quotes with what they are about, and stances. Article
/// sequence numbers and quote ids are numbered here (continuing after the largest stored one), so no insert reads a
/// row back. Used only under the index's write lock.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private readonly IdentityTable _identities;
    private readonly SqliteStatement _nextSeq;
    private readonly SqliteStatement _nextQuoteId;
    private readonly SqliteStatement _insertArticle;
    private readonly SqliteStatement _findDuplicate;
    private readonly SqliteStatement _insertAlias;
    private readonly SqliteStatement _insertEntity;
    private readonly SqliteStatement _insertSpeaker;
    private readonly SqliteStatement _insertQuote;
    private readonly SqliteStatement _insertAbout;
    private readonly SqliteStatement _insertStance;
    private readonly SqliteStatement[] _all;
    private readonly Dictionary<int, long> _entityIdentity = [];
    private readonly Dictionary<int, string> _entityNames = [];
    private readonly Dictionary<int, long> _speakerIdentity = [];
    private readonly Dictionary<int, string> _speakerNames = [];
    private readonly System.Text.StringBuilder _text = new();
    private long _seq;
    private long _quoteId;
    private long _now;

    /// <summary>Compiles the writer's statements on the open, migrated <paramref name="connection"/>.</summary>
    public ArticleWriter(SqliteConnection connection)
    {
        _all =
        [
            _nextSeq = new SqliteStatement(connection, "SELECT coalesce(max(seq), 0) + 1 FROM articles"),
            _nextQuoteId = new SqliteStatement(connection, "SELECT coalesce(max(id), 0) + 1 FROM quotes"),
            _insertArticle = new SqliteStatement(connection,
                "INSERT INTO articles (seq, id, text_hash, text_length, url, headline, source, byline, published, indexed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT DO NOTHING"),
            _findDuplicate = new SqliteStatement(connection, "SELECT CASE WHEN id = ?1 THEN 1 ELSE 2 END FROM articles WHERE id = ?1 OR text_hash = ?2 LIMIT 1"),
            _insertAlias = new SqliteStatement(connection, "INSERT OR IGNORE INTO aliases (identity_id, norm) VALUES (?1, ?2)"),
            _insertEntity = new SqliteStatement(connection, "INSERT INTO article_entities (article_seq, local_id, identity_id, name, mention_spans) VALUES (?1, ?2, ?3, ?4, ?5)"),
            _insertSpeaker = new SqliteStatement(connection, "INSERT INTO speakers (article_seq, local_id, identity_id, name, type) VALUES (?1, ?2, ?3, ?4, ?5)"),
            _insertQuote = new SqliteStatement(connection,
                "INSERT INTO quotes (id, article_seq, local_id, speaker_identity, speaker_name, kind, act, text, start, end, cue, source_text, confidence, published, about_names) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"),
            _insertAbout = new SqliteStatement(connection, "INSERT OR IGNORE INTO quote_about (quote_id, identity_id) VALUES (?1, ?2)"),
            _insertStance = new SqliteStatement(connection,
                "INSERT INTO stances (article_seq, target, quote_local_id, speaker_local_id, label, agree, disagree, discuss, unrelated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        ];
        _identities = new IdentityTable(connection);
    }

    /// <summary>Starts a batch inside the caller's open transaction.</summary>
    public void BeginBatch()
    {
        _seq = _nextSeq.ReadInt64()!.Value;
        _quoteId = _nextQuoteId.ReadInt64()!.Value;
        _now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        _identities.BeginBatch();
    }

    /// <summary>Ends the batch's writes: surname-only persons re-pointed (the rule of <see cref="IdentityKey"/>).</summary>
    public void EndBatch() => _identities.ResolveSurnames();

    /// <summary>The batch committed.</summary>
    public void Committed() => _identities.Committed();

    /// <summary>The batch rolled back: forget what it cached.</summary>
    public void RolledBack() => _identities.RolledBack();

    /// <summary>Writes <paramref name="article"/> unless its id or text is already stored.</summary>
    public AddOutcome Write(CorpusArticle article)
    {
        Validate(article);
        long? published = article.Published?.ToUnixTimeMilliseconds();
        long seq = _seq;
        int inserted = _insertArticle.Bind(1, seq).Bind(2, article.Id).Bind(3, article.TextHash).Bind(4, article.TextLength).Bind(5, article.Url)
            .Bind(6, article.Headline).Bind(7, article.Source).Bind(8, article.Byline).Bind(9, published).Bind(10, _now).Execute();
        if (inserted == 0)
        {
            return _findDuplicate.Bind(1, article.Id).Bind(2, article.TextHash).ReadInt64() == 1 ? AddOutcome.DuplicateId : AddOutcome.DuplicateText;
        }

        _seq++;
        WriteEntities(seq, article);
        WriteSpeakers(seq, article);
        WriteQuotes(seq, article, published);
        foreach (CorpusStance stance in article.Stances)
        {
            _insertStance.Bind(1, seq).Bind(2, stance.Target).Bind(3, stance.QuoteLocalId).Bind(4, stance.SpeakerLocalId).Bind(5, (long)stance.Label)
                .Bind(6, stance.Agree).Bind(7, stance.Disagree).Bind(8, stance.Discuss).Bind(9, stance.Unrelated).Execute();
        }

        return AddOutcome.Added;
    }

    /// <summary>Finalises the statements.</summary>
    public void Dispose()
    {
        _identities.Dispose();
        foreach (SqliteStatement statement in _all)
        {
            statement.Dispose();
        }
    }

    private void WriteEntities(long seq, CorpusArticle article)
    {
        _entityIdentity.Clear();
        _entityNames.Clear();
        foreach (CorpusEntity entity in article.Entities)
        {
            _entityNames[entity.LocalId] = entity.Name;
            if (IdentityKey.For(entity.Name, entity.Type) is not { } key)
            {
                continue;
            }

            long identity = _identities.IdOf(key, entity.Name);
            _entityIdentity[entity.LocalId] = identity;
            _insertEntity.Bind(1, seq).Bind(2, entity.LocalId).Bind(3, identity).Bind(4, entity.Name).Bind(5, Spans(entity.Mentions)).Execute();
            foreach (string alias in entity.Aliases)
            {
                string norm = string.Join(' ', IdentityKey.Words(alias));
                if (norm.Length > 0 && _identities.IsNewAlias(identity, norm))
                {
                    _insertAlias.Bind(1, identity).Bind(2, norm).Execute();
                }
            }
        }
    }

    private void WriteSpeakers(long seq, CorpusArticle article)
    {
        _speakerIdentity.Clear();
        _speakerNames.Clear();
        foreach (CorpusSpeaker speaker in article.Speakers)
        {
            long? identity = null;
            if (speaker.Type is { } type)
            {
                if (IdentityKey.For(speaker.Name, type) is { } key)
                {
                    identity = _identities.IdOf(key, speaker.Name);
                }
                else if (_entityIdentity.TryGetValue(speaker.EntityLocalId, out long viaEntity))
                {
                    identity = viaEntity;
                }
            }

            if (identity is long id)
            {
                _speakerIdentity[speaker.LocalId] = id;
            }

            _speakerNames[speaker.LocalId] = speaker.Name;
            _insertSpeaker.Bind(1, seq).Bind(2, speaker.LocalId).Bind(3, identity).Bind(4, speaker.Name).Bind(5, speaker.Type is { } t ? (long)t : null).Execute();
        }
    }

    private void WriteQuotes(long seq, CorpusArticle article, long? published)
    {
        foreach (CorpusQuote quote in article.Quotes)
        {
            long? speaker = quote.SpeakerLocalId is int local && _speakerIdentity.TryGetValue(local, out long sid) ? sid : null;
            string? speakerName = quote.SpeakerLocalId is int l && _speakerNames.TryGetValue(l, out string? name) ? name : null;
            string? aboutNames = null;
            foreach (int about in quote.AboutEntityLocalIds)
            {
                if (_entityIdentity.ContainsKey(about) && _entityNames.TryGetValue(about, out string? aboutName))
                {
                    aboutNames = aboutNames is null ? aboutName : aboutNames + AboutSeparator + aboutName;
                }
            }

            long quoteId = _quoteId++;
            _insertQuote.Bind(1, quoteId).Bind(2, seq).Bind(3, quote.LocalId).Bind(4, speaker).Bind(5, speakerName).Bind(6, (long)quote.Kind).Bind(7, (long)quote.Act)
                .Bind(8, quote.Text).Bind(9, quote.Start).Bind(10, quote.End).Bind(11, quote.Cue).Bind(12, quote.SourceText).Bind(13, quote.Confidence)
                .Bind(14, published).Bind(15, aboutNames).Execute();
            foreach (int about in quote.AboutEntityLocalIds)
            {
                if (_entityIdentity.TryGetValue(about, out long entity))
                {
                    _insertAbout.Bind(1, quoteId).Bind(2, entity).Execute();
                }
            }
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

    /// <summary>Mention spans as <c>start-end start-end …</c> (the <c>article_entities.mention_spans</c> column).</summary>
    private string Spans(IReadOnlyList<Documents.TextSpan> mentions)
    {
        System.Text.StringBuilder text = _text.Clear();
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
}
