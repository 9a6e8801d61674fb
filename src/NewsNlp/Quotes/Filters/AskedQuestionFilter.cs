namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A question put to someone is not what they said: <c>Asked whether he thought the BBC should have screened it, he
/// said: …</c>, <c>Asked if the measures could succeed, Baldrige declined to comment.</c>, <c>Tory leader Michael
/// Howard, asked about the remark by reporters, said …</c>. A reported or mixed clause whose cue is the participle
/// <c>asked</c> opening its sentence, or following a comma after its source (an insertion in the subject's clause), is
/// an action: the asker is unnamed and the one asked answers in the sentence's own attribution.
/// </summary>
internal sealed class AskedQuestionFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "asked-question";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int cue = draft.CueFirst;
        if (draft.Kind == Documents.QuoteKind.Direct || cue < 0 || !v.TextIs(cue, "asked"))
        {
            return FilterVerdict.Keep;
        }

        bool opensSentence = cue == 0 || v.SentenceOf[cue - 1] != v.SentenceOf[cue];
        bool insertion = cue > 0 && v.Shapes[cue - 1] == TokenShape.Comma && (!draft.HasSource || draft.SourceEnd <= cue - 1);
        return opensSentence || insertion ? FilterVerdict.Action : FilterVerdict.Keep;
    }
}
