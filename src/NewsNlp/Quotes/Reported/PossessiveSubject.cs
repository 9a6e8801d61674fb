using NewsNlp.Quotes.Sources;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// A closing report's subject may be a possessive noun phrase: <c>…, the government's planning agency said.</c>,
/// <c>…, the company's chief executive said.</c> The subject finder returns the phrase after the <c>'s</c>
/// (<c>planning agency</c>), which no comma opens, so the closing report was lost. The subject reaches back over the
/// <c>'s</c> to the noun phrase that owns it (once more for <c>the bank's board's chairman</c>).
/// </summary>
internal static class PossessiveSubject
{
    /// <summary>Possessives read back over at most.</summary>
    private const int MaxPossessives = 2;

    /// <summary>
    /// The first token of the subject whose finder returned <c>[f, …)</c>: the owner's phrase before an <c>'s</c> right
    /// before <paramref name="f"/>, or <paramref name="f"/> itself.
    /// </summary>
    public static int Extend(DocumentView v, int f, int limit)
    {
        for (int i = 0; i < MaxPossessives && f - 2 > limit && v.IsApostropheS(f - 1); i++)
        {
            (int pf, int pe) = SourceFinder.PhraseEndingAt(v, f - 2, limit);
            if (pf <= limit || pe != f - 1)
            {
                break;
            }

            f = pf;
        }

        return f;
    }
}
