using System.Text.RegularExpressions;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// A non-restrictive relative clause right after a speaker's name ("Mr Clarke, who took over the post on Thursday after his
/// predecessor quit, has rejected calls to pause the bill") describes the speaker; the reporter's words about what the
/// speaker did follow it. <see cref="DocumentSideReader.ReadParaphrases"/> reads from after the clause, so its words do not
/// use up the words in which the speaker's act is looked for, and an act inside it (what the clause says they did before)
/// is not read as their side.
/// </summary>
internal static partial class RelativeClauseAfterName
{
    /// <summary><paramref name="text"/> (what follows a name) without a leading ", who … ," or ", which … ," clause.</summary>
    public static string Skip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Match m = LeadingClause().Match(text);
        return m.Success ? text[m.Length..] : text;
    }

    [GeneratedRegex(@"^\s*,\s*(?:who|which)\b[^,;:.!?()""\u201C\u201D]{1,120},")]
    private static partial Regex LeadingClause();
}
