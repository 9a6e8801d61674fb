using NewsNlp.Stance.Features;

namespace NewsNlp.Stance.Tests.Features;

public class TextPreparerTests
{
    [Fact]
    public void Splits_words_and_sentences_and_stems_inflections_together()
    {
        PreparedText p = TextPreparer.Prepare("Officials denied it. The minister denies the claims!\nNew line");
        Assert.Equal(3, p.SentenceCount);
        Assert.Equal(TextPreparer.Stem("denied"), TextPreparer.Stem("denies"));
        Assert.Equal(TextPreparer.Stem("claims"), TextPreparer.Stem("claim"));
        Assert.Contains("officials", p.Words);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\\uD800 lone \\uDC00 surrogates")]
    [InlineData("\0\u0001\u0002 binary \uFFFF")]
    public void Odd_input_gives_a_result(string text)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);   // lone surrogates cannot live in attribute data
        PreparedText p = TextPreparer.Prepare(text);
        Assert.True(p.Words.Length >= 0);
        Assert.Equal(p.Words.Length, p.Stems.Length);
    }

    [Fact]
    public void Huge_token_is_cut_to_a_bounded_word()
    {
        PreparedText p = TextPreparer.Prepare(new string('a', 1_000_000));
        Assert.Single(p.Words);
        Assert.True(p.Words[0].Length <= 40);
    }

    [Fact]
    public void Featurizer_gives_finite_features_and_higher_overlap_for_related_text()
    {
        var featurizer = new StanceFeaturizer(new IdfTable(new Dictionary<string, float>(), 10, 50));
        PreparedText headline = TextPreparer.Prepare("Giant spider found in tourist's stomach");
        var related = new float[StanceFeaturizer.Count];
        var unrelated = new float[StanceFeaturizer.Count];
        featurizer.Featurize(headline, TextPreparer.Prepare("Doctors say a giant spider was found in the stomach of a tourist. It is a hoax."), related);
        featurizer.Featurize(headline, TextPreparer.Prepare("The central bank raised interest rates on Tuesday."), unrelated);
        Assert.All(related, v => Assert.True(float.IsFinite(v)));
        int cos = StanceFeaturizer.FeatureNames.ToList().IndexOf("cos_body");
        Assert.True(related[cos] > unrelated[cos]);
        int refute = StanceFeaturizer.FeatureNames.ToList().IndexOf("b_refute");
        Assert.True(related[refute] >= 1);
    }
}
