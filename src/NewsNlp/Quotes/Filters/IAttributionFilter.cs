namespace NewsNlp.Quotes.Filters;

/// <summary>What a filter decides about a found attribution.</summary>
internal enum FilterVerdict
{
    /// <summary>An attribution as far as this rule can tell (the rule may have repaired its source mention).</summary>
    Keep,

    /// <summary>
    /// An action reported with a cue-like verb, not speech (<c>declined to comment</c>, <c>called a meeting</c>): kept
    /// with the act <see cref="Documents.AttributionAct.Other"/>, so only callers asking for every act get it.
    /// </summary>
    Action,

    /// <summary>Not an attribution at all (a caption, a slug): dropped.</summary>
    Reject,
}

/// <summary>
/// One rule deciding that a found attribution is not reported speech, or repairing its source mention.
/// </summary>
internal interface IAttributionFilter
{
    /// <summary>The rule's name.</summary>
    string Name { get; }

    /// <summary>The verdict on <paramref name="draft"/> (the rule may move or drop its source mention).</summary>
    FilterVerdict Judge(FilterContext context, QuoteDraft draft);
}
