using System.Text.Json;
using NewsNlp.Rendering;

namespace NewsNlp.Documents;

/// <summary>
/// Names an annotation layer that a package adds to <see cref="NewsDocument"/> without the core knowing its type (in
/// the spirit of CoreNLP's typed <c>CoreMap</c> keys and spaCy's <c>Doc._</c> extensions). The key carries how the
/// layer is written: its JSON property and item writer, and optionally its part of the HTML page. Create one key per
/// layer as a <c>static readonly</c> field and use it for every document; see <see cref="LayerKey{T}"/>.
/// </summary>
public abstract class LayerKey
{
    // Properties the core writes itself: a layer may not take their names.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "schema", "id", "metadata", "textLength", "text", "produced", "tokens", "sentences", "paragraphs", "structure",
        "entities", "entityClusters", "quotes", "speakers",
    };

    private protected LayerKey(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (Reserved.Contains(name))
        {
            throw new ArgumentException($"'{name}' is a property the core document JSON already writes; choose another layer name.", nameof(name));
        }

        Name = name;
    }

    /// <summary>The layer's name: its JSON property in the document (e.g. <c>stances</c>).</summary>
    public string Name { get; }

    /// <summary>
    /// Makes this layer's part of the HTML page for one document (a speaker-table column, badges after quotes, a
    /// section), or null when the layer adds nothing to the page. Called once per rendered document that has the layer.
    /// </summary>
    public Func<NewsDocument, HtmlLayerView?>? Html { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;

    internal abstract object CreateLayer();

    internal abstract bool WritesJson { get; }

    /// <summary>Writes each item of <paramref name="layer"/> (not the array brackets), calling <paramref name="afterItem"/> after each.</summary>
    internal abstract void WriteJsonItems(Utf8JsonWriter writer, NewsDocument document, object layer, Action<Utf8JsonWriter> afterItem);
}

/// <summary>Writes one item of a layer as one JSON value (usually an object).</summary>
/// <typeparam name="T">The layer's item type.</typeparam>
/// <param name="writer">The writer, positioned inside the layer's array.</param>
/// <param name="document">The document the item belongs to.</param>
/// <param name="item">The item.</param>
public delegate void LayerJsonWriter<in T>(Utf8JsonWriter writer, NewsDocument document, T item);

/// <summary>The typed key of an annotation layer of <typeparamref name="T"/> items.</summary>
/// <typeparam name="T">The layer's item type.</typeparam>
/// <example>
/// <code>
/// public static readonly LayerKey&lt;Claim&gt; Claims = new("claims") { Json = (w, doc, c) =&gt; w.WriteStringValue(c.Text) };
/// document.GetOrAddLayer(Claims).Add(new Claim("…"));
/// if (document.TryGetLayer(Claims, out AnnotationLayer&lt;Claim&gt;? claims)) { … }
/// </code>
/// </example>
public sealed class LayerKey<T> : LayerKey
{
    /// <summary>Creates the key of a layer named <paramref name="name"/> (its JSON property).</summary>
    /// <exception cref="ArgumentException">The name is empty or one the core document JSON already writes.</exception>
    public LayerKey(string name)
        : base(name)
    {
    }

    /// <summary>Writes one item as JSON; when null the layer is kept in memory but not written to the document JSON.</summary>
    public LayerJsonWriter<T>? Json { get; init; }

    internal override bool WritesJson => Json is not null;

    internal override object CreateLayer() => new AnnotationLayer<T>();

    internal override void WriteJsonItems(Utf8JsonWriter writer, NewsDocument document, object layer, Action<Utf8JsonWriter> afterItem)
    {
        if (Json is not { } json)
        {
            return;
        }

        var items = (AnnotationLayer<T>)layer;
        for (int i = 0; i < items.Count; i++)
        {
            json(writer, document, items[i]);
            afterItem(writer);
        }
    }
}
