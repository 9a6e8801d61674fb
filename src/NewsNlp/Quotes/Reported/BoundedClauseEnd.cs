using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Where a reported clause that starts at a given token ends, for the rules that find a cue before its content
/// (<see cref="MadeClearReport"/>, <see cref="CallByReport"/>): at a sentence end, a semicolon, a colon or a dash outside
/// quotation marks, at a comma before a relative word or a participle, at the sentence's last token, or after a
/// bounded number of tokens.
/// </summary>
internal static class BoundedClauseEnd
{
    /// <summary>The exclusive end of the clause that starts at <paramref name="first"/> in <paramref name="sentence"/>, at most <paramref name="maxTokens"/> long.</summary>
    public static int Find(DocumentView v, int first, int sentence, int maxTokens)
    {
        int end = first;
        while (end < v.Count && v.SentenceOf[end] == sentence && end - first < maxTokens)
        {
            bool outside = !v.InQuote(end);
            if (outside && v.Shapes[end] is TokenShape.SentenceEnd or TokenShape.Semicolon or TokenShape.Colon or TokenShape.Dash)
            {
                break;
            }

            if (outside && v.Shapes[end] == TokenShape.Comma && end + 1 < v.Count && (v.Is(end + 1, WordClass.Relative) || Clauses.IsParticiple(v, end + 1)))
            {
                break;
            }

            end++;
        }

        return end;
    }
}
