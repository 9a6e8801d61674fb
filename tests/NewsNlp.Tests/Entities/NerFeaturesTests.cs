using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Entities.Training;

namespace NewsNlp.Tests.Entities;

public class NerFeaturesTests
{
    private static (NewsDocument Doc, TokenFacts[] Facts) Facts(string conll, NerLexicon? lexicon = null)
    {
        NewsDocument doc = NerTestData.Parse(conll)[0].ToNewsDocument();
        var facts = new TokenFacts[doc.Tokens.Count];
        NerFeatures.ComputeFacts(doc.Text, doc.Tokens.Rows, lexicon ?? NerLexicon.Empty, facts);
        NerFeatures.MarkDocument(facts, doc.Sentences);
        return (doc, facts);
    }

    private static ulong[] Local(TokenFacts[] facts, TokenRange sentence, int i)
    {
        ulong[] output = new ulong[NerFeatures.MaxLocal];
        int n = NerFeatures.Local(facts.AsSpan(sentence.FirstToken, sentence.TokenCount), i, output);
        return output[..n];
    }

    [Fact]
    public void Orthographic_flags_and_headlines_are_detected()
    {
        (NewsDocument doc, TokenFacts[] facts) = Facts("SOCCER O\n- O\nJAPAN B-LOC\nWIN O\n\nThe O\nJapanese B-MISC\nteam O\nwon O\n2-1 O\n");
        Assert.True((facts[0].Flags & TokenFlags.Headline) != 0);
        Assert.True((facts[2].Flags & TokenFlags.AllCaps) != 0);
        Assert.True((facts[4].Flags & TokenFlags.Headline) == 0);
        Assert.True((facts[4].Flags & TokenFlags.SentenceStart) != 0);
        Assert.True((facts[5].Flags & TokenFlags.Capitalized) != 0);
        Assert.True((facts[8].Flags & TokenFlags.HasDigit) != 0);
        Assert.Equal(facts[0].Lower, NerLexicon.WordKey("soccer"));
        Assert.Equal(2, doc.Sentences.Count);
    }

    [Fact]
    public void Features_are_stable_distinct_and_depend_on_the_context()
    {
        (NewsDocument doc, TokenFacts[] facts) = Facts("Peter O\nBlackburn O\nwon O\n\nPeter O\nwon O\n");
        ulong[] a = Local(facts, doc.Sentences[0], 0);
        ulong[] b = Local(facts, doc.Sentences[1], 0);
        ulong[] again = Local(facts, doc.Sentences[0], 0);
        Assert.Equal(a, again);
        Assert.Equal(a.Length, a.Distinct().Count());
        Assert.Contains(a, h => !b.Contains(h)); // the right neighbour differs
        Assert.True(a.Intersect(b).Count() > a.Length / 2); // the word's own features are shared
        Assert.InRange(a.Length, 20, NerFeatures.MaxLocal);
    }

    [Fact]
    public void Gazetteer_phrases_mark_bilu_positions_per_category()
    {
        var gazetteer = new Dictionary<ulong, int>();
        void Add(GazetteerCategory category, params string[] words)
        {
            ulong h = 0;
            for (int i = 0; i < words.Length; i++)
            {
                ulong key = NerLexicon.WordKey(words[i]);
                h = i == 0 ? NerLexicon.PhraseStart(key) : NerLexicon.PhraseNext(h, key);
                gazetteer[h] = gazetteer.GetValueOrDefault(h) | (i == words.Length - 1 ? 1 << (int)category : NerLexicon.PrefixBit);
            }
        }

        Add(GazetteerCategory.City, "new", "york", "city");
        Add(GazetteerCategory.Region, "new", "york");
        var lexicon = new NerLexicon(new HashIndex(new Dictionary<ulong, int>()), new HashIndex(gazetteer));
        (_, TokenFacts[] facts) = Facts("in O\nNew B-LOC\nYork I-LOC\nCity I-LOC\n.\n", lexicon);
        int Position(int token, GazetteerCategory c) => (int)((facts[token].Gazetteer >> ((int)c * 4)) & 0xF);
        Assert.Equal([0, 1, 2, 3], Enumerable.Range(0, 4).Select(t => Position(t, GazetteerCategory.City)));
        Assert.Equal([0, 1, 3, 0], Enumerable.Range(0, 4).Select(t => Position(t, GazetteerCategory.Region)));
    }
}
