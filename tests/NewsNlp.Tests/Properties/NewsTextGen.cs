using FsCheck;
using FsCheck.Fluent;

namespace NewsNlp.Tests.Properties;

/// <summary>
/// Generators of hostile news-like text for the property tests: words, abbreviations, every quote-mark glyph the
/// pairer knows, apostrophes and inch marks, punctuation, all kinds of white space and line breaks, and arbitrary UTF-16
/// units (lone surrogates, controls, unassigned code points, astral pairs).
/// </summary>
internal static class NewsTextGen
{
    /// <summary>Cases per property: a few thousand in CI, <c>NEWSNLP_PROPERTY_CASES</c> (e.g. 100000) for a nightly run.</summary>
    public static int Cases(int ciDefault)
    {
        string? value = Environment.GetEnvironmentVariable("NEWSNLP_PROPERTY_CASES");
        return int.TryParse(value, out int n) && n > 0 ? n : ciDefault;
    }

    public static Config Config(int ciDefault) => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Cases(ciDefault)).WithEndSize(120);

    private static readonly string[] Words =
    [
        "the", "minister", "said", "told", "reporters", "Mr", "Mr.", "Smith", "U.S.", "Inc.", "St.", "No.", "3.5", "1,000",
        "don't", "Reuters'", "'90s", "6'2\"", "rock'n'roll", "e-mail", "co-operate", "http://x.org/a?b=c", "@handle", "#tag",
        "according", "to", "she", "he", "it", "warned", "that", "PARIS", "(Reuters)", "--", "A.", "J.R.R.", "i.e.", "etc.",
    ];

    private static readonly string[] Marks = ["\"", "“", "”", "„", "‟", "‘", "’", "'", "`", "``", "''", "«", "»", "‹", "›"];

    private static readonly string[] Punctuation = [".", ",", ":", ";", "?", "!", "...", "…", "—", "–", "-", "(", ")", "[", "]", "/", "&", "%", "$"];

    private static readonly string[] Spaces = [" ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", "\u3000", "\u200b", "\ufeff"];

    private static Gen<string> AnyUnit =>
        Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());

    private static Gen<string> AstralPair =>
        Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32);

    /// <summary>One piece of text.</summary>
    private static Gen<string> Piece => Gen.Frequency(
        (30, Gen.Elements(Words)),
        (14, Gen.Elements(Marks)),
        (10, Gen.Elements(Punctuation)),
        (30, Gen.Elements(Spaces)),
        (6, AnyUnit),
        (2, AstralPair));

    /// <summary>News-like text of up to a few hundred characters.</summary>
    public static Arbitrary<string> Text =>
        Arb.From(Gen.ListOf(Piece).Select(pieces => string.Concat(pieces)), Shrink);

    /// <summary>Shrinks by dropping halves, then single characters at the ends.</summary>
    private static IEnumerable<string> Shrink(string text)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        int half = text.Length / 2;
        if (half > 0)
        {
            yield return text[..half];
            yield return text[half..];
        }

        yield return text[1..];
        yield return text[..^1];
    }
}
