using NewsNlp.Corpus.Queries;

namespace NewsNlp.Corpus.Reporting;

/// <summary>What <see cref="CorpusReport"/> puts on the page.</summary>
public sealed record CorpusReportOptions
{
    /// <summary>The page title.</summary>
    public string Title { get; init; } = "Who said what: corpus report";

    /// <summary>Publication dates to cover (default: all).</summary>
    public DateRange Range { get; init; }

    /// <summary>How many of the most quoted speakers to show (default 10).</summary>
    public int TopSpeakers { get; init; } = 10;

    /// <summary>How many of each speaker's latest quotes to show (default 5).</summary>
    public int QuotesPerSpeaker { get; init; } = 5;

    /// <summary>How many of the most talked-about entities form the columns of "who talks about whom" (default 8).</summary>
    public int TopSubjects { get; init; } = 8;

    /// <summary>How many speakers the timeline chart draws (default 5).</summary>
    public int TimelineSpeakers { get; init; } = 5;

    /// <summary>The timeline's period (default month).</summary>
    public TimelineInterval Interval { get; init; } = TimelineInterval.Month;

    /// <summary>Claims to show each top speaker's stance toward (computed from the stored quotes).</summary>
    public IReadOnlyList<string> Claims { get; init; } = [];
}
