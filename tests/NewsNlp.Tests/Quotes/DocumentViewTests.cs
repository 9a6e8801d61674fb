using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes;

namespace NewsNlp.Tests.Quotes;

/// <summary>Name tokens of the document view: capitalised words, name particles and "al-"/"el-" names.</summary>
public sealed class DocumentViewTests
{
    [Fact]
    public void NameTokensAreCapitalisedWordsParticlesAndArabicArticleNames()
    {
        NewsDocument document = QuoteTestHelpers.Annotate(
            "Bashar al-Jaafari met el-Sisi, al- and el-sisi, bin Salman, de Gaulle, all el-, xl-Foo, ål-Foo and al-Ñ in Cairo.");
        using var v = new DocumentView(document, useEntities: false);
        var names = new List<string>();
        for (int t = -1; t <= v.Count; t++)
        {
            // The definition the view implements in place.
            bool expected = (uint)t < (uint)v.Count && (v.Shapes[t] == TokenShape.Capitalised || (v.Shapes[t] == TokenShape.Lower
                && ((v.Classes[t] & WordClass.NameParticle) != 0 || ((v.Chars(t).StartsWith("al-", StringComparison.Ordinal)
                    || v.Chars(t).StartsWith("el-", StringComparison.Ordinal)) && v.Chars(t).Length > 3 && char.IsUpper(v.Chars(t)[3])))));
            Assert.Equal(expected, v.IsNameToken(t));
            if (expected)
            {
                names.Add(v.Chars(t).ToString());
            }
        }

        Assert.Contains("Jaafari", names);
        Assert.Contains("Sisi", names);
        Assert.DoesNotContain("all", names);
        Assert.DoesNotContain("sisi", names);
    }
}
