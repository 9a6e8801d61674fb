using NewsNlp.Documents;
using NewsNlp.Stance;

namespace NewsNlp.Corpus.Model;

/// <summary>
/// What the index stores of one analysed article: its metadata, a hash of its text (not the text), its entities with
/// their mentions, its speakers, its quotes with whom they are about, and its stances. Plain data, so any engine can
/// store or ship it; made from a <see cref="NewsDocument"/> with <see cref="CorpusArticleBuilder"/>.
/// </summary>
public sealed record CorpusArticle
{
    /// <summary>The article's id (the caller's, or <c>sha256:</c> and the text hash when it had none).</summary>
    public required string Id { get; init; }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text: articles with the same text are stored once.</summary>
    public required string TextHash { get; init; }

    /// <summary>Length of the text in UTF-16 code units (offsets refer to the analysed text).</summary>
    public int TextLength { get; init; }

    /// <summary>Where it was published, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Headline, when known.</summary>
    public string? Headline { get; init; }

    /// <summary>Publisher or feed, when known.</summary>
    public string? Source { get; init; }

    /// <summary>Byline, when known.</summary>
    public string? Byline { get; init; }

    /// <summary>Publication date, when known (date queries leave undated articles out).</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The article's entities (the entity linker's clusters).</summary>
    public IReadOnlyList<CorpusEntity> Entities { get; init; } = [];

    /// <summary>The article's speakers.</summary>
    public IReadOnlyList<CorpusSpeaker> Speakers { get; init; } = [];

    /// <summary>The article's quotes, in text order.</summary>
    public IReadOnlyList<CorpusQuote> Quotes { get; init; } = [];

    /// <summary>The stances the pipeline computed (toward the targets it was given).</summary>
    public IReadOnlyList<CorpusStance> Stances { get; init; } = [];
}

/// <summary>One entity of an article: the entity linker's cluster, with its mentions.</summary>
/// <param name="LocalId">The cluster id inside the article.</param>
/// <param name="Name">Canonical name (the fullest form in the article).</param>
/// <param name="Type">Entity type.</param>
/// <param name="Aliases">Distinct mention texts ("Tony Blair", "Blair").</param>
/// <param name="Mentions">Character spans of the mentions in the analysed text.</param>
public sealed record CorpusEntity(int LocalId, string Name, EntityType Type, IReadOnlyList<string> Aliases, IReadOnlyList<TextSpan> Mentions);

/// <summary>One speaker of an article.</summary>
/// <param name="LocalId">The speaker id inside the article.</param>
/// <param name="Name">Canonical name in the article (or the words of an unnamed source: "police").</param>
/// <param name="Type">Entity type, or null for unnamed sources (which are never merged across articles).</param>
/// <param name="EntityLocalId">The speaker's entity (<see cref="CorpusEntity.LocalId"/>), or -1.</param>
public sealed record CorpusSpeaker(int LocalId, string Name, EntityType? Type, int EntityLocalId);

/// <summary>One quote of an article.</summary>
public sealed record CorpusQuote
{
    /// <summary>The quote id inside the article.</summary>
    public required int LocalId { get; init; }

    /// <summary>Direct, mixed or indirect.</summary>
    public required QuoteKind Kind { get; init; }

    /// <summary>What the attribution reports.</summary>
    public AttributionAct Act { get; init; } = AttributionAct.Speech;

    /// <summary>The content, its parts joined by <c> … </c>.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the content's first character.</summary>
    public int Start { get; init; }

    /// <summary>Offset one past the content's last character.</summary>
    public int End { get; init; }

    /// <summary>The cue's words ("said"), or null.</summary>
    public string? Cue { get; init; }

    /// <summary>The words naming the speaker here ("he", "the minister"), or null.</summary>
    public string? SourceText { get; init; }

    /// <summary>The speaker (<see cref="CorpusSpeaker.LocalId"/>), or null when unknown.</summary>
    public int? SpeakerLocalId { get; init; }

    /// <summary>Confidence in <c>[0, 1]</c>.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Entities the content mentions (<see cref="CorpusEntity.LocalId"/>), in order of first mention.</summary>
    public IReadOnlyList<int> AboutEntityLocalIds { get; init; } = [];
}

/// <summary>One stance the pipeline computed: of the body, a quote or a speaker toward a target.</summary>
/// <param name="Target">The target claim.</param>
/// <param name="QuoteLocalId">The quote, or null.</param>
/// <param name="SpeakerLocalId">The speaker, or null.</param>
/// <param name="Label">Most probable label.</param>
/// <param name="Agree">P(agree).</param>
/// <param name="Disagree">P(disagree).</param>
/// <param name="Discuss">P(discuss).</param>
/// <param name="Unrelated">P(unrelated).</param>
public sealed record CorpusStance(string Target, int? QuoteLocalId, int? SpeakerLocalId, StanceLabel Label, double Agree, double Disagree, double Discuss, double Unrelated);
