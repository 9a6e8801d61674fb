using NewsNlp.Learning;
using NewsNlp.Quotes.Learning;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.WordLists;

namespace NewsNlp.Tests.Quotes;

/// <summary>The attribution word lists: embedded data files, no repeats, and the tagger bound to the lists it was trained with.</summary>
public sealed class WordListTests
{
    private static IEnumerable<string> EmbeddedListNames() =>
        typeof(QuoteLexicon).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(WordList.ResourcePrefix, StringComparison.Ordinal) && r.EndsWith(".txt", StringComparison.Ordinal))
            .Select(r => r[WordList.ResourcePrefix.Length..^".txt".Length]);

    [Fact]
    public void EveryEmbeddedListLoadsWithoutRepeats()
    {
        List<string> names = [.. EmbeddedListNames()];
        Assert.Contains("speech-verbs", names);
        Assert.Contains("spokes-nouns", names);
        Assert.Contains("act-speech-verbs", names);
        Assert.Contains("titles", names);
        foreach (string name in names)
        {
            WordList list = WordList.Load(name);
            Assert.NotEmpty(list.Entries);
            Assert.Equal(list.Entries.Count, list.Entries.Select(e => e.Split('/')[0].ToLowerInvariant()).Distinct().Count());
        }
    }

    [Fact]
    public void EveryListNamesOneOwnerClassThatExists()
    {
        Type[] types = typeof(QuoteLexicon).Assembly.GetTypes();
        foreach (string name in EmbeddedListNames())
        {
            using Stream stream = typeof(QuoteLexicon).Assembly.GetManifestResourceStream(WordList.ResourcePrefix + name + ".txt")!;
            using var reader = new StreamReader(stream);
            string[] owners = [.. reader.ReadToEnd().Split('\n').Where(l => l.StartsWith("# Owner: ", StringComparison.Ordinal))];
            Assert.True(owners.Length == 1, $"{name}: {owners.Length} owner lines");
            string owner = owners[0]["# Owner: ".Length..].Split([' ', '.', '('])[0];
            Assert.True(types.Any(t => t.Name == owner), $"{name}: owner {owner} is not a type of NewsNlp");
        }
    }

    [Fact]
    public void ARepeatedEntryIsRefusedNamingTheList()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => WordList.Parse("speech-verbs", "say\n# a comment\ntell/tells/told/told/telling\nTell\n"));
        Assert.Contains("'speech-verbs'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Tell", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TagsAndCommentsAreRead()
    {
        WordList list = WordList.Parse("t", "# header\nspokesman +role\nmouthpiece # no tag\n\n");
        Assert.Equal(["spokesman", "mouthpiece"], list.Entries);
        Assert.Equal(["spokesman"], list.Tagged("role"));
    }

    [Fact]
    public void SpokesNounsMarkedAsRolesAreRoleNounsAndTheOthersAreNot()
    {
        Assert.True((QuoteLexicon.Classify("spokesman") & WordClass.RoleNoun) != 0);
        Assert.True((QuoteLexicon.Classify("representatives") & WordClass.RoleNoun) != 0);
        Assert.Equal(WordClass.None, QuoteLexicon.Classify("mouthpiece") & WordClass.RoleNoun);
        Assert.True(SpeakerWords.IsSpokesNoun("mouthpiece"));
    }

    [Fact]
    public void EveryQuoteLexiconListHasAFingerprintThatFollowsItsForms()
    {
        string[] fingerprinted = [.. QuoteLexicon.Fingerprints.Select(f => f.List)];
        Assert.Contains("speech-verbs", fingerprinted);
        Assert.Contains("role-nouns", fingerprinted);
        Assert.Equal(fingerprinted.Length, fingerprinted.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(WordList.Fingerprint(["b", "a", "A"]), WordList.Fingerprint(["a", "b"]));
        Assert.NotEqual(WordList.Fingerprint(["a", "b"]), WordList.Fingerprint(["a", "b", "c"]));
    }

    [Fact]
    public void ATaggerTrainedWithOtherListsIsRefusedNamingTheList()
    {
        AttributionTagger embedded = AttributionTagger.Embedded!;
        (string List, ulong Hash)[] changed = [.. QuoteLexicon.Fingerprints.Select(f => f.List == "speech-verbs" ? (f.List, f.Hash + 1) : f)];
        string path = Path.GetTempFileName();
        try
        {
            embedded.WithLexicon(QuoteLexicon.Fingerprints).Save(path);
            Assert.NotNull(AttributionTagger.Load(path));

            embedded.WithLexicon(changed).Save(path);
            var ex = Assert.Throws<ModelFormatException>(() => AttributionTagger.Load(path));
            Assert.Contains("'speech-verbs'", ex.Message, StringComparison.Ordinal);

            embedded.WithLexicon([.. QuoteLexicon.Fingerprints.Where(f => f.List != "role-nouns")]).Save(path);
            ex = Assert.Throws<ModelFormatException>(() => AttributionTagger.Load(path));
            Assert.Contains("'role-nouns'", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
