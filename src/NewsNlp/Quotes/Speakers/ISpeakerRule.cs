namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// One rule of speaker resolution (mention → speaker). The rules run in order over a quote's source phrase; the first
/// that decides gives the speaker (possibly none: a pronoun without an antecedent) and its <see cref="Name"/> is
/// recorded in <see cref="QuoteDraft.ResolvedBy"/>.
/// </summary>
/// <remarks>Implementations keep no per-document state: everything per document lives in the <see cref="SpeakerContext"/>.</remarks>
internal interface ISpeakerRule
{
    /// <summary>The rule's name as written into a quote's <c>decided_by</c> after the '+'.</summary>
    string Name { get; }

    /// <summary>
    /// Decides the speaker of <paramref name="phrase"/>, or returns false to let the next rule try. When it returns true,
    /// <paramref name="speaker"/> may still be null (the rule applies but finds no one).
    /// </summary>
    bool TryResolve(SpeakerContext context, in SourcePhrase phrase, out SpeakerCandidate? speaker);
}
