using System.Text.RegularExpressions;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// A non-restrictive relative clause right after a speaker's name ("Mr Clarke, who took over the post on Thursday after his
/// predecessor quit, has rejected calls to pause the bill") describes the speaker; the reporter's words about what the
/// speaker did follow it. <see cref="DocumentSideReader.ReadParaphrases"/> reads the clause and what follows it as two
/// texts, so the clause's words do not use up the words in which the speaker's act is looked for, and an act in the clause
/// ("Charles Kennedy, who backs the constitution, said …") is still read.
/// </summary>
internal static partial class RelativeClauseAfterName
{
    /// <summary>
    /// <paramref name="text"/> (what follows a name) split into a leading ", who … ," or ", which … ," clause and the rest;
    /// null when it does not open with one.
    /// </summary>
    public static (string Clause, string After)? Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Match m = LeadingClause().Match(text);
        return m.Success ? (text[..m.Length], text[m.Length..]) : null;
    }

    [GeneratedRegex(@"^\s*,\s*(?:who|which)\b[^,;:.!?()""\u201C\u201D]{1,120},")]
    private static partial Regex LeadingClause();
}
