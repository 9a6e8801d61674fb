namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Calling oneself by a name gives a name, not a statement: <c>They called themselves the Night Owls and met every
/// Tuesday</c>, <c>he calls himself Doc</c>. A reported draft whose cue ends in <c>call</c> / <c>called</c> / <c>calls</c>
/// / <c>calling</c>, <c>name(d)</c> or <c>dub(bed)</c> with a reflexive pronoun right after it and then a capitalised word
/// (or <c>the</c> and a capitalised word) is an action.
/// </summary>
internal sealed class ReflexiveNamingFilter : IAttributionFilter
{
    private static readonly string[] NamingVerbs = ["call", "called", "calls", "calling", "name", "named", "names", "dub", "dubbed", "dubs", "styled", "styles", "style"];

    private static readonly string[] Reflexives = ["themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself", "yourselves"];

    /// <inheritdoc />
    public string Name => "reflexive-naming";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind == Documents.QuoteKind.Direct || !draft.HasCue)
        {
            return FilterVerdict.Keep;
        }

        int verb = draft.CueEnd - 1, self = draft.CueEnd;
        if (!v.TextIsAny(verb, NamingVerbs) || !v.TextIsAny(self, Reflexives) || v.SentenceOf[self] != v.SentenceOf[verb])
        {
            return FilterVerdict.Keep;
        }

        int name = v.TextIs(self + 1, "the") ? self + 2 : self + 1;
        return name < v.Count && v.SentenceOf[name] == v.SentenceOf[verb] && v.Shapes[name] == TokenShape.Capitalised ? FilterVerdict.Action : FilterVerdict.Keep;
    }
}
