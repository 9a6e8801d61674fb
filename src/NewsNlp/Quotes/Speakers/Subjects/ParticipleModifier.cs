using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// A subject cut short by a present participle that modifies it: in <c>Police investigating Ana Ruiz's death said …</c>
/// or <c>Lawyers representing the families said …</c> the police and the lawyers speak, not a name inside the participle's
/// object. The quote's source span is left as it is; the speaker is resolved from the returned phrase.
/// </summary>
internal static class ParticipleModifier
{
    /// <summary>Participles used as prepositions, which add to the noun before them rather than restrict it.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLike =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["including", "excluding", "regarding", "concerning", "following", "according", "involving", "notwithstanding", "barring", "pending", "considering"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The words of the source before a lower-case "-ing" word that follows a plural or role noun and takes an object (a
    /// determiner or a name after it); else (-1, -1).
    /// </summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || d.SourceFirst < 0 || d.SourceEnd > v.Count || d.SourceEnd - d.SourceFirst < 2 || v.InQuote(d.SourceFirst))
        {
            return (-1, -1);
        }

        for (int t = d.SourceFirst + 1; t < d.SourceEnd && t + 1 < v.Count; t++)
        {
            if (v.Shapes[t] != TokenShape.Lower || !v.Chars(t).EndsWith("ing", StringComparison.Ordinal) || v.Chars(t).Length < 6)
            {
                continue;
            }

            if (PrepositionLike.Contains(v.Chars(t)))
            {
                return (-1, -1); // "Groups including the Musicians' Union": the named member is part of who speaks
            }

            // The head is a plural noun ("Police", "lawyers") or a role noun, not a number or an adjective the participle
            // qualifies ("Three leading UK firms").
            int head = t - 1;
            bool headNoun = (NounPhrases.IsPlural(v.Chars(head)) || v.Is(head, WordClass.RoleNoun)) && v.Shapes[head] is TokenShape.Lower or TokenShape.Capitalised;
            bool takesObject = v.Is(t + 1, WordClass.Determiner) || v.IsNameToken(t + 1);
            return headNoun && takesObject && !v.Is(head, WordClass.CapitalisedFunctionWord) ? (d.SourceFirst, t) : (-1, -1);
        }

        return (-1, -1);
    }
}
