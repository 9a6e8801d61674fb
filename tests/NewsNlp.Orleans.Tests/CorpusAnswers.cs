using System.Globalization;
using NewsNlp.Corpus;
using NewsNlp.Corpus.Identity;
using NewsNlp.Corpus.Model;
using NewsNlp.Corpus.Queries;
using NewsNlp.Corpus.Sqlite;
using NewsNlp.Documents;

namespace NewsNlp.Orleans.Tests;

/// <summary>
/// Every query of an index written out as lines without identity ids (ids are numbered in arrival order, which a cluster
/// does not fix); names are compared by identity key, so two stores holding the same corpus give the same lines.
/// </summary>
internal static class CorpusAnswers
{
    private static readonly string[] Names = ["Okonkwo", "amara okonkwo", "Henriksen", "Mr Brandt", "Priya Ramen", "Vasquez", "Norland"];

    public static async Task<List<string>> OfAsync(ICorpusIndex index)
    {
        var lines = new List<string>();
        CorpusSummary summary = await index.GetSummaryAsync();
        lines.Add($"summary {summary}");
        IReadOnlyList<SpeakerCount> speakers = await index.GetTopSpeakersAsync(DateRange.All, 10_000);
        lines.AddRange(speakers.Select(s => $"speaker {Key(s.Name, s.Type)} {s.Quotes} {s.Articles}").Order(StringComparer.Ordinal));
        foreach (SpeakerCount speaker in speakers.OrderByDescending(s => s.Quotes).ThenBy(s => Key(s.Name, s.Type), StringComparer.Ordinal).Take(15))
        {
            string who = Key(speaker.Name, speaker.Type);
            IReadOnlyList<StoredQuote> quotes = await index.GetQuotesAsync(new QuoteQuery { SpeakerId = speaker.SpeakerId, Limit = 100_000 });
            lines.AddRange(quotes.Select(q => $"quote {who} {q.ArticleId} {q.QuoteId} {q.Published:O} {q.Kind} {q.Text} [{string.Join('|', q.About)}]").Order(StringComparer.Ordinal));
            IReadOnlyList<TimelinePoint> months = await index.GetTimelineAsync(speaker.SpeakerId, TimelineInterval.Month, DateRange.All);
            lines.AddRange(months.Select(m => $"timeline {who} {m.PeriodStart:O} {m.Quotes} {m.Articles}"));
        }

        foreach (string name in Names)
        {
            IReadOnlyList<SpeakerMatch> matches = await index.FindSpeakersAsync(name, 50);
            lines.AddRange(matches.Select(m => $"find-speaker {name}: {Key(m.Name, m.Type)} {m.Quotes} {m.Articles} {m.Score.ToString("F4", CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal));
            IReadOnlyList<EntityMatch> entities = await index.FindEntitiesAsync(name, 50);
            lines.AddRange(entities.Select(m => $"find-entity {name}: {Key(m.Name, m.Type)} {m.Articles} {m.Score.ToString("F4", CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal));
        }

        IReadOnlyList<EntityCount> subjects = await index.GetTopSubjectsAsync(DateRange.All, 10_000);
        lines.AddRange(subjects.Select(s => $"subject {Key(s.Name, s.Type)} {s.Quotes} {s.Speakers}").Order(StringComparer.Ordinal));
        foreach (EntityCount subject in subjects.OrderByDescending(s => s.Quotes).ThenBy(s => Key(s.Name, s.Type), StringComparer.Ordinal).Take(5))
        {
            IReadOnlyList<SpeakerCount> who = await index.GetWhoTalksAboutAsync(subject.EntityId, DateRange.All, 10_000);
            lines.AddRange(who.Select(s => $"about {Key(subject.Name, subject.Type)}: {Key(s.Name, s.Type)} {s.Quotes} {s.Articles}").Order(StringComparer.Ordinal));
        }

        return lines;
    }

    /// <summary>The answers of the one-machine SQLite store holding <paramref name="articles"/> added in batches.</summary>
    public static async Task<(List<string> Answers, List<AddOutcome> Outcomes)> OfSqliteAsync(IReadOnlyList<CorpusArticle> articles, int batch)
    {
        string path = Path.Combine(Path.GetTempPath(), $"newsnlp-orleans-test-{Guid.NewGuid():N}.db");
        try
        {
            await using SqliteCorpusIndex sqlite = SqliteCorpusIndex.Open(path);
            var outcomes = new List<AddOutcome>();
            foreach (CorpusArticle[] chunk in articles.Chunk(batch))
            {
                outcomes.AddRange(await sqlite.AddManyAsync(chunk));
            }

            return (await OfAsync(sqlite), outcomes);
        }
        finally
        {
            foreach (string file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    public static string Key(string name, EntityType type) => IdentityKey.For(name, type)?.Key ?? name;
}
