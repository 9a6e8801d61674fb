namespace NewsNlp.Quotes.Sources;

/// <summary>
/// The source mention of each kept quote as PolNeAR marks it: none after a passive cue (<c>… is being criticized as
/// “…”</c>: its subject is not the source), the core of the phrase (<c>the state incorrectly</c> → <c>the state</c>),
/// and the relative pronoun of <c>X, who said …</c>; the quoted person of <c>X quoted Y as saying …</c>
/// (<see cref="QuotedAsSaying"/>); the agent of <c>was described by X as …</c> (<see cref="PassiveAgentSource"/>); the clause's subject for a participle cue <c>…, saying</c> (<see cref="ParticipleSubject"/>);
/// the inner speaker after an opening <c>According to X,</c> (<see cref="AccordingToLeadIn"/>); the phrase after an inverted
/// cue when the source lay inside the content (<see cref="InvertedCueSource"/>); session 20: X of a closing <c>, according
/// to X</c> after a clause whose cue is no verb of speech (<see cref="ClosingAccordingTo"/>), the subject before a time
/// adjunct (<see cref="TimeAdjunctSource"/>) or before a dash insertion (<see cref="DashInsertionSource"/>); session 21: the
/// subject after an inverted cue when the words before it are no subject (<see cref="InvertedCueAfterNonSubject"/>); session
/// 26: the subject of an inverted cue after a sentence adverb (<c>Worryingly, said the firm, …</c>, <see cref="AdverbOpenedInversion"/>).
/// </summary>
internal sealed class SourceMentionPass : IAttributionPass
{
    /// <inheritdoc />
    public string Name => "source-mentions";

    /// <inheritdoc />
    public void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken)
    {
        foreach (QuoteDraft d in state.Kept)
        {
            if (QuotedAsSaying.Apply(view, d))
            {
                continue;
            }

            if (PassiveAgentSource.Apply(view, d))
            {
                continue; // session 17: "was described by Jobs as …"
            }

            if (ClosingAccordingTo.Apply(view, d, state.Kept))
            {
                d.SourceSettled = true;
                continue; // session 20: "…, who was greeted with chants of “Bobby!”, according to X."
            }

            TimeAdjunctSource.Apply(view, d);
            d.SourceSettled |= DashInsertionSource.Apply(view, d);
            d.SourceSettled |= FacedCriticism.Apply(view, d);
            ParticipleSubject.Apply(view, d);
            AccordingToLeadIn.Apply(view, d);
            InvertedCueSource.Apply(view, d);
            InvertedCueAfterNonSubject.Apply(view, d);
            AdverbOpenedInversion.Apply(view, d);

            if (d.HasSource && d.HasCue && SourceFinder.IsSourcelessCue(view, d.CueFirst, d.CueEnd))
            {
                d.SetSource(-1, -1);
            }

            if (d.HasSource)
            {
                (int f, int e) = SourceFinder.Core(view, d.SourceFirst, d.SourceEnd);
                d.SetSource(f, e);
                int relative = SourceFinder.RelativePronounBefore(view, e, d.CueFirst);
                if (relative < 0)
                {
                    relative = RestrictiveRelativeSource.PronounAt(view, e, d.CueFirst);
                }

                if (relative >= 0)
                {
                    d.SetSource(relative, relative + 1);
                }
            }
        }
    }
}
