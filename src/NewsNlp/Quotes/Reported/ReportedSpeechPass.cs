using NewsNlp.Quotes.Learning;

namespace NewsNlp.Quotes.Reported;

/// <summary>
/// Reported (indirect) speech, one pass: with a tagger, the learned attribution tagger first (its spans beat the rules'
/// on PolNeAR dev, see docs/quotes.md; <see cref="LearnedAttribution"/> also gives uncued direct quotes the tagger's
/// cue and mixed quotes its source), then the precise indirect-speech rules on what it left (short texts it declines);
/// without a tagger, all the <see cref="IndirectSpeechRules"/>; a request made by someone (<see cref="CallByReport"/>); a
/// statement made clear (<see cref="MadeClearReport"/>); a clause after a long opening <c>According to X,</c> (<see cref="AccordingToReport"/>); words reported through a raising passive (<see cref="RaisedReport"/>); a
/// headline's <c>Speaker: claim</c> (<see cref="HeadlineReport"/>); then a sentence closing with its report gets the whole
/// clause before it (<see cref="ClosingReport"/>), and a clause after <c>told</c> loses its hearer
/// (<see cref="HearerClause"/>) or a time adjunct opening it (<see cref="TimeAdjunctOpening"/>), a speech-event adjunct before <c>that</c> (<see cref="SpeechEventOpening"/>), a preposition's object before <c>that</c> (<see cref="PrepositionObjectOpening"/>) or a
/// copula before a quotation (<see cref="CopulaQuoteOpening"/>), a naming cue's clause ends before a new clause after
/// <c>but</c> (<see cref="ComplementButClause"/>), a reported clause ends before a writer's appositive or concession (<see cref="CommentTail"/>), a clause closed by <c>, according to X</c> starts at its sentence's start (<see cref="ClosingAccordingToSubject"/>), and a tagger content cut at an inserted relative clause or a naming
/// participle runs on past it (<see cref="RelativeInsertion"/>, <see cref="NamingRunOn"/>), one cut before the verb after a comma-enclosed insertion runs on to it (<see cref="CommaInsertionRunOn"/>), one cut at a semicolon inside brackets or between list items runs on past it (<see cref="SemicolonRunOn"/>), and one cut between its subject and its verb runs on to its end (<see cref="VerblessClauseRunOn"/>); an opening participle's object leaves the quote (<see cref="OpeningParticiple"/>) and
/// a second report joined by a conjunction becomes a quote of its own (<see cref="CoordinatedReport"/>); a cue after a
/// ticker tag (<c>Acme Corp &lt;ACME.N&gt; said</c>) gets the name before the tag as its source (<see cref="TickerTag"/>); a content
/// never ends in a conjunction (<see cref="DanglingConjunction"/>). Does nothing when
/// <see cref="QuoteStageOptions.FindIndirectSpeech"/> is off.
/// </summary>
internal sealed class ReportedSpeechPass(QuoteStageOptions options) : IAttributionPass
{
    /// <inheritdoc />
    public string Name => "reported-speech";

    /// <inheritdoc />
    public void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken)
    {
        if (!options.FindIndirectSpeech)
        {
            return;
        }

        AttributionTagger? tagger = options.UseLearnedTagger ? options.Tagger ?? AttributionTagger.Embedded : null;
        if (tagger is not null)
        {
            int[] tags = Pool.Rent<int>(view.Count);
            float[] margins = Pool.Rent<float>(view.Count);
            byte[] levels = Pool.Rent<byte>(view.Count);
            try
            {
                tagger.Tag(view, tags, cancellationToken, margins, levels);
                LearnedAttribution.AddDrafts(view, state, tags, margins, levels, tagger.MinContentMargin);
            }
            finally
            {
                Pool.Return(tags);
                Pool.Return(margins);
                Pool.Return(levels);
            }
        }

        IndirectSpeechRules.Find(view, state, cueBeforeContent: tagger is null, cancellationToken);
        CallByReport.Find(view, state);
        MadeClearReport.Find(view, state);
        AccordingToReport.Find(view, state);
        ClosingStudyReport.Find(view, state);
        RaisedReport.Repair(view, state);
        HeadlineReport.Find(view, state);
        ClosingReport.Repair(view, state);
        TickerTag.Repair(view, state);
        HearerClause.Trim(view, state);
        TimeAdjunctOpening.Trim(view, state);
        SpeechEventAdjunct.Trim(view, state);
        SpeechEventOpening.Trim(view, state);
        PrepositionObjectOpening.Trim(view, state);
        CopulaQuoteOpening.Trim(view, state);
        ComplementButClause.Trim(view, state);
        CommentTail.Trim(view, state);
        AccordingToOpening.Extend(view, state);
        ClosingAccordingToSubject.Extend(view, state);
        RelativeInsertion.Extend(view, state);
        NamingRunOn.Extend(view, state);
        CommaInsertionRunOn.Extend(view, state);
        SemicolonRunOn.Extend(view, state);
        VerblessClauseRunOn.Extend(view, state);
        InsertedSubject.Extend(view, state);
        NestedReport.Extend(view, state);
        NestedSourceRunOn.Extend(view, state);
        OpeningParticiple.Split(view, state);
        CoordinatedReport.Split(view, state);
        DanglingConjunction.Trim(view, state);
    }
}
