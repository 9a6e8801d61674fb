using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A closing report whose subject is a role with the person's name in apposition: <c>Prices will rise again next year,
/// the minister, John Smith, said on Monday.</c>, <c>…, the company's chief executive, Jane Doe, said.</c> The subject
/// finder stops at the comma before the cue; here the subject is the role phrase and the name between the commas (the
/// speaker rules read the name in it), when the role phrase ends in a role noun, follows a comma itself and the name is a
/// capitalised run of at most four tokens.
/// </summary>
internal static class ClosingAppositiveSubject
{
    /// <summary>Longest name in apposition, in tokens.</summary>
    private const int MaxNameTokens = 4;

    /// <summary>
    /// The subject <c>[first, end)</c> of the cue at <paramref name="verb"/> when a comma, a name, a comma and a role
    /// phrase stand before it after the clause start <paramref name="a"/>; else (-1, -1).
    /// </summary>
    public static (int First, int End) Find(DocumentView v, int verb, int a)
    {
        int nameEnd = verb - 1;
        if (nameEnd - 1 <= a || v.Shapes[nameEnd] != TokenShape.Comma)
        {
            return (-1, -1);
        }

        int nf = nameEnd;
        while (nf - 1 > a && nameEnd - (nf - 1) <= MaxNameTokens && v.Shapes[nf - 1] == TokenShape.Capitalised && !v.InQuote(nf - 1))
        {
            nf--;
        }

        if (nf == nameEnd || nf - 1 <= a || v.Shapes[nf - 1] != TokenShape.Comma)
        {
            return (-1, -1);
        }

        int roleEnd = nf - 1;
        if (!v.Is(roleEnd - 1, WordClass.RoleNoun) || v.InQuote(roleEnd - 1))
        {
            return (-1, -1);
        }

        (int rf, int re) = SourceFinder.PhraseEndingAt(v, roleEnd - 1, a);
        rf = rf >= 0 ? PossessiveSubject.Extend(v, rf, a) : rf; // "the firm's chief executive"
        if (rf <= a + 1 || re != roleEnd || v.Shapes[rf - 1] != TokenShape.Comma)
        {
            return (-1, -1);
        }

        return (rf, nameEnd);
    }
}
