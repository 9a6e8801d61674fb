using NewsNlp.Documents;

namespace NewsNlp.Stance.Fnc;

/// <summary>
/// The claims of a set of FNC-1 pairs: connected components of headlines and bodies joined by their related pairs
/// (union–find). Each headline and body has one claim id; ids are numbered in order of first appearance.
/// </summary>
internal sealed class ClaimGraph
{
    private readonly Dictionary<string, int> _headlines = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _bodies = [];
    private readonly List<int> _parent = [];
    private readonly Dictionary<int, int> _claimOfRoot = [];

    public ClaimGraph(IEnumerable<FncStance> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        foreach (FncStance s in pairs)
        {
            int h = Node(_headlines, s.Headline);
            int b = Node(_bodies, s.BodyId);
            if (s.Stance is not null and not StanceLabel.Unrelated)
            {
                _parent[Find(h)] = Find(b);
            }
        }

        foreach (int node in _headlines.Values.Concat(_bodies.Values).Order())
        {
            _claimOfRoot.TryAdd(Find(node), _claimOfRoot.Count);
        }
    }

    /// <summary>Number of claims.</summary>
    public int Count => _claimOfRoot.Count;

    /// <summary>Claim ids 0 … <see cref="Count"/> − 1.</summary>
    public int[] Ids() => [.. Enumerable.Range(0, Count)];

    /// <summary>Claim of a headline of the pairs.</summary>
    public int OfHeadline(string headline) => _claimOfRoot[Find(_headlines[headline])];

    /// <summary>Claim of a body of the pairs.</summary>
    public int OfBody(int bodyId) => _claimOfRoot[Find(_bodies[bodyId])];

    private int Node<TKey>(Dictionary<TKey, int> nodes, TKey key)
        where TKey : notnull
    {
        if (!nodes.TryGetValue(key, out int node))
        {
            node = _parent.Count;
            _parent.Add(node);
            nodes[key] = node;
        }

        return node;
    }

    private int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }
}
