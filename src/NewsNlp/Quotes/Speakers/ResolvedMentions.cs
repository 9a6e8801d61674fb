namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// Speakers resolved so far at their source mentions, kept sorted by position per kind so that "the last one before
/// token t" is a binary search (the earliest added wins among mentions at the same position, as a scan in order would give).
/// </summary>
internal sealed class ResolvedMentions
{
    private readonly List<Mention> _persons;
    private readonly List<Mention> _nonPersons;
    private readonly List<Mention> _groups;
    private readonly List<Mention> _inOrder;

    /// <param name="capacity">At most this many mentions are added (one per quote): the lists never grow by copying.</param>
    public ResolvedMentions(int capacity)
    {
        _persons = new(capacity);
        _nonPersons = new(capacity);
        _groups = new(capacity);
        _inOrder = new(capacity);
    }

    /// <summary>Every mention in the order added.</summary>
    public IReadOnlyList<Mention> InOrder => _inOrder;

    public void Add(Mention m)
    {
        _inOrder.Add(m);
        Insert(m.Speaker.IsPerson ? _persons : _nonPersons, m);
        if (m.Speaker.IsGroup)
        {
            Insert(_groups, m);
        }
    }

    public Mention? LastPersonBefore(int token) => LastBefore(_persons, token);

    /// <summary>The number of resolved person mentions that start before <paramref name="token"/> (they are <see cref="PersonAt"/> 0 … n−1, in text order).</summary>
    public int PersonsBefore(int token) => SortedSearch.CountBefore(_persons, token, static m => m.First);

    /// <summary>The i-th resolved person mention in text order.</summary>
    public Mention PersonAt(int index) => _persons[index];

    public Mention? LastNonPersonBefore(int token) => LastBefore(_nonPersons, token);

    public Mention? LastGroupBefore(int token) => LastBefore(_groups, token);

    private static void Insert(List<Mention> list, Mention m)
    {
        // After every mention at the same position; sources come in text order, so this is nearly always an append.
        int at = list.Count;
        while (at > 0 && list[at - 1].First > m.First && at > list.Count - 8)
        {
            at--;
        }

        if (at > 0 && list[at - 1].First > m.First)
        {
            at = SortedSearch.CountBefore(list, m.First + 1, static x => x.First);
        }

        list.Insert(at, m);
    }

    private static Mention? LastBefore(List<Mention> list, int token)
    {
        int below = SortedSearch.CountBefore(list, token, static m => m.First);
        if (below == 0)
        {
            return null;
        }

        return list[SortedSearch.CountBefore(list, list[below - 1].First, static m => m.First)];
    }
}
