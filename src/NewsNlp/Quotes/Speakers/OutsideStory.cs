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
    private readonly TextSpan[] _spans;

    /// <summary>Keeps the dateline, byline and credit parts of <paramref name="parts"/>.</summary>
    public OutsideStory(IReadOnlyList<DocumentPart> parts)
    {
        var spans = new List<TextSpan>();
        foreach (DocumentPart part in parts)
        {
            if (part.Kind is DocumentPartKind.Dateline or DocumentPartKind.Byline or DocumentPartKind.Credits)
            {
                spans.Add(part.Span);
            }
        }

        spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        _spans = [.. spans];
    }

    /// <summary>True when the character at <paramref name="offset"/> lies in a dateline, byline or credit line (O(log parts)).</summary>
    public bool Holds(int offset)
    {
        int lo = 0, hi = _spans.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (_spans[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
