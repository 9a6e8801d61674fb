using NewsNlp.Documents;

namespace NewsNlp.Quotes.Speakers.Subjects;

/// <summary>
/// <c>The BBC's Zubair Ahmed in Mumbai says that …</c>: a place after a person's name and <c>in</c>, <c>at</c> or
/// <c>from</c> says where the person is; the person speaks, not the place.
/// </summary>
internal static class PlaceAfterPerson
{
    /// <summary>The person mention before "in/at/from" + the draft's source, when the source is a place before its cue; else (-1, -1).</summary>
    public static (int First, int End) Subject(DocumentView v, QuoteDraft d)
    {
        if (!v.HasEntities || !d.HasSource || !d.HasCue || d.SourceEnd > d.CueFirst || d.SourceFirst < 2 || v.InQuote(d.SourceFirst))
        {
            return (-1, -1);
        }

        int place = v.EntityOf[d.SourceFirst];
        int preposition = d.SourceFirst - 1;
        if (place < 0 || v.Document.Entities[place].Type != EntityType.Location
            || !(v.TextIs(preposition, "in") || v.TextIs(preposition, "at") || v.TextIs(preposition, "from")) || v.Shapes[preposition] != TokenShape.Lower)
        {
            return (-1, -1);
        }

        int person = v.EntityOf[preposition - 1];
        if (person < 0 || v.Document.Entities[person].Type != EntityType.Person || v.SentenceOf[preposition - 1] != v.SentenceOf[d.SourceFirst])
        {
            return (-1, -1);
        }

        EntityMention m = v.Document.Entities[person];
        return m.EndToken == preposition ? (m.FirstToken, m.EndToken) : (-1, -1);
    }
}
