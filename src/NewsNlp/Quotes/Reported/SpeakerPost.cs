using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Session 27: <c>The site will open next spring, said Andrew Hale, general manager of the Northgate plant.</c>,
/// <c>The deal is good for the region, said Elton Price, Harbour's coordinator of supply.</c> — the phrase after the
/// inverted speaker's comma is the speaker's post, not a second part of what was said. It is read as a post when it
/// runs to the sentence end with no verb of saying, auxiliary, <c>that</c>, relative word, quotation, colon, semicolon
/// or comma, and either a role noun (<c>manager</c>, <c>director</c>) comes among its first
/// <see cref="MaxWordsBeforeRole"/> words after modifiers only, or the clause before the report already holds an auxiliary
/// (a whole clause: <c>The deal is good …</c>), so the side after has nothing to complete. Bounded windows: constant
/// work per report.
/// </summary>
internal static class SpeakerPost
{
    /// <summary>Most words before the post's role noun (<c>general manager</c>, <c>Harbour 's regional sales manager</c>).</summary>
    private const int MaxWordsBeforeRole = 5;

    /// <summary>Most tokens of the post.</summary>
    private const int MaxTokens = 16;

    /// <summary>
    /// True when <c>[second + 1, end)</c>, after the inverted report between the commas <paramref name="first"/> and
    /// <paramref name="second"/>, is the speaker's post and the clause <c>[a, first)</c> before it is what was said.
    /// </summary>
    public static bool Follows(DocumentView v, int a, int first, int second, int end)
    {
        int p = second + 1;
        if (p >= end || end - p > MaxTokens || first - a < 3)
        {
            return false;
        }

        int role = -1;
        for (int t = p; t < end; t++)
        {
            if (v.InQuote(t) || v.Shapes[t] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.Semicolon or TokenShape.Comma
                || v.Is(t, WordClass.CueVerb | WordClass.That | WordClass.Relative)
                || (v.Is(t, WordClass.Auxiliary) && !v.IsApostropheS(t)))
            {
                return false;
            }

            if (role < 0 && t - p <= MaxWordsBeforeRole && v.Is(t, WordClass.RoleNoun) && v.Shapes[t] == TokenShape.Lower)
            {
                role = t;
            }
        }

        return role >= 0 || HoldsAuxiliary(v, a, first);
    }

    private static bool HoldsAuxiliary(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.Is(t, WordClass.Auxiliary) && !v.IsApostropheS(t) && !v.InQuote(t))
            {
                return true;
            }
        }

        return false;
    }
}
