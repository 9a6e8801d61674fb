using NewsNlp.Documents;

namespace NewsNlp.Quotes.Filters;

/// <summary>What the filters read: the document view and, per token, the structure part holding it.</summary>
internal sealed class FilterContext : IDisposable
{
    /// <summary>No structure part (running text).</summary>
    public const byte Body = 0;

    private readonly byte[] _parts;

    public FilterContext(DocumentView view, IReadOnlyList<DocumentPart> structure)
    {
        View = view;
        _parts = Pool.Rent<byte>(view.Count);
        int t = 0;
        foreach (DocumentPart part in structure)
        {
            while (t < view.Count && view.Ends[t] <= part.Span.Start)
            {
                t++;
            }

            for (int k = t; k < view.Count && view.Starts[k] < part.Span.End; k++)
            {
                _parts[k] = (byte)(part.Kind + 1);
            }
        }
    }

    public DocumentView View { get; }

    /// <summary>The part holding token <paramref name="token"/>, or null in running text.</summary>
    public DocumentPartKind? PartOf(int token) => _parts[token] == Body ? null : (DocumentPartKind)(_parts[token] - 1);

    /// <summary>The raw part code of <paramref name="token"/> (<see cref="Body"/> or kind + 1), for cheap comparisons.</summary>
    public byte PartCode(int token) => _parts[token];

    public void Dispose() => Pool.Return(_parts);
}
