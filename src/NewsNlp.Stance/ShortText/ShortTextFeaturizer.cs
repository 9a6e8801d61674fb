using NewsNlp.Stance.Features;

namespace NewsNlp.Stance.ShortText;

/// <summary>A named feature of a (claim, text) pair, with the text word it comes from (for explanations) when there is one.</summary>
internal readonly record struct PairFeature(string Name, float Value, string? Word);

/// <summary>
/// Features of a short text (a quote, a headline, a paragraph) against a claim: word alignment and IDF-weighted overlap
/// (relatedness); the text's words and word pairs outside the claim's words, with claim-aligned words written <c>@</c>
/// (cue words such as "hoax", "denied", "not @", "reportedly"); refuting, hedging, supporting and negation words in the text,
/// in the claim and next to aligned words; WordNet antonyms of claim words; polarity (negation-aware) and subjectivity of
/// text and claim and whether they point the same way; question and quotation marks.
/// </summary>
/// <remarks>Thread-safe: no state besides the read-only tables.</remarks>
internal sealed class ShortTextFeaturizer(StanceLexicon lexicon, IdfTable idf)
{
    /// <summary>Words before an aligned or polar word in which a negation applies to it.</summary>
    private const int NegationScope = 3;

    /// <summary>Leading characters compared when whole stems differ (Russia / Russian, injured / injury).</summary>
    private const int PrefixLength = 5;

    /// <summary>Nouns that evaluate (their polarity is the claim's orientation): "part of the solution", "a mistake".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> EvaluativeNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "solution", "problem", "success", "failure", "mistake", "disaster", "threat", "victory", "progress", "benefit", "boon",
        "win", "waste", "danger", "blessing", "catastrophe", "improvement", "achievement", "scandal", "shame",
    ], StringComparer.Ordinal);

    /// <summary>Intensifiers: VADER scales the next word's valence by them; on their own they carry no side ("I strongly oppose").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Boosters = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "strongly", "absolutely", "completely", "totally", "fully", "highly", "extremely", "really", "very", "deeply", "entirely",
        "utterly", "truly", "greatly", "hugely", "so", "most", "more", "particularly", "especially", "incredibly", "remarkably",
    ], StringComparer.Ordinal);

    public StanceLexicon Lexicon { get; } = lexicon;

    public IdfTable Idf { get; } = idf;

    /// <summary>Cosine bins of the sentence-encoder features (upper bounds).</summary>
    private static readonly float[] CosineBins = [0.2f, 0.35f, 0.5f, 0.65f, 0.8f];

    /// <summary>Names of the encoder features: text vector <c>et</c>, claim × text product <c>ep</c>, per dimension.</summary>
    private static readonly Lazy<(string[] Text, string[] Product)> EmbeddingNames = new(() =>
    (
        [.. Enumerable.Range(0, 1024).Select(k => "et" + k.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        [.. Enumerable.Range(0, 1024).Select(k => "ep" + k.ToString(System.Globalization.CultureInfo.InvariantCulture))]
    ));

    /// <summary>Features of <paramref name="text"/> toward <paramref name="claim"/>.</summary>
    /// <param name="claim">The prepared claim.</param>
    /// <param name="text">The prepared text.</param>
    /// <param name="claimVector">The claim's sentence-encoder vector, when the model uses an encoder.</param>
    /// <param name="textVector">The text's sentence-encoder vector, when the model uses an encoder.</param>
    public List<PairFeature> Featurize(PreparedText claim, PreparedText text, float[]? claimVector = null, float[]? textVector = null)
    {
        var f = new List<PairFeature>(claimVector is null ? 96 : 96 + (2 * claimVector.Length));
        if (claimVector is not null && textVector is not null)
        {
            AddEmbeddingFeatures(f, claimVector, textVector);
        }

        var claimStems = new HashSet<string>(StringComparer.Ordinal);
        var claimPrefixes = new HashSet<string>(StringComparer.Ordinal);
        double claimIdf = 0;
        for (int i = 0; i < claim.Words.Length; i++)
        {
            if (claim.IsContent[i] && claimStems.Add(claim.Stems[i]))
            {
                claimIdf += Idf[claim.Stems[i]];
                if (claim.Stems[i].Length >= PrefixLength)
                {
                    claimPrefixes.Add(claim.Stems[i][..PrefixLength]);
                }
            }
        }

        // ---- alignment ----
        int n = text.Words.Length;
        var aligned = new bool[n];
        var matched = new HashSet<string>(StringComparer.Ordinal);
        int alignedTokens = 0, content = 0;
        for (int i = 0; i < n; i++)
        {
            if (!text.IsContent[i])
            {
                continue;
            }

            content++;
            string stem = text.Stems[i];
            if (claimStems.Contains(stem))
            {
                aligned[i] = true;
                matched.Add(stem);
            }
            else if (stem.Length >= PrefixLength && claimPrefixes.Contains(stem[..PrefixLength]))
            {
                aligned[i] = true;
                foreach (string c in claimStems)
                {
                    if (c.Length >= PrefixLength && c.AsSpan(0, PrefixLength).SequenceEqual(stem.AsSpan(0, PrefixLength)))
                    {
                        matched.Add(c);
                    }
                }
            }

            if (!aligned[i] && stem.Length >= 5)
            {
                foreach (string c in claimStems)
                {
                    if (SameWordFamily(c, stem))
                    {
                        aligned[i] = true;
                        matched.Add(c);
                    }
                }
            }

            if (aligned[i])
            {
                alignedTokens++;
            }
        }

        double matchedIdf = matched.Sum(s => (double)Idf[s]);
        float overlap = claimStems.Count == 0 ? 0 : (float)matched.Count / claimStems.Count;
        float overlapIdf = claimIdf <= 0 ? 0 : (float)(matchedIdf / claimIdf);
        float coverage = content == 0 ? 0 : (float)alignedTokens / content;
        f.Add(new("overlap", overlap, null));
        f.Add(new("overlap_idf", overlapIdf, null));
        f.Add(new("coverage", coverage, null));
        f.Add(new("overlap_idf_bin=" + Bin(overlapIdf), 1, null));
        f.Add(new("matched=" + Math.Min(matched.Count, 4), 1, null));
        f.Add(new("text_len=" + LengthBin(n), 1, null));

        // ---- words and word pairs outside the claim (aligned words written @) ----
        string? previous = null;
        for (int i = 0; i < n; i++)
        {
            string token = aligned[i] ? "@" : text.Stems[i];
            if (!aligned[i])
            {
                f.Add(new("w=" + token, 1, text.Words[i]));
            }

            if (previous is not null && !(previous == "@" && token == "@"))
            {
                f.Add(new("b=" + previous + "_" + token, 1, aligned[i] ? text.Words[i - 1] : text.Words[i]));
            }

            previous = token;
        }

        if (n > 0)
        {
            // The text's edges: it opens with the claim's words ("^_@") or a source ("^_pentagon"), ends with a verb of saying ("say_$").
            f.Add(new("b=^_" + (aligned[0] ? "@" : text.Stems[0]), 1, text.Words[0]));
            f.Add(new("b=" + (aligned[n - 1] ? "@" : text.Stems[n - 1]) + "_$", 1, text.Words[n - 1]));
        }

        // ---- cue lexicons: text, claim, and next to aligned words ----
        Span<int> textLex = stackalloc int[4];
        Span<int> claimLex = stackalloc int[4];
        Span<int> nearLex = stackalloc int[4];
        textLex.Clear();
        claimLex.Clear();
        nearLex.Clear();
        for (int i = 0; i < claim.Words.Length; i++)
        {
            Count(claim.LexMask[i], claimLex);
        }

        bool[] near = NearAligned(aligned, NegationScope);
        for (int i = 0; i < n; i++)
        {
            Count(text.LexMask[i], textLex);
            if (near[i])
            {
                Count(text.LexMask[i], nearLex);
            }
        }

        string[] kinds = ["refute", "hedge", "support", "negate"];
        for (int k = 0; k < 4; k++)
        {
            if (textLex[k] > 0)
            {
                f.Add(new("t_" + kinds[k], 1, null));
            }

            if (claimLex[k] > 0)
            {
                f.Add(new("c_" + kinds[k], 1, null));
            }

            if (nearLex[k] > 0)
            {
                f.Add(new("near_" + kinds[k], 1, null));
            }
        }

        bool textNegated = textLex[3] % 2 == 1, claimNegated = claimLex[3] % 2 == 1;
        f.Add(new(textNegated == claimNegated ? "negation_parity_same" : "negation_parity_differs", 1, null));
        if (nearLex[3] > 0 && claimLex[3] == 0)
        {
            f.Add(new("negated_aligned_claim_positive", 1, null));
        }

        if (textLex[0] > 0 && claimLex[0] > 0)
        {
            f.Add(new("refute_both", 1, null));
        }

        // ---- antonyms of claim words ----
        int antonyms = 0;
        for (int i = 0; i < n; i++)
        {
            if (aligned[i] || text.Words[i].Length < 3)
            {
                continue;
            }

            for (int j = 0; j < claim.Words.Length; j++)
            {
                if (Lexicon.AreAntonyms(text.Words[i], claim.Words[j]))
                {
                    antonyms++;
                    f.Add(new("antonym", 1, text.Words[i]));
                    if (Negated(text, i))
                    {
                        f.Add(new("antonym_negated", 1, text.Words[i]));
                    }

                    break;
                }
            }
        }

        // ---- polarity and subjectivity ----
        (float textPolarity, float textSubjectivity, int textPolar) = Polarity(text, f, record: true);
        (float claimPolarity, _, _) = Polarity(claim, f, record: false);
        int ts = Sign(textPolarity), cs = Sign(claimPolarity);
        f.Add(new("tpol=" + ts, 1, null));
        f.Add(new("cpol=" + cs, 1, null));
        if (ts != 0 && cs != 0)
        {
            f.Add(new(ts == cs ? "pol_same" : "pol_opposite", 1, null));
            f.Add(new("pol_product", textPolarity * claimPolarity, null));
        }

        f.Add(new("subjective=" + (textPolar == 0 ? "none" : textSubjectivity >= 0.5f ? "high" : "low"), 1, null));

        // ---- punctuation ----
        if (text.QuestionMarks > 0)
        {
            f.Add(new("t_question", 1, "?"));
        }

        if (claim.QuestionMarks > 0)
        {
            f.Add(new("c_question", 1, null));
        }

        if (text.QuoteMarks > 0)
        {
            f.Add(new("t_quotemarks", 1, null));
        }

        AddAttribution(f, text, aligned);
        AddEmphasis(f, text);
        AddCuePositions(f, text, aligned);
        return f;
    }

    /// <summary>
    /// Where the text's first refuting, hedging, supporting and negation word that is not a claim word stands: its position
    /// (<c>pos_hedge=0</c>: one of the first two words; 1: up to the fifth; 2: up to the tenth; 3: later) and whether it
    /// comes before or after the first word aligned with the claim (<c>hedge_before@</c>: "Reports claim …";
    /// <c>hedge_after@</c>: "…, reports say"). Ferreira and Vlachos (2016) found the distance of such words from the
    /// headline's root among their strongest features. A model without weights for these names ignores them (the embedded
    /// quote model, <c>stance-short</c>, has none).
    /// </summary>
    private static void AddCuePositions(List<PairFeature> f, PreparedText text, bool[] aligned)
    {
        int n = text.Words.Length;
        int firstAligned = Array.IndexOf(aligned, true);
        for (int k = 0; k < 4; k++)
        {
            for (int i = 0; i < n; i++)
            {
                if (aligned[i] || (text.LexMask[i] & (1 << k)) == 0)
                {
                    continue;
                }

                string bin = i < 2 ? "0" : i < 5 ? "1" : i < 10 ? "2" : "3";
                f.Add(new("pos_" + CueKinds[k] + "=" + bin, 1, text.Words[i]));
                if (firstAligned >= 0)
                {
                    f.Add(new(CueKinds[k] + (i < firstAligned ? "_before@" : "_after@"), 1, text.Words[i]));
                }

                break;
            }
        }
    }

    /// <summary>The cue-word kinds of <see cref="PreparedText.LexMask"/>, bit by bit.</summary>
    private static readonly string[] CueKinds = ["refute", "hedge", "support", "negate"];

    /// <summary>Longest source label read before or after a colon ("Report:", "Pentagon:", ": officials", ": South Korea paper").</summary>
    private const int MaxColonLabel = 4;

    /// <summary>
    /// A source or verdict set off by a colon, sharing no word with the claim: before the text ("Report: …", "Pentagon: …",
    /// "EXCLUSIVE: …", "Official: …") or after it ("…: source", "…: South Korea paper"); its words are features of their own
    /// (<c>pre=</c>, <c>suf=</c>), so "report:" and "official:" can pull different ways. "No, …" opening a text is a denial.
    /// </summary>
    private static void AddAttribution(List<PairFeature> f, PreparedText text, bool[] aligned)
    {
        int n = text.Words.Length;
        if (text.Colons.Length > 0)
        {
            int first = text.Colons[0];
            if (first > 0 && first <= MaxColonLabel && first < n && !aligned.AsSpan(0, first).Contains(true))
            {
                f.Add(new("colon_prefix", 1, null));
                for (int i = 0; i < first; i++)
                {
                    f.Add(new("pre=" + text.Stems[i], 1, text.Words[i]));
                }
            }

            int last = text.Colons[^1];
            if (last > 0 && n - last > 0 && n - last <= MaxColonLabel && !aligned.AsSpan(last).Contains(true))
            {
                f.Add(new("colon_suffix", 1, null));
                for (int i = last; i < n; i++)
                {
                    f.Add(new("suf=" + text.Stems[i], 1, text.Words[i]));
                }
            }
        }

        if (n > 1 && text.Words[0] == "no")
        {
            f.Add(new("no_first", 1, text.Words[0]));
        }
    }

    /// <summary>Words in capitals for emphasis ("was NOT", "a FAKE", "CONFIRMED"), when most of the text is not in capitals.</summary>
    private static void AddEmphasis(List<PairFeature> f, PreparedText text)
    {
        if (text.Shouted.Length == 0 || text.Shouted.Length * 2 >= text.Words.Length)
        {
            return;
        }

        foreach (int i in text.Shouted)
        {
            f.Add(new("caps=" + text.Stems[i], 1, text.Words[i]));
        }
    }

    /// <summary>
    /// Sentence-encoder features: the cosine (value and bin: the encoder knows that "Kim Jong-un" is North Korea's leader),
    /// the text's vector (how it is said: reported, asserted, mocked) and the claim × text product per dimension.
    /// </summary>
    private static void AddEmbeddingFeatures(List<PairFeature> f, float[] claimVector, float[] textVector)
    {
        if (claimVector.Length != textVector.Length || claimVector.Length > 1024)
        {
            throw new ArgumentException($"Encoder vectors of {claimVector.Length} and {textVector.Length} values (at most 1,024, equal) cannot be compared.", nameof(textVector));
        }

        float cosine = Cosine(claimVector, textVector);

        f.Add(new("emb_cos", cosine, null));
        int bin = 0;
        while (bin < CosineBins.Length && cosine >= CosineBins[bin])
        {
            bin++;
        }

        f.Add(new("emb_cos_bin=" + bin.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, null));
        (string[] textNames, string[] productNames) = EmbeddingNames.Value;
        float textScale = MathF.Sqrt(textVector.Length) / 4f;
        for (int k = 0; k < textVector.Length; k++)
        {
            f.Add(new(textNames[k], textVector[k] * textScale, null));
            f.Add(new(productNames[k], claimVector[k] * textVector[k] * textVector.Length / 8f, null));
        }
    }

    /// <summary>
    /// Two stems of one word family: the shorter has at least five letters and they share all of it but at most its last
    /// letter (close / closure, elect / election); "scotland" / "scottish" and "plan" / "planet" do not.
    /// </summary>
    internal static bool SameWordFamily(string a, string b)
    {
        int shorter = Math.Min(a.Length, b.Length);
        if (shorter < 5)
        {
            return false;
        }

        int common = a.AsSpan().CommonPrefixLength(b);
        return common >= Math.Max(4, shorter - 1);
    }

    /// <summary>Cosine of two vectors of equal length (0 when either is zero or not finite).</summary>
    internal static float Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (int k = 0; k < a.Length; k++)
        {
            dot += a[k] * b[k];
            na += a[k] * a[k];
            nb += b[k] * b[k];
        }

        double c = dot / Math.Sqrt(na * nb);
        return double.IsFinite(c) ? (float)c : 0;
    }

    /// <summary>Negation-aware polarity of <paramref name="text"/> (sum over polar words / √count; 0 when none).</summary>
    public float PolarityOf(PreparedText text) => Polarity(text, [], record: false).Polarity;

    /// <summary>
    /// Which way a positive evaluation in a text leans on <paramref name="claim"/>: +1 for a proposal ("should", "must", "need":
    /// praise of it agrees, whatever its words); else the sign of the claim's evaluative words (subjective adjectives such as
    /// "good", "fair", "terrible", and evaluative nouns such as "solution", "mistake"), so "… is good for the town" and "… part
    /// of the solution" are +1; else 0 — a factual claim ("… was killed"), where praise or blame says nothing about agreeing.
    /// </summary>
    public int Orientation(PreparedText claim)
    {
        double sum = 0;
        for (int i = 0; i < claim.Words.Length; i++)
        {
            string w = claim.Words[i];
            if (w is "should" or "must" or "ought" or "need" or "needs")
            {
                return 1;
            }

            if (Lexicon.Subjectivity(w) >= 0.4f || EvaluativeNouns.Contains(w))
            {
                float p = Lexicon.Polarity(w);
                sum += Negated(claim, i) ? -p : p;
            }
        }

        return sum > 0.1 ? 1 : sum < -0.1 ? -1 : 0;
    }

    /// <summary>Negation-aware mean polarity (a negation up to <see cref="NegationScope"/> words before flips it), mean subjectivity, count of polar words.</summary>
    private (float Polarity, float Subjectivity, int Polar) Polarity(PreparedText text, List<PairFeature> f, bool record)
    {
        double sum = 0, subjective = 0;
        int polar = 0;
        for (int i = 0; i < text.Words.Length; i++)
        {
            float p = Lexicon.Polarity(text.Words[i]);
            if (p == 0 || Lexicons.IsNegation(text.Words[i]) || Boosters.Contains(text.Words[i]))
            {
                continue;
            }

            bool negated = Negated(text, i);
            if (negated)
            {
                p = -p * 0.75f;
            }

            sum += p;
            subjective += Lexicon.Subjectivity(text.Words[i]);
            polar++;
            if (record)
            {
                f.Add(new(p > 0 ? "polar_word+" : "polar_word-", Math.Abs(p), text.Words[i]));
            }
        }

        return polar == 0 ? (0, 0, 0) : ((float)(sum / Math.Sqrt(polar)), (float)(subjective / polar), polar);
    }

    private static bool Negated(PreparedText text, int i)
    {
        for (int k = Math.Max(0, i - NegationScope); k < i; k++)
        {
            if ((text.LexMask[k] & 8) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] NearAligned(bool[] aligned, int window)
    {
        var near = new bool[aligned.Length];
        for (int i = 0; i < aligned.Length; i++)
        {
            if (!aligned[i])
            {
                continue;
            }

            for (int k = Math.Max(0, i - window); k <= Math.Min(aligned.Length - 1, i + window); k++)
            {
                near[k] = true;
            }
        }

        return near;
    }

    private static void Count(byte mask, Span<int> counts)
    {
        for (int bit = 0; bit < 4; bit++)
        {
            if ((mask & (1 << bit)) != 0)
            {
                counts[bit]++;
            }
        }
    }

    private static int Sign(float v) => v > 0.1f ? 1 : v < -0.1f ? -1 : 0;

    private static string Bin(float v) => v <= 0 ? "0" : v < 0.2f ? "1" : v < 0.4f ? "2" : v < 0.6f ? "3" : v < 0.8f ? "4" : "5";

    private static string LengthBin(int words) => words <= 5 ? "s" : words <= 15 ? "m" : words <= 40 ? "l" : "xl";
}
