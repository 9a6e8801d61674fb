namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A capitalised cue word inside a run of capitalised words is part of a name, not a verb: <c>Some 600 schools have signed
/// up for the Y Vote Mock Elections 2005</c> had the cue <c>Mock</c>. A reported (not quoted) clause whose cue opens with a
/// capitalised word that does not open its sentence (nor follows a quotation mark, colon, bracket or dash) and stands
/// right after a capitalised word or right before a capitalised word or a number is an action. Headlines, written in
/// title case, are left to the headline rules.
/// </summary>
internal sealed class NameWordCueFilter : IAttributionFilter
{
    /// <inheritdoc />
    public string Name => "name-word-cue";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        int cue = draft.CueFirst;
        if (!draft.HasCue || draft.Kind == Documents.QuoteKind.Direct || draft.InHeadline || cue < 1 || v.Shapes[cue] != TokenShape.Capitalised
            || v.SentenceOf[cue - 1] != v.SentenceOf[cue]
            || v.Shapes[cue - 1] is TokenShape.QuoteMark or TokenShape.Colon or TokenShape.OpenBracket or TokenShape.Dash or TokenShape.Comma
                or TokenShape.Semicolon)
        {
            return FilterVerdict.Keep;
        }

        bool nameBefore = v.Shapes[cue - 1] == TokenShape.Capitalised;
        bool nameAfter = cue + 1 < v.Count && v.SentenceOf[cue + 1] == v.SentenceOf[cue] && v.Shapes[cue + 1] is TokenShape.Capitalised or TokenShape.Number;
        return nameBefore || nameAfter ? FilterVerdict.Action : FilterVerdict.Keep;
    }
}
