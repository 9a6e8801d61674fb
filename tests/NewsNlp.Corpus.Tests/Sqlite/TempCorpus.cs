using NewsNlp.Corpus.Model;
using NewsNlp.Corpus.Sqlite;
using NewsNlp.Documents;

namespace NewsNlp.Corpus.Tests.Sqlite;

/// <summary>A temporary folder for corpus files, deleted afterwards, and hand-made articles.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Folder = Path.Combine(Path.GetTempPath(), "newsnlp-corpus-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DbPath => Path.Combine(Folder, "corpus.db");

    public SqliteCorpusIndex Open(bool create = true) => SqliteCorpusIndex.Open(DbPath, new SqliteCorpusOptions { CreateIfMissing = create });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// An article whose speakers are (name, type) pairs, each with one quote per entry of <paramref name="quotes"/> naming
    /// that speaker's index; <paramref name="about"/> lists entity names the first quote mentions.
    /// </summary>
    public static CorpusArticle Article(string id, DateTimeOffset? published, (string Name, EntityType Type)[] speakers, int[] quotes, string[]? about = null, string? text = null)
    {
        var entities = new List<CorpusEntity>();
        foreach ((string name, EntityType type) in speakers)
        {
            entities.Add(new CorpusEntity(entities.Count, name, type, [name, name.Split(' ')[^1]], [new TextSpan(0, name.Length)]));
        }

        var aboutIds = new List<int>();
        foreach (string name in about ?? [])
        {
            aboutIds.Add(entities.Count);
            entities.Add(new CorpusEntity(entities.Count, name, EntityType.Person, [name], [new TextSpan(10, 10 + name.Length)]));
        }

        return new CorpusArticle
        {
            Id = id,
            TextHash = CorpusArticleBuilder.TextHash(text ?? "text of " + id),
            TextLength = 100,
            Headline = "Headline " + id,
            Published = published,
            Entities = entities,
            Speakers = [.. speakers.Select((s, i) => new CorpusSpeaker(i, s.Name, s.Type, i))],
            Quotes = [.. quotes.Select((speaker, i) => new CorpusQuote
            {
                LocalId = i,
                Kind = QuoteKind.Direct,
                Text = $"quote {i} of {speakers[speaker].Name} in {id}",
                Start = i * 10,
                End = (i * 10) + 5,
                SpeakerLocalId = speaker,
                AboutEntityLocalIds = i == 0 ? aboutIds : [],
            })],
        };
    }

    public static DateTimeOffset Day(int month, int day) => new(2024, month, day, 12, 0, 0, TimeSpan.Zero);
}
