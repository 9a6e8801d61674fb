using NewsNlp.Documents;
using NewsNlp.Documents.Parts;
using NewsNlp.Pipeline;

namespace NewsNlp.Quotes.Filters;

/// <summary>
/// Runs the attribution filters, in order, over the kept drafts: removes those a filter rejects and marks as actions
/// (act <see cref="Documents.AttributionAct.Other"/>) those a filter finds to be an action with a cue-like verb.
/// </summary>
internal static class AttributionFilters
{
    /// <summary>The filters of the quote stage, in the order they run.</summary>
    public static IReadOnlyList<IAttributionFilter> Default { get; } =
    [
        new StructurePartFilter(),
        new HeadlineTermQuoteFilter(),
        new TitleQuoteFilter(),
        new ThinkTankSourceFilter(),
        new NoCommentFilter(),
        new ColonCueContentFilter(),
        new PrepositionObjectContentFilter(),
        new AskedQuestionFilter(),
        new CalledGatheringFilter(),
        new EvaluatedObjectFilter(),
        new TermQuoteFilter(),
        new DetachedContentFilter(),
        new NounPhraseContentFilter(),
        new AppositiveContentFilter(),
        new AppositiveRoleContentFilter(),
        new DatelineContentFilter(),
        new SplitNounPhraseCueFilter(),
        new ContinuedInfinitiveFilter(),
        new ContinuedObjectFilter(),
        new ConditionalCueFilter(),
        new IntransitiveCompareFilter(),
        new VerblessCueInfinitiveFilter(),
        new SourcelessPassiveObjectFilter(),
        new NegatedCueFilter(),
        new CompoundNounCueFilter(),
        new SubjectHeadCueFilter(),
        new PossessedNounCueFilter(),
        new NamingParticipleFilter(),
        new NamingAfterNounFilter(),
        new CoinedTermFilter(),
        new InanimatePromiseFilter(),
        new SpokeAsFilter(),
        new PassiveAgentContentFilter(),
        new RaisedPassiveFilter(),
        new FinancialResultFilter(),
        new PriceMoveFilter(),
        new OfferedThingFilter(),
        new DataEvidenceFilter(),
        new PleaFilter(),
        new ClauselessSayingContentFilter(),
        new CueNounFilter(),
        new ModifiedNounCueFilter(),
        new DeterminedCueVerbFilter(),
        new DodgedQuestionFilter(),
        new RelativeClauseContentFilter(),
        new StateNounCueFilter(),
        new PossessiveParticipleCueFilter(),
        new ArticleParticipleCueFilter(),
        new ReflexiveNamingFilter(),
        new PassiveTargetCueFilter(),
        new AuxiliaryContentFilter(),
        new FoundThingFilter(),
        new FindOutFilter(),
        new LegalChargeFilter(),
        new SourcelessNounCueFilter(),
        new AdjectiveNounCueFilter(),
        new ProvisionCallFilter(),
        new SoCalledFilter(),
        new ReportingAdverbCueFilter(),
        new NameWordCueFilter(),
        new CalledUponFilter(),
        new RequestObjectFilter(),
        new ResponseToOthersFilter(),
        new WithoutCueFilter(),
        new ThanksToFilter(),
        new SeemCueFilter(),
        new DemonstrativeObjectFilter(),
        new AccordingToMeasureFilter(),
        new TopicObjectFilter(),
        new InfinitiveCueFilter(),
        new TrailingSpeechCueFilter(),
        new ListMemberSourceFilter(),
        new QuotedPersonSourceFilter(),
        new AffiliationSourceFilter(),
        new CoordinatedPredicateSourceFilter(),
        new SpokespersonForSourceFilter(),
        new NamedInstitutionSourceFilter(),
        new PassiveAgentSourceFilter(),
        new AmountSourceFilter(),
        new SpeakingSourceFilter(),
    ];

    // Default as an array, walked by index: a foreach over the IReadOnlyList made an enumerator object per draft and
    // two interface calls per filter.
    private static readonly IAttributionFilter[] DefaultArray = [.. Default];

    /// <summary>Applies <paramref name="filters"/> (default <see cref="Default"/>) to <paramref name="kept"/>; checks <paramref name="cancellationToken"/> every 64 drafts.</summary>
    public static void Apply(DocumentView view, List<QuoteDraft> kept, IReadOnlyList<IAttributionFilter>? filters = null, CancellationToken cancellationToken = default)
    {
        IAttributionFilter[] list = filters is null || ReferenceEquals(filters, Default) ? DefaultArray : [.. filters];
        NewsDocument document = view.Document;
        IReadOnlyList<DocumentPart> structure = DocumentStructureFinder.PartsOf(document);
        using var context = new FilterContext(view, structure);
        int seen = 0;
        kept.RemoveAll(d =>
        {
            if ((++seen & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            foreach (IAttributionFilter filter in list)
            {
                switch (filter.Judge(context, d))
                {
                    case FilterVerdict.Reject:
                        return true;
                    case FilterVerdict.Action:
                        d.ActionBy ??= filter.Name; // the first rule to find an action names it
                        break;
                }
            }

            return false;
        });
    }
}
