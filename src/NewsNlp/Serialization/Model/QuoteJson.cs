namespace NewsNlp.Serialization.Model;

/// <summary>A quotation with its cue, source and speaker.</summary>
public sealed record QuoteJson
{
    /// <summary>Id, unique within the document.</summary>
    public int Id { get; init; }

    /// <summary><c>direct</c>, <c>mixed</c> or <c>indirect</c>.</summary>
    public string Kind { get; init; } = "";

    /// <summary><c>speech</c>, <c>writing</c>, <c>thought</c>, <c>intention</c>, <c>perception</c> or <c>other</c>.</summary>
    public string Act { get; init; } = "speech";

    /// <summary>Content spans in text order (a quote split around its cue has two).</summary>
    public IReadOnlyList<SpanJson> Content { get; init; } = [];

    /// <summary>The cue (<c>said</c>, <c>according to</c> …), or null.</summary>
    public SpanJson? Cue { get; init; }

    /// <summary>The words naming the speaker at this place (a name, a pronoun, <c>the spokesman</c>), or null.</summary>
    public SpanJson? Source { get; init; }

    /// <summary>Id of the speaker in <see cref="DocumentJson.Speakers"/>, or null.</summary>
    public int? SpeakerId { get; init; }

    /// <summary>Canonical name of the speaker, or null when unknown.</summary>
    public string? Speaker { get; init; }

    /// <summary>Ids of the entity clusters (<see cref="DocumentJson.EntityClusters"/>) the content mentions, in order of first mention.</summary>
    public IReadOnlyList<int> About { get; init; } = [];

    /// <summary>Confidence in <c>[0, 1]</c>.</summary>
    public double Confidence { get; init; }

    /// <summary>Component that produced the quote.</summary>
    public string Producer { get; init; } = "";

    /// <summary>The rule or model that decided the attribution.</summary>
    public string DecidedBy { get; init; } = "";
}
