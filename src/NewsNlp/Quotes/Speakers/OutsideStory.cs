using NewsNlp.Documents;

namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// The lines around a story that name its publisher and writers, not its people: the dateline's agency
/// (<c>MANILA, April 14 (AFP) -</c>), the byline (<c>By Ana Ruiz</c>) and the closing credits (<c>Additional reporting by
/// …</c>). A name there is no antecedent: "the bank said" in the first sentence is not the agency of the dateline, and "she
/// said" is not the reporter of the byline.
/// </summary>
internal sealed class OutsideStory
{
    private readonly List<TextSpan> _spans = [];

    /// <summary>Keeps the dateline, byline and credit parts of <paramref name="parts"/>.</summary>
    public OutsideStory(IReadOnlyList<DocumentPart> parts)
    {
        foreach (DocumentPart part in parts)
        {
            if (part.Kind is DocumentPartKind.Dateline or DocumentPartKind.Byline or DocumentPartKind.Credits)
            {
                _spans.Add(part.Span);
            }
        }

        _spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>True when the character at <paramref name="offset"/> lies in a dateline, byline or credit line (O(log parts)).</summary>
    public bool Holds(int offset)
    {
        // The parts do not overlap: only the last one starting at or before the offset can hold it.
        int last = SortedSearch.CountBefore(_spans, offset + 1, static span => span.Start) - 1;
        return last >= 0 && _spans[last].End > offset;
    }
}
