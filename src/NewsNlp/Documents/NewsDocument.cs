using System.Diagnostics.CodeAnalysis;

namespace NewsNlp.Documents;

/// <summary>
/// An article being analysed: its unchanged text, a flat token table, sentences and paragraphs as token ranges,
/// and typed annotation layers. Every annotation carries <c>[start, end)</c> offsets into <see cref="Text"/>.
/// </summary>
/// <remarks>
/// A document is written by one pipeline run at a time; after the run it may be read from any number of threads.
/// </remarks>
public sealed class NewsDocument
{
    private readonly HashSet<string> _produced = new(StringComparer.Ordinal);
    private readonly List<LayerKey> _layerKeys = [];
    private readonly List<object> _layers = [];

    /// <summary>Creates a document for <paramref name="text"/>.</summary>
    /// <param name="text">The article text; never modified.</param>
    /// <param name="metadata">Optional metadata (headline, source, date, stance targets).</param>
    public NewsDocument(string text, DocumentMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Metadata = metadata ?? new DocumentMetadata();
    }

    /// <summary>The article text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>
    /// Metadata supplied by the caller; the structure stage fills <see cref="DocumentMetadata.Headline"/> from the text
    /// when the caller gave none.
    /// </summary>
    public DocumentMetadata Metadata { get; internal set; }

    /// <summary>All tokens, in text order.</summary>
    public TokenTable Tokens { get; } = new();

    /// <summary>Sentences as token ranges, in text order.</summary>
    public AnnotationLayer<TokenRange> Sentences { get; } = new();

    /// <summary>Paragraphs as token ranges, in text order.</summary>
    public AnnotationLayer<TokenRange> Paragraphs { get; } = new();

    /// <summary>Parts outside the running text (headline, standfirst, dateline, byline, captions, credits), in text order.</summary>
    public AnnotationLayer<DocumentPart> Structure { get; } = new();

    /// <summary>Named-entity mentions, in text order.</summary>
    public AnnotationLayer<EntityMention> Entities { get; } = new();

    /// <summary>Document-level entities (mentions of one thing grouped, with a canonical name).</summary>
    public AnnotationLayer<DocumentEntity> EntityClusters { get; } = new();

    /// <summary>Quotations, in text order of their first content span.</summary>
    public AnnotationLayer<Quote> Quotes { get; } = new();

    /// <summary>Speakers with their quotes.</summary>
    public AnnotationLayer<Speaker> Speakers { get; } = new();

    /// <summary>
    /// Keys of the layers packages added with <see cref="GetOrAddLayer{T}"/> (for example <c>NewsNlp.Stance</c>'s
    /// stances), in the order they were added.
    /// </summary>
    public IReadOnlyList<LayerKey> LayerKeys => _layerKeys;

    /// <summary>Names of the annotations produced so far (see <see cref="Pipeline.AnnotationNames"/>).</summary>
    public IReadOnlyCollection<string> Produced => _produced;

    /// <summary>A view of token <paramref name="index"/>.</summary>
    public Token GetToken(int index)
    {
        if ((uint)index >= (uint)Tokens.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Token index must be in [0, {Tokens.Count}).");
        }

        return new Token(this, index);
    }

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The text of <paramref name="span"/> as a string.</summary>
    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Records that an annotation is now present (called by stages).</summary>
    public void MarkProduced(string annotation)
    {
        ArgumentException.ThrowIfNullOrEmpty(annotation);
        _produced.Add(annotation);
    }

    /// <summary>The layer named by <paramref name="key"/>, created empty on first use.</summary>
    /// <exception cref="ArgumentException">Another key with the same name already added a layer to this document.</exception>
    public AnnotationLayer<T> GetOrAddLayer<T>(LayerKey<T> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int index = IndexOfLayer(key);
        if (index >= 0)
        {
            return (AnnotationLayer<T>)_layers[index];
        }

        var layer = (AnnotationLayer<T>)key.CreateLayer();
        _layerKeys.Add(key);
        _layers.Add(layer);
        return layer;
    }

    /// <summary>The layer named by <paramref name="key"/> when a stage added it; never creates one (safe for concurrent readers).</summary>
    public bool TryGetLayer<T>(LayerKey<T> key, [NotNullWhen(true)] out AnnotationLayer<T>? layer)
    {
        ArgumentNullException.ThrowIfNull(key);
        int index = IndexOfLayer(key);
        layer = index >= 0 ? (AnnotationLayer<T>)_layers[index] : null;
        return layer is not null;
    }

    /// <summary>The layer of <paramref name="key"/> as stored (for writers that do not know its item type), or null.</summary>
    internal object? LayerOf(LayerKey key)
    {
        int index = IndexOfLayer(key);
        return index >= 0 ? _layers[index] : null;
    }

    private int IndexOfLayer(LayerKey key)
    {
        for (int i = 0; i < _layerKeys.Count; i++)
        {
            if (ReferenceEquals(_layerKeys[i], key))
            {
                return i;
            }

            if (string.Equals(_layerKeys[i].Name, key.Name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"This document already has a layer named '{key.Name}' from another key; layer names must be unique.", nameof(key));
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="annotation"/> has been produced.</summary>
    public bool Has(string annotation) => _produced.Contains(annotation);

    /// <summary>The quote with id <paramref name="id"/>, or null when there is none.</summary>
    public Quote? FindQuote(int id)
    {
        foreach (Quote q in Quotes)
        {
            if (q.Id == id)
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>The speaker with id <paramref name="id"/>, or null when there is none.</summary>
    public Speaker? FindSpeaker(int id)
    {
        foreach (Speaker s in Speakers)
        {
            if (s.Id == id)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>Index of the sentence containing token <paramref name="tokenIndex"/>, or -1.</summary>
    public int SentenceIndexOfToken(int tokenIndex) => FindRange(Sentences, tokenIndex);

    /// <summary>Index of the paragraph containing token <paramref name="tokenIndex"/>, or -1.</summary>
    public int ParagraphIndexOfToken(int tokenIndex) => FindRange(Paragraphs, tokenIndex);

    private static int FindRange(AnnotationLayer<TokenRange> ranges, int tokenIndex)
    {
        int lo = 0, hi = ranges.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TokenRange r = ranges[mid];
            if (r.EndToken <= tokenIndex)
            {
                lo = mid + 1;
            }
            else if (r.FirstToken > tokenIndex)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
