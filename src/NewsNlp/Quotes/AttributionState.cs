namespace NewsNlp.Quotes;

/// <summary>
/// What the attribution passes decide about one document, passed explicitly from pass to pass: the quote drafts, which
/// tokens a quote already covers (content, cue or source), which draft each quotation's tokens belong to (a quotation
/// joined into another belongs to that one), and, after <see cref="SelectKept"/>, the drafts kept in text order.
/// The <see cref="DocumentView"/> the passes read is never written; this is.
/// </summary>
/// <remarks>The per-token arrays are rented from the shared pool and go back on <see cref="Dispose"/>.</remarks>
internal sealed class AttributionState : IDisposable
{
    private readonly int _count;
    private readonly int[] _draftOf;
    private readonly bool[] _covered;
    private bool _disposed;

    /// <summary>An empty state for <paramref name="view"/>: no drafts, nothing covered, each quotation its own draft-to-be.</summary>
    public AttributionState(DocumentView view)
    {
        _count = view.Count;
        _draftOf = Pool.Rent<int>(_count);
        Array.Copy(view.QuotationOf, _draftOf, _count);
        _covered = Pool.Rent<bool>(_count);
        Drafts = new List<QuoteDraft>(view.Quotations.Count);
    }

    /// <summary>Every draft, in the order the passes made them (a direct quote's draft has its quotation's index).</summary>
    public List<QuoteDraft> Drafts { get; }

    /// <summary>The drafts not dropped, in text order; empty until <see cref="SelectKept"/>.</summary>
    public List<QuoteDraft> Kept { get; private set; } = [];

    /// <summary>Index into <see cref="Drafts"/> of the direct quote whose marks or content hold the token, or -1.</summary>
    public int DraftAt(int token) => _draftOf[token];

    /// <summary>True for tokens already part of a quote's content, cue or source.</summary>
    public bool IsCovered(int token) => _covered[token];

    /// <summary>True when any token of [<paramref name="first"/>, <paramref name="end"/>) is already part of a quote.</summary>
    public bool IsAnyCovered(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (_covered[t])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks the tokens [first, end) (clipped to the document) as part of a quote.</summary>
    public void Cover(int first, int end)
    {
        for (int t = Math.Max(0, first); t < end && t < _count; t++)
        {
            _covered[t] = true;
        }
    }

    /// <summary>Marks a kept draft's content, cue and source as covered.</summary>
    public void Cover(QuoteDraft d)
    {
        if (d.Dropped)
        {
            return;
        }

        Cover(d.FirstToken, d.EndToken);
        Cover(d.CueFirst, d.CueEnd);
        Cover(d.SourceFirst, d.SourceEnd);
    }

    /// <summary>The tokens of <paramref name="part"/>'s quotation now belong to <paramref name="whole"/> (a quotation continued after its cue).</summary>
    public void JoinQuotation(QuoteDraft whole, QuoteDraft part)
    {
        int owner = _draftOf[whole.FirstToken];
        for (int t = part.OpenToken; t < part.CloseEnd; t++)
        {
            _draftOf[t] = owner;
        }
    }

    /// <summary>Fills <see cref="Kept"/>: the drafts not dropped, sorted by their first token.</summary>
    public void SelectKept()
    {
        List<QuoteDraft> kept = Drafts.FindAll(d => !d.Dropped);
        kept.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        Kept = kept;
    }

    /// <summary>Returns the per-token arrays to the shared pool.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Pool.Return(_draftOf);
        Pool.Return(_covered);
    }
}
