using NewsNlp.Documents;

namespace NewsNlp.Corpus.Queries;

/// <summary>A range of publication dates, both ends inclusive and optional (<see cref="All"/>: no limit, undated articles included).</summary>
/// <param name="From">Earliest publication time, or null.</param>
/// <param name="To">Latest publication time, or null.</param>
public readonly record struct DateRange(DateTimeOffset? From = null, DateTimeOffset? To = null)
{
    /// <summary>No limit: every article, dated or not.</summary>
    public static DateRange All => default;

    /// <summary>True when neither end is set.</summary>
    public bool IsAll => From is null && To is null;
}

/// <summary>How a timeline groups quotes.</summary>
public enum TimelineInterval
{
    /// <summary>Per calendar day (UTC).</summary>
    Day,

    /// <summary>Per ISO week, labelled by its Monday.</summary>
    Week,

    /// <summary>Per calendar month, labelled by its first day.</summary>
    Month,
}

/// <summary>Which quotes to return.</summary>
public sealed record QuoteQuery
{
    /// <summary>The speaker's identity id (<see cref="SpeakerMatch.SpeakerId"/>).</summary>
    public required long SpeakerId { get; init; }

    /// <summary>Publication dates to keep (default: all).</summary>
    public DateRange Range { get; init; }

    /// <summary>Most quotes to return (newest first).</summary>
    public int Limit { get; init; } = 1000;
}

/// <summary>What the index holds.</summary>
/// <param name="Articles">Articles stored.</param>
/// <param name="Quotes">Quotes stored.</param>
/// <param name="Speakers">Speaker identities (named people and organisations, merged across articles).</param>
/// <param name="Entities">Entity identities (everything named, merged across articles by name and type).</param>
/// <param name="FirstPublished">Earliest publication date, or null.</param>
/// <param name="LastPublished">Latest publication date, or null.</param>
public sealed record CorpusSummary(long Articles, long Quotes, long Speakers, long Entities, DateTimeOffset? FirstPublished, DateTimeOffset? LastPublished);

/// <summary>A speaker identity found by name.</summary>
/// <param name="SpeakerId">Identity id, stable within one index.</param>
/// <param name="Name">Canonical name (the fullest form seen).</param>
/// <param name="Type">PERSON, ORG …</param>
/// <param name="Quotes">Quotes attributed to the identity across the corpus.</param>
/// <param name="Articles">Articles those quotes come from.</param>
/// <param name="Score">How well the name matched, 0..1 (1: the same normalised name).</param>
public sealed record SpeakerMatch(long SpeakerId, string Name, EntityType Type, long Quotes, long Articles, double Score);

/// <summary>An entity identity found by name.</summary>
/// <param name="EntityId">Identity id (the same id space as speakers: a person who speaks and is spoken about has one id).</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Articles">Articles that mention it.</param>
/// <param name="Score">How well the name matched, 0..1.</param>
public sealed record EntityMatch(long EntityId, string Name, EntityType Type, long Articles, double Score);

/// <summary>A speaker and a count of quotes.</summary>
/// <param name="SpeakerId">Identity id.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Quotes">Quotes counted.</param>
/// <param name="Articles">Articles they come from.</param>
public sealed record SpeakerCount(long SpeakerId, string Name, EntityType Type, long Quotes, long Articles);

/// <summary>An entity and how many quotes talk about it.</summary>
/// <param name="EntityId">Identity id.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Quotes">Quotes whose content mentions it.</param>
/// <param name="Speakers">Distinct speaker identities among those quotes.</param>
public sealed record EntityCount(long EntityId, string Name, EntityType Type, long Quotes, long Speakers);

/// <summary>Quotes of one speaker in one period.</summary>
/// <param name="PeriodStart">First day of the period (UTC).</param>
/// <param name="Quotes">Quotes published in it.</param>
/// <param name="Articles">Articles they come from.</param>
public sealed record TimelinePoint(DateOnly PeriodStart, long Quotes, long Articles);

/// <summary>A stored quote with its article's metadata.</summary>
public sealed record StoredQuote
{
    /// <summary>The article's id.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The quote's id inside the article.</summary>
    public required int QuoteId { get; init; }

    /// <summary>The speaker identity, or null for an unnamed source.</summary>
    public long? SpeakerId { get; init; }

    /// <summary>The speaker's name as the article gives it.</summary>
    public string? SpeakerName { get; init; }

    /// <summary>The content (parts joined by <c> … </c>).</summary>
    public required string Text { get; init; }

    /// <summary>Direct, mixed or indirect.</summary>
    public QuoteKind Kind { get; init; }

    /// <summary>What the attribution reports.</summary>
    public AttributionAct Act { get; init; }

    /// <summary>The cue, or null.</summary>
    public string? Cue { get; init; }

    /// <summary>Offset of the content in the analysed text.</summary>
    public int Start { get; init; }

    /// <summary>Confidence in <c>[0, 1]</c>.</summary>
    public double Confidence { get; init; }

    /// <summary>The article's publication date, or null.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The article's headline, or null.</summary>
    public string? Headline { get; init; }

    /// <summary>The article's address, or null.</summary>
    public string? Url { get; init; }

    /// <summary>Names of the entities the quote talks about.</summary>
    public IReadOnlyList<string> About { get; init; } = [];
}
