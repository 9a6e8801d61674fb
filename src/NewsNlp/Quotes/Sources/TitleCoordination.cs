using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// Session 23: a lower-case <c>and</c> (or a comma before one) inside an office's capitalised title — <c>the Trade and
/// Industry Secretary</c>, <c>the Culture, Media and Sport Secretary</c>, <c>the Work and Pensions Committee</c> — joins
/// the portfolios of one office, so the source is read whole, not cut to <c>the Trade</c>. Only between capitalised
/// words, when the run after it goes on in capitalised words (commas and "and" between) up to a capitalised singular role
/// or organisation noun that ends the phrase.
/// </summary>
internal static class TitleCoordination
{
    /// <summary>Most tokens from the link to the title's head.</summary>
    private const int MaxRun = 8;

    /// <summary>True when the token at <paramref name="link"/> joins portfolios of one title ending at <paramref name="end"/> - 1 (the phrase starting at or after <paramref name="first"/>).</summary>
    public static bool IsAt(DocumentView v, int link, int first, int end)
    {
        bool and = v.Shapes[link] == TokenShape.Lower && (v.TextIs(link, "and") || v.TextIs(link, "&"));
        if (link - 1 < first || end - link > MaxRun || end > v.Count || !(and || v.Shapes[link] == TokenShape.Comma) || !Portfolio(v, link - 1))
        {
            return false;
        }

        int head = end - 1;
        ReadOnlySpan<char> word = v.Chars(head);
        if (head <= link + 1 || v.Shapes[head] != TokenShape.Capitalised || NounPhrases.IsPlural(word)
            || !(v.Is(head, WordClass.RoleNoun) || SpeakerWords.IsOrgNoun(word)))
        {
            return false;
        }

        bool sawAnd = and;
        for (int t = link + 1; t < head; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && v.TextIs(t, "and"))
            {
                sawAnd = true;
            }
            else if (!(Portfolio(v, t) || (v.Shapes[t] == TokenShape.Comma && !sawAnd)))
            {
                return false;
            }
        }

        return sawAnd;
    }

    /// <summary>Capitalised heads of a minister's or an official's office ("Home Secretary", "Trade Minister").</summary>
    private static readonly string[] OfficeHeads = ["Secretary", "Minister", "Chancellor", "President", "Premier", "Commissioner", "Governor", "Mayor", "Chairman", "Chairwoman"];

    /// <summary>True for a capitalised head of one person's office (<see cref="OfficeHeads"/>): "Secretary", "Minister", not "Executive" or "Office".</summary>
    public static bool IsOfficeHead(DocumentView v, int t) =>
        t >= 0 && t < v.Count && v.Shapes[t] == TokenShape.Capitalised && v.TextIsAny(t, OfficeHeads);

    /// <summary>A capitalised word of a portfolio ("Trade", "Media"), not a function word, inside no quotation.</summary>
    private static bool Portfolio(DocumentView v, int t) =>
        v.Shapes[t] == TokenShape.Capitalised && !v.Is(t, WordClass.CapitalisedFunctionWord | WordClass.Determiner) && !v.InQuote(t);
}
