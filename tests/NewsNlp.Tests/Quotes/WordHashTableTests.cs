using NewsNlp.Learning;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Learning;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Tests.Quotes;

/// <summary>
/// The word-hash tables that replace string and dictionary lookups in the quote core must answer exactly as the lookups
/// they replace: the view's lexicon classes (<see cref="LexiconHashTable"/>) and the learned cue levels (<see cref="CueLexicon"/>).
/// </summary>
public sealed class WordHashTableTests
{
    [Fact]
    public void Lexicon_classes_through_word_hashes_equal_the_lexicon_for_every_entry_in_every_case()
    {
        int entries = 0;
        foreach ((string word, WordClass expected) in QuoteLexicon.Entries)
        {
            entries++;
            foreach (string form in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                Assert.Equal(QuoteLexicon.Classify(form), Classify(form));
                Assert.Equal(expected, Classify(form));
            }
        }

        Assert.True(entries > 500, $"{entries} lexicon entries");
    }

    [Theory]
    [InlineData("zorblat")]
    [InlineData("saidd")]
    [InlineData("sai")]
    [InlineData("s")]
    [InlineData("")]
    [InlineData("Kelvin")]
    [InlineData("\u017Faid")] // long s: equal to "said" ignoring case (upper case S), not ASCII
    [InlineData("SA\u0130D")] // dotted capital I
    [InlineData("communiqu\u00E9")]
    [InlineData("COMMUNIQU\u00C9")]
    [InlineData("n\u2019t")]
    [InlineData("2,000")]
    public void Lexicon_classes_through_word_hashes_equal_the_lexicon_for_other_words(string word)
    {
        Assert.Equal(QuoteLexicon.Classify(word), Classify(word));
    }

    [Fact]
    public void Cue_levels_from_the_table_equal_the_counts_they_were_built_from()
    {
        var random = new Random(7);
        var counts = new Dictionary<ulong, (int Cue, int Total)> { [0] = (9, 10), [1] = (2, 1000) };
        for (int i = 0; i < 3000; i++)
        {
            int total = random.Next(1, 500);
            counts[(ulong)random.NextInt64()] = (random.Next(0, total + 1), total);
        }

        CueLexicon lexicon = CueLexicon.Build(counts);
        foreach ((ulong word, (int cue, int total)) in counts)
        {
            byte level = lexicon.LevelOf(word);
            if (cue < CueLexicon.MinCueCount)
            {
                Assert.Equal(0, level);
                continue;
            }

            Assert.InRange(level, (byte)1, (byte)7);
            double share = (double)cue / total;
            Assert.Equal(share >= 0.5, level == 7);
        }

        for (int i = 0; i < 3000; i++)
        {
            ulong absent = (ulong)random.NextInt64();
            Assert.Equal(counts.ContainsKey(absent) ? lexicon.LevelOf(absent) : 0, lexicon.LevelOf(absent));
        }

        Assert.Equal(7, lexicon.LevelOf(0));
        Assert.Equal(0, CueLexicon.Empty.LevelOf(StableHash.AddLower(StableHash.Seed, "said")));
    }

    private static WordClass Classify(string word) => LexiconHashTable.Classify(word, StableHash.AddLower(StableHash.Seed, word));
}
