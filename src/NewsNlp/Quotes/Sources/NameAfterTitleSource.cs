using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Sources;

/// <summary>
/// A source that is only the title written before a person's name speaks as that person: in <c>The consultant, Ohio
/// State University Professor of Medicine Carl Leier, said</c> the source finder may stop at the title (a line break
/// or the office's own capitals hide where the name begins), but the person named right after it, just before the cue,
/// speaks. The quote's source span is left as it is; the speaker is resolved from the name.
/// </summary>
internal static class NameAfterTitleSource
{
    /// <summary>The person's name right after <paramref name="d"/>'s source and before its cue, or (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || !v.HasEntities || d.SourceEnd >= d.CueFirst || d.SourceEnd >= v.Count || !HasTitle(v, d.SourceFirst, d.SourceEnd))
        {
            return (-1, -1);
        }

        int m = v.EntityOf[d.SourceEnd];
        if (m < 0 || v.Document.Entities[m].Type != EntityType.Person || v.Document.Entities[m].FirstToken != d.SourceEnd
            || v.SentenceOf[d.SourceEnd] != v.SentenceOf[d.CueFirst])
        {
            return (-1, -1);
        }

        int end = v.Document.Entities[m].EndToken;
        // The cue right after the name, or after the comma closing the appositive ("…, Carl Leier, said").
        int cue = end < v.Count && v.Shapes[end] == TokenShape.Comma ? end + 1 : end;
        return cue == d.CueFirst ? (d.SourceEnd, end) : (-1, -1);
    }

    /// <summary>True when the source [first, end) holds a title or role word ("Professor", "director").</summary>
    private static bool HasTitle(DocumentView v, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (v.Is(t, WordClass.RoleNoun) || Entities.Linking.PersonTitles.IsTitle(v.Chars(t)) || Speakers.PersonNouns.EndAt(v, t) == t + 1)
            {
                return true;
            }
        }

        return false;
    }
}
