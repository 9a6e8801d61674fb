namespace NewsNlp.Quotes.Filters;

/// <summary>
/// A thing that "promises to" do something holds out a prospect; it says nothing: <c>A new pension scheme promises to pay
/// a fixed sum</c>, <c>Some new battery chemistries promise to cram more power into …</c>. A reported draft whose cue is
/// a form of <c>promise</c>, whose content opens with <c>to</c> and whose source ends in a lower-case noun of things
/// (scheme, technology, battery, drug, device …) is an action.
/// </summary>
internal sealed class InanimatePromiseFilter : IAttributionFilter
{
    private static readonly string[] Forms = ["promise", "promises", "promised", "promising"];

    private static readonly string[] ThingNouns =
    [
        "scheme", "schemes", "technology", "technologies", "device", "devices", "system", "systems", "battery", "batteries", "chemistry",
        "chemistries", "drug", "drugs", "treatment", "treatments", "gadget", "gadgets", "product", "products", "chip", "chips", "engine",
        "engines", "material", "materials", "method", "methods", "approach", "machine", "machines", "vehicle", "vehicles", "software",
        "version", "design", "designs", "format", "formats", "network", "networks", "service", "game", "games", "film", "deal", "process",
        "invention", "phone", "phones", "handset", "handsets", "player", "players", "processor", "processors", "console", "consoles",
    ];

    /// <inheritdoc />
    public string Name => "inanimate-promise";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (draft.Kind != Documents.QuoteKind.Indirect || !draft.HasCue || !draft.HasSource || draft.FirstToken < 0 || !v.TextIs(draft.FirstToken, "to"))
        {
            return FilterVerdict.Keep;
        }

        int head = draft.SourceEnd - 1;
        if (v.Shapes[head] != TokenShape.Lower || !v.TextIsAny(head, ThingNouns))
        {
            return FilterVerdict.Keep;
        }

        for (int t = draft.CueFirst; t < draft.CueEnd; t++)
        {
            if (v.Shapes[t] == TokenShape.Lower && v.TextIsAny(t, Forms))
            {
                return FilterVerdict.Action;
            }
        }

        return FilterVerdict.Keep;
    }
}
