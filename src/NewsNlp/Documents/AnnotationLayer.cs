using System.Collections;

namespace NewsNlp.Documents;

/// <summary>A typed, ordered list of annotations of one kind on a document (entities, quotes, stances …).</summary>
/// <typeparam name="T">Annotation type.</typeparam>
/// <remarks>Stages write layers while they process a document; once the pipeline returns, readers on any thread may enumerate them.</remarks>
public sealed class AnnotationLayer<T> : IReadOnlyList<T>
{
    private readonly List<T> _items = [];

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>Appends an annotation.</summary>
    public void Add(T item) => _items.Add(item);

    /// <summary>Appends annotations.</summary>
    public void AddRange(IEnumerable<T> items) => _items.AddRange(items);

    /// <summary>Replaces the annotation at <paramref name="index"/>.</summary>
    public void Set(int index, T item) => _items[index] = item;

    /// <summary>Removes every annotation matching <paramref name="match"/>; returns how many.</summary>
    public int RemoveAll(Predicate<T> match) => _items.RemoveAll(match);

    /// <summary>Removes all annotations.</summary>
    public void Clear() => _items.Clear();

    /// <summary>Sorts the layer in place.</summary>
    public void Sort(Comparison<T> comparison) => _items.Sort(comparison);

    /// <summary>Enumerator without allocation.</summary>
    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
