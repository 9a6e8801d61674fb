using NewsNlp.Stance.Features;
using NewsNlp.Stance.ShortText;
using NewsNlp.Stance.Sides;

namespace NewsNlp.Stance.Speakers;

/// <summary>
/// What the stance stage knows about one speaker toward one target when it decides their side (a diagnostic for the learned
/// speaker-side combiner: <c>newsnlp stance-features</c>). <see cref="Values"/> follows <see cref="SpeakerFeatures.Names"/>;
/// <see cref="RuleLabel"/> and <see cref="RuleConfidence"/> are the stage's final decision (after the camp, reporter and
/// rebuttal readings), <see cref="Decider"/> what made it.
/// </summary>
internal sealed record SpeakerFeatureRow(int SpeakerId, string Target, double[] Values)
{
    /// <summary>The stage's final label for the speaker.</summary>
    public StanceLabel RuleLabel { get; init; } = StanceLabel.Unrelated;

    /// <summary>The probability of <see cref="RuleLabel"/>.</summary>
    public double RuleConfidence { get; init; }

    /// <summary>What decided the rule label: "cue" (side cues, own side), "camp", "rebuttal", "reporter", "model" (the quote model alone) or "none" (no related quote).</summary>
    public string Decider { get; init; } = "none";
}

/// <summary>The per-speaker features of <see cref="SpeakerFeatureRow"/>, computed from what the stage already read.</summary>
internal static class SpeakerFeatures
{
    /// <summary>The feature names, in the order of <see cref="SpeakerFeatureRow.Values"/>.</summary>
    public static readonly string[] Names =
    [
        "quotes", "related_quotes", "max_related", "mean_unrelated",
        "q_agree", "q_disagree", "q_discuss", "q_margin",
        "cue_sum", "paraphrase_sum", "act_sum", "verdict_sum", "removal_sum", "other_cue_sum", "composed_votes", "cue_count",
        "neutral_quotes", "question_quotes", "own_side", "is_subject", "speaks_for",
        "camp_side", "proposer_camp", "by_acts_alone",
        "negations_per_quote", "claim_negated", "quote_polarity", "claim_polarity", "polarity_product",
        "rebuttal_side", "reporter",
        "rule_agree", "rule_disagree", "rule_none", "rule_confidence",
    ];

    /// <summary>Index of a feature by name.</summary>
    public static int Index(string name) => Array.IndexOf(Names, name);

    /// <summary>
    /// The features of one speaker before the stage's structural readings (reporter, rebuttal; filled by <see cref="Finish"/>).
    /// </summary>
    public static double[] Compute(
        ClaimFrame frame,
        ClaimSubject subject,
        IReadOnlyList<(int QuoteId, IReadOnlyList<double> Probabilities, SideReading Side)> quotes,
        IReadOnlyDictionary<int, string> quoteTexts,
        ISet<int> questions,
        SideReading paraphrases,
        SideCueLexicon lexicon,
        int campSide,
        bool proposer,
        bool byActsAlone)
    {
        var v = new double[Names.Length];
        v[0] = quotes.Count;
        double weight = 0, agree = 0, disagree = 0, discuss = 0, unrelated = 0, maxRelated = 0;
        int related = 0, neutral = 0, asked = 0, negations = 0;
        double cueSum = paraphrases.Score, composed = 0, quotePolarity = 0;
        var cues = new List<string>(paraphrases.Cues);
        ShortTextFeaturizer featurizer = ShortTextStanceModel.Default.Featurizer;
        foreach ((int id, IReadOnlyList<double> p, SideReading side) in quotes)
        {
            double r = 1 - p[(int)StanceLabel.Unrelated];
            unrelated += p[(int)StanceLabel.Unrelated] / quotes.Count;
            string text = quoteTexts.TryGetValue(id, out string? t) ? t : string.Empty;
            string[] words = TextPreparer.Prepare(text).Words;
            negations += words.Count(NegationScope.IsNegator);
            quotePolarity += featurizer.PolarityOf(TextPreparer.Prepare(text)) / quotes.Count;
            if (questions.Contains(id))
            {
                asked++;
            }

            if (side.Neutral)
            {
                neutral++;
                continue;
            }

            cueSum += side.Score;
            cues.AddRange(side.Cues);
            composed += Math.Clamp(PolarityComposer.Compose(frame.Text, text).Score, -SideCueReader.MaxComposed, SideCueReader.MaxComposed);
            maxRelated = Math.Max(maxRelated, r);
            if (r >= SpeakerStanceAggregator.MinRelatedness && r > 0)
            {
                related++;
                weight += r;
                agree += p[0];
                disagree += p[1];
                discuss += p[2];
            }
        }

        v[1] = related;
        v[2] = maxRelated;
        v[3] = unrelated;
        if (weight > 0)
        {
            // Relatedness-weighted shares given related: Σ r·(p/r) / Σ r = Σ p / Σ r.
            v[4] = agree / weight;
            v[5] = disagree / weight;
            v[6] = discuss / weight;
            v[7] = v[4] - v[5];
        }

        v[8] = cueSum;
        v[9] = paraphrases.Score;
        double act = 0, verdict = 0, removal = 0, counted = 0;
        foreach (string cue in cues.Where(c => c.Length > 1 && c[0] is '+' or '-'))
        {
            int sign = cue[0] == '+' ? 1 : -1;
            string[] cueWords = cue[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cueWords.Length == 0)
            {
                continue;
            }

            counted++;
            if (lexicon.MatchAt(cueWords, 0, SideCueKind.Act) is not null)
            {
                act += sign;
            }
            else if (lexicon.MatchAt(cueWords, 0, SideCueKind.Verdict) is not null)
            {
                verdict += sign;
            }
            else if (lexicon.MatchAt(cueWords, 0, SideCueKind.Removal) is not null)
            {
                removal += sign;
            }
        }

        v[10] = act;
        v[11] = verdict;
        v[12] = removal;
        v[13] = cueSum - act - verdict - removal;
        v[14] = composed;
        v[15] = counted;
        v[16] = neutral;
        v[17] = asked;
        v[18] = paraphrases.Cues.Any(c => c.Length > 1 && c[1..] == DocumentSideReader.OwnSideCue) ? Math.Sign(paraphrases.Score) : 0;
        v[19] = subject.IsSpeaker ? 1 : 0;
        v[20] = subject.SpeaksFor ? 1 : 0;
        v[21] = campSide;
        v[22] = proposer ? 1 : 0;
        v[23] = byActsAlone ? 1 : 0;
        v[24] = quotes.Count == 0 ? 0 : (double)negations / quotes.Count;
        v[25] = frame.IsNegated ? 1 : 0;
        v[26] = quotePolarity;
        v[27] = featurizer.PolarityOf(TextPreparer.Prepare(frame.Text));
        v[28] = v[26] * v[27];
        return v;
    }

    /// <summary>The row with the stage's final decision for the speaker (<paramref name="final"/>).</summary>
    public static SpeakerFeatureRow Finish(int speakerId, string target, double[] values, StanceAnnotation final)
    {
        double[] v = [.. values];
        bool rebuttal = final.DrivingWords.Contains(RebuttalSides.Cue);
        bool reporter = final.DrivingWords.Contains(ReporterSpeakers.Cue);
        int side = final.Label switch { StanceLabel.Agree => 1, StanceLabel.Disagree => -1, _ => 0 };
        v[Index("rebuttal_side")] = rebuttal ? side : 0;
        v[Index("reporter")] = reporter ? 1 : 0;
        v[Index("rule_agree")] = final.Label == StanceLabel.Agree ? 1 : 0;
        v[Index("rule_disagree")] = final.Label == StanceLabel.Disagree ? 1 : 0;
        v[Index("rule_none")] = side == 0 ? 1 : 0;
        double confidence = final.Probabilities[(int)final.Label];
        v[Index("rule_confidence")] = confidence;
        string decider = rebuttal ? "rebuttal"
            : reporter ? "reporter"
            : final.DrivingWords.Contains(SpeakerCamp.Cue) ? "camp"
            : values[Index("cue_sum")] != 0 ? "cue"
            : side != 0 ? "model"
            : "none";
        return new SpeakerFeatureRow(speakerId, target, v) { RuleLabel = final.Label, RuleConfidence = confidence, Decider = decider };
    }
}
