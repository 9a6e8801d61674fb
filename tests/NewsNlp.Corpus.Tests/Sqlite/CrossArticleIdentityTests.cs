using NewsNlp.Corpus.Queries;
using NewsNlp.Corpus.Sqlite;
using NewsNlp.Documents;
using static NewsNlp.Corpus.Tests.Sqlite.TempCorpus;

namespace NewsNlp.Corpus.Tests.Sqlite;

public class CrossArticleIdentityTests
{
    [Fact]
    public async Task Full_names_merge_across_articles_whatever_the_title_or_case()
    {
        using var temp = new TempCorpus();
        using SqliteCorpusIndex index = temp.Open();
        await index.AddManyAsync(
        [
            Article("a", Day(1, 1), [("Tony Blair", EntityType.Person)], [0]),
            Article("b", Day(1, 2), [("Prime Minister Tony Blair", EntityType.Person)], [0]),
            Article("c", Day(1, 3), [("TONY BLAIR", EntityType.Person)], [0]),
            Article("d", Day(1, 4), [("Tony Blair", EntityType.Organization)], [0]),     // another type: another identity
        ]);

        IReadOnlyList<SpeakerCount> top = await index.GetTopSpeakersAsync(DateRange.All);
        Assert.Equal([("Tony Blair", EntityType.Person, 3L), ("Tony Blair", EntityType.Organization, 1L)], top.Select(s => (s.Name, s.Type, s.Quotes)));
    }

    [Fact]
    public async Task A_surname_alone_joins_the_only_person_with_that_surname_in_any_arrival_order()
    {
        foreach (bool surnameFirst in new[] { true, false })
        {
            using var temp = new TempCorpus();
            using SqliteCorpusIndex index = temp.Open();
            var full = Article("full", Day(1, 1), [("Tony Blair", EntityType.Person)], [0, 0]);
            var bare = Article("bare", Day(1, 2), [("Blair", EntityType.Person)], [0]);
            if (surnameFirst)
            {
                await index.AddAsync(bare);
                await index.AddAsync(full);
            }
            else
            {
                await index.AddManyAsync([full, bare]);
            }

            SpeakerCount only = Assert.Single(await index.GetTopSpeakersAsync(DateRange.All));
            Assert.Equal(("Tony Blair", 3L, 2L), (only.Name, only.Quotes, only.Articles));
        }
    }

    [Fact]
    public async Task An_ambiguous_surname_is_never_guessed()
    {
        using var temp = new TempCorpus();
        using SqliteCorpusIndex index = temp.Open();
        await index.AddAsync(Article("bare", Day(1, 2), [("Mr Blair", EntityType.Person)], [0]));
        await index.AddAsync(Article("tony", Day(1, 1), [("Tony Blair", EntityType.Person)], [0]));
        Assert.Single(await index.GetTopSpeakersAsync(DateRange.All));                   // merged while Tony is the only Blair

        await index.AddAsync(Article("cherie", Day(1, 3), [("Cherie Blair", EntityType.Person)], [0, 0]));
        IReadOnlyList<SpeakerCount> top = await index.GetTopSpeakersAsync(DateRange.All);
        Assert.Equal([("Cherie Blair", 2L), ("Mr Blair", 1L), ("Tony Blair", 1L)], top.Select(s => (s.Name, s.Quotes)));

        // A name search for the surname finds all three, the exact surname-only identity first.
        IReadOnlyList<SpeakerMatch> found = await index.FindSpeakersAsync("Blair");
        Assert.Equal(3, found.Count);
        Assert.Equal("Mr Blair", found[0].Name);
    }

    [Fact]
    public async Task Unnamed_sources_are_stored_but_never_merged_into_an_identity()
    {
        using var temp = new TempCorpus();
        using SqliteCorpusIndex index = temp.Open();
        var article = Article("a", Day(1, 1), [("Tony Blair", EntityType.Person)], [0]);
        article = article with
        {
            Speakers = [.. article.Speakers, new Model.CorpusSpeaker(1, "police", null, -1)],
            Quotes = [.. article.Quotes, new Model.CorpusQuote { LocalId = 1, Kind = QuoteKind.Indirect, Text = "the road was closed", SpeakerLocalId = 1 }],
        };
        await index.AddAsync(article);
        Queries.CorpusSummary summary = await index.GetSummaryAsync();
        Assert.Equal(2, summary.Quotes);
        Assert.Equal(1, summary.Speakers);
    }
}
