namespace NewsNlp.Stance.ShortText;

/// <summary>
/// A sentence encoder: turns texts into fixed-size vectors whose cosine says how close their meanings are. The short-text
/// stance model can be trained with one (its cosine and vectors become features); such a model needs the same encoder to
/// classify. The optional package <c>NewsNlp.Stance.MiniLM</c> provides all-MiniLM-L6-v2.
/// </summary>
/// <remarks>Implementations are thread-safe and deterministic (the same text always gives the same vector).</remarks>
public interface ITextEmbedder
{
    /// <summary>The encoder's name, written into a model trained with it and checked when that model is used.</summary>
    string Name { get; }

    /// <summary>Length of every vector.</summary>
    int Dimension { get; }

    /// <summary>One unit-length vector of <see cref="Dimension"/> values per text, in order.</summary>
    /// <param name="texts">The texts (any length; encoders read a bounded prefix).</param>
    /// <param name="cancellationToken">Checked between batches.</param>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
