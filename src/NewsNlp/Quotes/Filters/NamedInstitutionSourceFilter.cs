using NewsNlp.Documents;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// An institution whose name holds a surname and <c>of</c> is not a person: in <c>Fraser of Allander Institute economist
/// Tom Reid said …</c> (or <c>"…," said Fraser of Allander Institute economist Tom Reid.</c>) the recogniser takes
/// <c>Fraser</c> for a person and the speaker rules read the first person of the phrase. No one is "of" an institution
/// and then followed by a role and another person's name, so a source mention starting with a person name followed by
/// <c>of</c>, capitalised words, a role noun and a person name becomes that role and the last name.
/// </summary>
internal sealed class NamedInstitutionSourceFilter : IAttributionFilter
{
    /// <summary>Most capitalised words of the institution's name after <c>of</c>.</summary>
    private const int MaxName = 6;

    /// <inheritdoc />
    public string Name => "named-institution-source";

    /// <inheritdoc />
    public FilterVerdict Judge(FilterContext context, QuoteDraft draft)
    {
        DocumentView v = context.View;
        if (!draft.HasSource || !v.HasEntities || !v.IsPersonToken(draft.SourceFirst))
        {
            return FilterVerdict.Keep;
        }

        EntityMention first = v.Document.Entities[v.EntityOf[draft.SourceFirst]];
        int k = first.EndToken;
        int sentence = v.SentenceOf[draft.SourceFirst];
        if (first.FirstToken != draft.SourceFirst || !v.TextIs(k, "of"))
        {
            return FilterVerdict.Keep;
        }

        int role = k + 1;
        while (role < v.Count && role - k <= MaxName && v.SentenceOf[role] == sentence && !v.InQuote(role) && v.IsNameToken(role) && !v.IsPersonToken(role))
        {
            role++;
        }

        if (role == k + 1 || role + 1 >= v.Count || v.Shapes[role] != TokenShape.Lower || !v.Is(role, WordClass.RoleNoun) || !v.IsPersonToken(role + 1))
        {
            return FilterVerdict.Keep;
        }

        EntityMention last = v.Document.Entities[v.EntityOf[role + 1]];
        if (last.FirstToken != role + 1 || v.SentenceOf[last.EndToken - 1] != sentence || (draft.HasCue && draft.CueFirst > draft.SourceFirst && last.EndToken > draft.CueFirst))
        {
            return FilterVerdict.Keep;
        }

        draft.SetSource(role, last.EndToken);
        return FilterVerdict.Keep;
    }
}
