using System.Text;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Stance.ShortText;
using NewsNlp.Stance.Sides;
using NewsNlp.Stance.Speakers;

namespace NewsNlp.Stance.Pipeline;

/// <summary>
/// The <c>stance</c> stage: for each target (from options, <c>Metadata.StanceTargets</c> and <c>Metadata.Headline</c>) writes a
/// <see cref="StanceAnnotation"/> for the article body (the body classifier, by default the FNC-1 model), one for each quote
/// already in <c>document.Quotes</c> (the quote classifier, by default the short-text model) and one for each speaker in
/// <c>document.Speakers</c> summing up their quotes (<see cref="SpeakerStanceAggregator"/>; read it with
/// <see cref="SpeakerStanceExtensions.StanceOf(NewsDocument, Speaker, string)"/>). Run it after the quote stage.
/// </summary>
public sealed class StanceStage : IPipelineStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "stance";

    private static readonly string[] RequiresList = [AnnotationNames.Tokens];
    private static readonly string[] ProducesList = [AnnotationNames.Stances];

    private readonly IStanceClassifier _classifier;
    private readonly IStanceClassifier _quoteClassifier;
    private readonly string[] _targets;
    private readonly bool _useMetadataTargets;
    private readonly bool _useHeadline;
    private readonly bool _annotateBody;
    private readonly bool _annotateQuotes;
    private readonly bool _useQuoteContext;
    private readonly bool _readSides;
    private readonly SpeakerSideModel? _sideModel;
    private readonly Action<SpeakerFeatureRow>? _featureSink;

    /// <summary>Creates the stage with the embedded models (FNC-1 for the body, short-text for quotes) and default options.</summary>
    public StanceStage()
        : this(StanceClassifier.Default, ShortTextStanceClassifier.Default, new StanceStageOptions())
    {
    }

    /// <summary>Creates the stage with one classifier for the body and the quotes.</summary>
    /// <param name="classifier">The classifier.</param>
    /// <param name="options">Targets and what to annotate; copied, later changes have no effect.</param>
    public StanceStage(IStanceClassifier classifier, StanceStageOptions options)
        : this(classifier, classifier, options)
    {
    }

    /// <summary>Creates the stage.</summary>
    /// <param name="bodyClassifier">Stance of the article body (e.g. <see cref="StanceClassifier.Default"/>, trained on headline–body pairs).</param>
    /// <param name="quoteClassifier">Stance of each quote (e.g. <see cref="ShortTextStanceClassifier.Default"/>, trained on short texts).</param>
    /// <param name="options">Targets and what to annotate; copied, later changes have no effect.</param>
    public StanceStage(IStanceClassifier bodyClassifier, IStanceClassifier quoteClassifier, StanceStageOptions options)
    {
        ArgumentNullException.ThrowIfNull(bodyClassifier);
        ArgumentNullException.ThrowIfNull(quoteClassifier);
        ArgumentNullException.ThrowIfNull(options);
        _classifier = bodyClassifier;
        _quoteClassifier = quoteClassifier;
        _targets = [.. options.Targets.Where(t => !string.IsNullOrWhiteSpace(t))];
        _useMetadataTargets = options.UseMetadataTargets;
        _useHeadline = options.UseHeadline;
        _annotateBody = options.AnnotateBody;
        _annotateQuotes = options.AnnotateQuotes;
        _useQuoteContext = options.UseQuoteContext;
        _readSides = options.ReadSideCues;
        _sideModel = options.SpeakerSide;
        _featureSink = options.FeatureSink;
    }

    /// <inheritdoc />
    public string Name => StageName;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Requires => RequiresList;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Produces => ProducesList;

    /// <inheritdoc />
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        AnnotationLayer<StanceAnnotation> stances = document.GetOrAddLayer(StanceLayer.Key);
        stances.RemoveAll(s => s.Producer == StageName);
        foreach (string target in TargetsOf(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_annotateBody)
            {
                stances.Add(Annotate(target, null, _classifier.Classify(target, document.Text)));
            }

            if (_annotateQuotes)
            {
                // All of the document's quotes (and their sentences) in one batch: an encoder classifier embeds them together.
                var toClassify = new List<(Quote Quote, int Text, int Context)>();
                var pairs = new List<StancePair>();
                foreach (Quote quote in document.Quotes)
                {
                    string text = QuoteText(document, quote);
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    int context = -1;
                    if (_useQuoteContext && ContextText(document, quote) is { } contextText && contextText != text)
                    {
                        context = pairs.Count + 1;
                        pairs.Add(new StancePair(target, text));
                        pairs.Add(new StancePair(target, contextText));
                        toClassify.Add((quote, context - 1, context));
                    }
                    else
                    {
                        toClassify.Add((quote, pairs.Count, -1));
                        pairs.Add(new StancePair(target, text));
                    }
                }

                IReadOnlyList<StancePrediction> predictions = pairs.Count == 0 ? [] : _quoteClassifier.ClassifyMany(pairs, cancellationToken);
                var byQuote = new Dictionary<int, StancePrediction>();
                foreach ((Quote quote, int text, int context) in toClassify)
                {
                    StancePrediction prediction = context < 0 ? predictions[text] : InContext(predictions[text], predictions[context]);
                    byQuote[quote.Id] = prediction;
                    stances.Add(Annotate(target, quote.Id, prediction));
                }

                DocumentSideReader? sideReader = _readSides ? DocumentSideReader.Default : null;
                ClaimFrame? frame = sideReader?.Frame(target);
                HashSet<int> subjectEntities = frame is null ? [] : DocumentSideReader.SubjectEntities(document, frame);
                SpeakerCamp? camps = frame is null ? null : (frame.SubjectEffect == 0 ? null : SpeakerCamp.Read(document, frame)) ?? SpeakerCamp.ReadProposer(document, frame);
                var quoteTexts = toClassify.ToDictionary(q => q.Quote.Id, q => pairs[q.Text].Text);

                // A quote that only asks whether something is so ("asked if …", "“Will it close?”") takes no side on it.
                HashSet<int> questions = [.. toClassify.Where(q => IsQuestion(document, q.Quote)).Select(q => q.Quote.Id)];
                // One stance per person: speaker records of one entity ("Analyst Neil Foster", "Neil Foster") pool their quotes.
                ILookup<int, Speaker> byEntity = document.Speakers.Where(s => s.EntityId >= 0).ToLookup(s => s.EntityId);
                var speakerStances = new List<StanceAnnotation>();
                Dictionary<int, double[]>? features = _featureSink is null || frame is null ? null : [];
                foreach (Speaker speaker in document.Speakers)
                {
                    IEnumerable<Speaker> same = speaker.EntityId >= 0 ? byEntity[speaker.EntityId] : [speaker];
                    int[] ids = [.. same.SelectMany(s => s.QuoteIds).Distinct().Order().Where(byQuote.ContainsKey)];
                    if (ids.Length == 0)
                    {
                        continue;
                    }

                    ClaimSubject? subject = frame is null ? null : DocumentSideReader.Subject(document, subjectEntities, speaker, frame);
                    (int, IReadOnlyList<double>, SideReading)[] quotes = [.. ids.Select(id => (id, byQuote[id].Probabilities,
                        questions.Contains(id) ? QuestionReading
                        : frame is null ? SideReading.None : sideReader!.Reader.Read(frame, subject!, quoteTexts[id])))];
                    // A speaker who declines to take a side in one of their quotes does not take the subject's own side by presumption.
                    SideReading paraphrases = frame is null ? SideReading.None : sideReader!.ReadParaphrases(document, frame, subject!, speaker, quotes.Any(q => q.Item3.Neutral));
                    (StanceLabel label, double[] probabilities, IReadOnlyList<int> evidence) = SpeakerStanceAggregator.Aggregate(quotes, paraphrases);
                    if (_sideModel is not null)
                    {
                        // The learned decision over the rule aggregate (SpeakerSideModel): its label, its distribution, evidence for its side.
                        probabilities = _sideModel.Apply(probabilities);
                        label = SpeakerSideModel.LabelOf(probabilities);
                        evidence = SpeakerStanceAggregator.Evidence(quotes, label);
                    }

                    // A speaker who takes a side takes their camp's (SpeakerCamp): the subject's own for its camp, the other for a rival.
                    // Not over a side that acts or verdicts alone decided ("rejected", "a myth"): those are the speaker's own words.
                    bool byCamp = false;
                    List<string> sideWords = SideWords(label, paraphrases, quotes.Select(q => q.Item3));
                    if (features is not null)
                    {
                        // Diagnostic (newsnlp stance-features): what the stage knows about the speaker before it decides.
                        int campSide = camps?.Side(speaker) is int c && c != 0 ? Math.Sign(c * camps.Effect) : 0;
                        features[speaker.Id] = SpeakerFeatures.Compute(frame!, subject!, quotes, quoteTexts, questions, paraphrases,
                            sideReader!.Reader.Lexicon, campSide, camps?.IsProposer == true, ByActsAlone(frame!, sideWords));
                    }

                    if (camps is not null && label is StanceLabel.Agree or StanceLabel.Disagree && !ByActsAlone(frame!, sideWords) && camps.Side(speaker) is int camp && camp != 0)
                    {
                        StanceLabel side = camp * camps.Effect > 0 ? StanceLabel.Agree : StanceLabel.Disagree;
                        if (side != label)
                        {
                            probabilities = [.. probabilities];
                            (probabilities[(int)StanceLabel.Agree], probabilities[(int)StanceLabel.Disagree]) = (probabilities[(int)StanceLabel.Disagree], probabilities[(int)StanceLabel.Agree]);
                            label = side;
                            evidence = SpeakerStanceAggregator.Evidence(quotes, label);
                            byCamp = true;
                        }
                    }

                    // The camp of the government that proposes the claim also gives a side to an office-holder whose quotes take none
                    // (a minister's words on the plan's details defend it); not to one who declines or only asks.
                    else if (camps is { IsProposer: true } && label == StanceLabel.Unrelated && sideWords.Count == 0 && !quotes.Any(q => q.Item3.Neutral)
                        && camps.Side(speaker) is int proposerCamp && proposerCamp != 0)
                    {
                        label = proposerCamp > 0 ? StanceLabel.Agree : StanceLabel.Disagree;
                        probabilities = label == StanceLabel.Agree ? [0.55, 0.05, 0, 0.4] : [0.05, 0.55, 0, 0.4];
                        evidence = ids;
                        byCamp = true;
                    }

                    speakerStances.Add(new StanceAnnotation
                    {
                        Target = target,
                        SpeakerId = speaker.Id,
                        Label = label,
                        Probabilities = probabilities,
                        EvidenceQuoteIds = evidence,
                        DrivingWords = byCamp ? [SpeakerCamp.Cue] : sideWords,
                        Producer = StageName,
                    });
                }

                List<StanceAnnotation> final = _readSides ? WithRebuttalSides(document, WithReporters(document, speakerStances)) : speakerStances;
                stances.AddRange(final);
                if (features is not null)
                {
                    foreach (StanceAnnotation decided in final.Where(a => features.ContainsKey(a.SpeakerId!.Value)))
                    {
                        _featureSink!(SpeakerFeatures.Finish(decided.SpeakerId!.Value, target, features[decided.SpeakerId!.Value], decided));
                    }
                }
            }
        }

        document.MarkProduced(AnnotationNames.Stances);
    }

    /// <summary>Journalists reporting the story (<see cref="ReporterSpeakers"/>: "BBC political editor Andrew Marr") have no stance.</summary>
    private static List<StanceAnnotation> WithReporters(NewsDocument document, List<StanceAnnotation> speakerStances)
    {
        HashSet<int> reporters = ReporterSpeakers.Find(document);
        return reporters.Count == 0 ? speakerStances : [.. speakerStances.Select(s => !reporters.Contains(s.SpeakerId!.Value) ? s : s with
        {
            Label = StanceLabel.Unrelated,
            Probabilities = [0.05, 0.05, 0, 0.9],
            EvidenceQuoteIds = [],
            DrivingWords = [ReporterSpeakers.Cue],
        })];
    }

    /// <summary>
    /// Speakers with no stance who answer, or are answered by, speakers of one side ("But Mr Herron said …") take the other
    /// side (<see cref="RebuttalSides"/>): probability 0.55 for it, 0.4 for no stance, their quotes as evidence.
    /// </summary>
    private static List<StanceAnnotation> WithRebuttalSides(NewsDocument document, List<StanceAnnotation> speakerStances)
    {
        if (!speakerStances.Any(s => s.Label == StanceLabel.Unrelated))
        {
            return speakerStances;
        }

        // Reporters neither take nor give a side by a rebuttal.
        var labels = speakerStances.Where(s => !s.DrivingWords.Contains(ReporterSpeakers.Cue)).ToDictionary(s => s.SpeakerId!.Value, s => s.Label);
        Dictionary<int, (StanceLabel Side, int Other)> sides = RebuttalSides.Sides(RebuttalSides.Links(document), labels);
        if (sides.Count == 0)
        {
            return speakerStances;
        }

        Dictionary<int, Speaker> speakers = document.Speakers.ToDictionary(s => s.Id);
        return [.. speakerStances.Select(s => !sides.TryGetValue(s.SpeakerId!.Value, out (StanceLabel Side, int Other) side) ? s : s with
        {
            Label = side.Side,
            Probabilities = side.Side == StanceLabel.Agree ? [0.55, 0.05, 0, 0.4] : [0.05, 0.55, 0, 0.4],
            EvidenceQuoteIds = speakers.TryGetValue(s.SpeakerId!.Value, out Speaker? speaker) ? [.. speaker.QuoteIds] : [],
            DrivingWords = [RebuttalSides.Cue],
        })];
    }

    /// <summary>The side-taking cues that point the way of <paramref name="label"/> (paraphrases first), each once, at most five.</summary>
    private static List<string> SideWords(StanceLabel label, SideReading paraphrases, IEnumerable<SideReading> quotes)
    {
        char sign = label switch { StanceLabel.Agree => '+', StanceLabel.Disagree => '-', _ => ' ' };
        return [.. paraphrases.Cues.Concat(quotes.SelectMany(q => q.Cues)).Where(c => c.Length > 1 && c[0] == sign).Select(c => c[1..]).Distinct(StringComparer.Ordinal).Take(5)];
    }

    /// <summary>
    /// Whether a side's driving words are all acts or verdicts in words that are not the claim's ("rejected", "a myth"): none is
    /// the subject's own side and none is made of the claim's words alone (the polarity composition's "asylum system").
    /// </summary>
    internal static bool ByActsAlone(ClaimFrame claim, IReadOnlyList<string> drivingWords)
    {
        if (drivingWords.Count == 0)
        {
            return false;
        }

        var claimStems = new HashSet<string>(claim.Words.Select(w => Features.TextPreparer.Stem(ClaimFrame.WithoutPossessive(w))), StringComparer.Ordinal);
        return drivingWords.All(w => w != DocumentSideReader.OwnSideCue
            && !w.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(t => claimStems.Contains(Features.TextPreparer.Stem(t.ToLowerInvariant()))));
    }

    /// <summary>The reading of a quote that only asks a question: like a refusal to take sides, it does not count.</summary>
    private static readonly SideReading QuestionReading = new(0, true, ["question"]);

    /// <summary>Whether <paramref name="quote"/> only asks a yes/no question (<see cref="QuestionQuote"/>).</summary>
    private static bool IsQuestion(NewsDocument document, Quote quote)
    {
        string cue = quote.Cue is TextSpan c && !c.IsEmpty && c.Start >= 0 && c.End <= document.Text.Length ? document.Slice(c).ToString() : string.Empty;
        string content = string.Join(' ', quote.Content.Where(s => !s.IsEmpty && s.Start >= 0 && s.End <= document.Text.Length).Select(s => document.Slice(s).ToString()));
        return QuestionQuote.IsQuestion(cue, content);
    }

    /// <summary>Speech cues that only report speaking (left out of a quote's text for stance).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NeutralCues = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "noted", "notes", "stated", "states", "explained",
        "explains", "according to", "asked", "asks", "wrote", "writes", "continued", "went on", "replied", "answered", "remarked",
        "commented", "observed", "announced", "declared", "reported", "recalled", "spoke", "speaking", "put it", "mentioned",
    ], StringComparer.Ordinal);

    /// <summary>The distinct, non-blank targets for <paramref name="document"/>: options, then metadata targets, then the headline.</summary>
    public IReadOnlyList<string> TargetsOf(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var targets = new List<string>();
        void Add(string? t)
        {
            if (!string.IsNullOrWhiteSpace(t) && seen.Add(t.Trim()))
            {
                targets.Add(t.Trim());
            }
        }

        foreach (string t in _targets)
        {
            Add(t);
        }

        if (_useMetadataTargets)
        {
            foreach (string t in document.Metadata.StanceTargets)
            {
                Add(t);
            }
        }

        // Only a headline the caller gave: one the structure stage read from the text is not a stance target.
        if (_useHeadline && !document.Metadata.HeadlineFromText)
        {
            Add(document.Metadata.Headline);
        }

        return targets;
    }

    private static StanceAnnotation Annotate(string target, int? quoteId, StancePrediction prediction) => new()
    {
        Target = target,
        QuoteId = quoteId,
        Label = prediction.Label,
        Probabilities = prediction.Probabilities,
        DrivingWords = prediction.DrivingWords,
        Producer = StageName,
    };

    /// <summary>
    /// A quote read in its sentences: relatedness is the larger of the two (the sentence names what the quote is about:
    /// "Reyes rejected the plan. “It is a waste of money,” he said."), the agree/disagree/discuss shares are the two
    /// predictions' shares weighted by their relatedness, and the driving words come from the more related one.
    /// </summary>
    internal static StancePrediction InContext(StancePrediction quote, StancePrediction context)
    {
        double rq = quote.Relatedness, rc = context.Relatedness;
        if (rc <= rq)
        {
            return quote;
        }

        double related = Math.Max(rq, rc), weight = rq + rc;
        var p = new double[StanceLabels.Count];
        for (int k = 0; k < 3; k++)
        {
            p[k] = weight <= 0 ? related / 3 : related * (quote.Probabilities[k] + context.Probabilities[k]) / weight;
        }

        p[(int)StanceLabel.Unrelated] = 1 - related;
        return new StancePrediction(p) { DrivingWords = context.DrivingWords };
    }

    /// <summary>The text of the sentences the quote's content overlaps (null when sentences were not produced).</summary>
    private static string? ContextText(NewsDocument document, Quote quote)
    {
        if (document.Sentences.Count == 0 || quote.Content.Count == 0)
        {
            return null;
        }

        int start = int.MaxValue, end = -1;
        foreach (TokenRange sentence in document.Sentences)
        {
            foreach (TextSpan span in quote.Content)
            {
                if (sentence.Span.Start < span.End && span.Start < sentence.Span.End)
                {
                    start = Math.Min(start, sentence.Span.Start);
                    end = Math.Max(end, sentence.Span.End);
                }
            }
        }

        return end <= start || end > document.Text.Length ? null : document.Text[start..end];
    }

    /// <summary>
    /// The quote's words, after its cue when the cue says more than that words were spoken ("rejected", "welcomed",
    /// "disputed", "defended" take a side; "said", "told", "added" do not and are left out).
    /// </summary>
    internal static string QuoteText(NewsDocument document, Quote quote)
    {
        var sb = new StringBuilder();
        if (quote.Cue is TextSpan cue && !cue.IsEmpty && cue.Start >= 0 && cue.End <= document.Text.Length
            && quote.Content.Count > 0 && cue.End <= quote.Content[0].Start && !NeutralCues.Contains(document.Text.Substring(cue.Start, cue.Length).Trim().ToLowerInvariant()))
        {
            sb.Append(document.Slice(cue));
        }

        foreach (TextSpan span in quote.Content)
        {
            if (span.Start < 0 || span.End > document.Text.Length || span.IsEmpty)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(document.Slice(span));
        }

        return sb.ToString();
    }
}
