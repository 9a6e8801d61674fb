using NewsNlp.Documents;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// <c>He is visiting Hull, York, Exeter, Dorset and Truro. He said: …</c>: a one-word name in a list whose neighbours the
/// recogniser tagged as places or organisations is one of them, whatever type it gave the name — a list joins things of
/// one kind. Such a name is no antecedent of he/she.
/// </summary>
internal static class PlaceListMember
{
    /// <summary>True when the one-token mention [<paramref name="first"/>, <paramref name="end"/>) stands in a list next to a name that is not a person's.</summary>
    public static bool Holds(DocumentView v, int first, int end)
    {
        if (!v.HasEntities || end - first != 1)
        {
            return false;
        }

        // ", X" or "and X" after a listed name; "X ," or "X and" before one.
        bool left = first >= 2 && IsListJoin(v, first - 1) && NonPersonEndingAt(v, first - 2);
        bool right = end + 1 < v.Count && IsListJoin(v, end) && NonPersonStartingAt(v, end + 1);
        return left || right;
    }

    private static bool IsListJoin(DocumentView v, int t) =>
        !v.InQuote(t) && (v.Shapes[t] == TokenShape.Comma || (v.Shapes[t] == TokenShape.Lower && v.TextIs(t, "and")));

    private static bool NonPersonEndingAt(DocumentView v, int t)
    {
        int e = v.EntityOf[t];
        return e >= 0 && v.Document.Entities[e].EndToken == t + 1 && v.Document.Entities[e].Type != EntityType.Person && v.SentenceOf[t] == v.SentenceOf[t + 1];
    }

    private static bool NonPersonStartingAt(DocumentView v, int t)
    {
        int e = v.EntityOf[t];
        return e >= 0 && v.Document.Entities[e].FirstToken == t && v.Document.Entities[e].Type != EntityType.Person && v.SentenceOf[t] == v.SentenceOf[t - 1];
    }
}
