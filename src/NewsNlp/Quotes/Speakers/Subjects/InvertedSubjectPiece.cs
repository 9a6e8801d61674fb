using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>Technical issues must be resolved first, said the report.</c>: after a comma, a verb of saying followed by a short
/// noun phrase that ends the sentence is an inverted report, and the phrase is its subject. Where the finder took that
/// phrase into the quote's content (as a piece of its own after the cue) and named another source, the phrase becomes the
/// source and the piece leaves the content.
/// </summary>
internal static class InvertedSubjectPiece
{
    /// <summary>Most tokens of the inverted subject.</summary>
    private const int MaxSubject = 8;

    /// <summary>Re-points the source of <paramref name="d"/> to the inverted subject its content took in; true when it did.</summary>
    public static bool Apply(DocumentView v, QuoteDraft d)
    {
        if (!d.HasCue || d.CueEnd - d.CueFirst != 1 || d.CueFirst < 1 || d.CueEnd >= v.Count || d.Content.Count < 2
            || v.Shapes[d.CueFirst - 1] != TokenShape.Comma || v.Shapes[d.CueFirst] != TokenShape.Lower || !v.Is(d.CueFirst, WordClass.CueVerb)
            || !(v.Is(d.CueEnd, WordClass.Determiner) || v.IsNameToken(d.CueEnd)) || v.InQuote(d.CueEnd))
        {
            return false;
        }

        TextSpan last = d.Content[^1];
        if (last.Start != v.Starts[d.CueEnd])
        {
            return false;
        }

        int sentence = v.SentenceOf[d.CueEnd];
        int end = d.CueEnd;
        while (end < v.Count && end - d.CueEnd <= MaxSubject && v.SentenceOf[end] == sentence && v.Shapes[end] != TokenShape.SentenceEnd
            && !v.InQuote(end) && !v.Is(end, WordClass.Auxiliary))
        {
            end++;
        }

        bool endsSentence = end >= v.Count || v.Shapes[end] == TokenShape.SentenceEnd;
        if (!endsSentence || end - d.CueEnd > MaxSubject || end == d.CueEnd || v.Ends[end - 1] != last.End || (end - d.CueEnd == 1 && !v.IsNameToken(d.CueEnd)))
        {
            return false;
        }

        d.SetSource(d.CueEnd, end);
        d.Content.RemoveAt(d.Content.Count - 1);
        int lastToken = d.CueFirst - 1;
        while (lastToken > d.FirstToken && v.Ends[lastToken] > d.Content[^1].End)
        {
            lastToken--;
        }

        d.EndToken = lastToken + 1;
        return true;
    }
}
