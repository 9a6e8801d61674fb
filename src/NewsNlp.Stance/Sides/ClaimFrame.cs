using NewsNlp.Stance.Features;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// A claim read for side-taking: its subject (the words before its verb: "The coach", "Anders Holm", "The Kestrel mine
/// expansion"), its predicate, whether it is a proposal ("should", "must", "need to"), and which way it leans on its subject
/// (<see cref="SubjectEffect"/>): "The coach should be sacked" and "Veltrix dumped waste" are against their subject (−1),
/// "The second runway will create jobs" and "The mine expansion should go ahead" are for it (+1), "The ceasefire is
/// holding" neither (0). Praise of the subject then agrees with a claim for it and disagrees with a claim against it.
/// </summary>
internal sealed class ClaimFrame
{
    private static readonly HashSet<string> Proposal = new(StringComparer.Ordinal) { "should", "must", "ought", "need", "needs" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "should", "must", "ought", "need", "needs", "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could",
        "may", "might", "does", "did", "do", "shall",
    };

    private ClaimFrame(string[] words, int verb, bool isProposal, bool negated, int subjectEffect, bool isRemoval, IEnumerable<string> verbForms)
    {
        Words = words;
        VerbIndex = verb;
        IsProposal = isProposal;
        IsNegated = negated;
        SubjectEffect = subjectEffect;
        IsRemoval = isRemoval;
        SubjectStems = [.. words.Take(verb).Where(IsContentWord).Select(TextPreparer.Stem)];
        SubjectHead = words.Take(verb).TakeWhile(w => !Prepositions.Contains(w)).Where(IsContentWord).Select(TextPreparer.Stem).LastOrDefault();
        SubjectLead = words.Take(verb).Where(IsContentWord).Select(w => TextPreparer.Stem(WithoutPossessive(w))).FirstOrDefault();
        PredicateStems = [.. words.Skip(verb).Where(IsContentWord).Concat(verbForms).Select(TextPreparer.Stem)];
    }

    /// <summary>The claim as given.</summary>
    public string Text { get; private init; } = string.Empty;

    /// <summary>The claim's words, lower case.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Index of the claim's first verb or auxiliary (the subject is the words before it; 0 when none was found).</summary>
    public int VerbIndex { get; }

    /// <summary>Whether the claim proposes something ("should", "must", "ought", "need").</summary>
    public bool IsProposal { get; }

    /// <summary>Whether the claim is negated ("should not", "never", "n't").</summary>
    public bool IsNegated { get; }

    /// <summary>+1: the claim is for its subject; −1: against it (removal, closure, wrongdoing, "too" much of something); 0: neither.</summary>
    public int SubjectEffect { get; }

    /// <summary>Whether the claim removes, closes or ends its subject, or has it leave (then "has to go" or "going nowhere" take sides).</summary>
    public bool IsRemoval { get; }

    /// <summary>
    /// Whether the claim is about its subject leaving ("should resign", "will leave"): against the subject only when it is a
    /// person (<see cref="SubjectEffectFor"/>); "Britain should leave the EU" is not against Britain.
    /// </summary>
    public bool IsDeparture { get; private init; }

    /// <summary>The claim's effect on its subject (<see cref="SubjectEffect"/>), 0 for a departure claim whose subject is not a person.</summary>
    public int SubjectEffectFor(ClaimSubject subject) => IsDeparture && !subject.IsPerson ? 0 : SubjectEffect;

    /// <summary>Stems of the subject's content words.</summary>
    public HashSet<string> SubjectStems { get; }

    /// <summary>
    /// The stem of the subject's head noun: in English the last noun of a noun phrase before its prepositional phrase is its
    /// head ("Terror suspects" → suspect, "The legal advice on the Iraq war" → advice); null when the subject has no content word.
    /// </summary>
    public string? SubjectHead { get; }

    /// <summary>
    /// The stem of the subject's first content word: in English the first name of a noun phrase is its owner or author ("The
    /// UK's EU budget rebate" is the UK's, "A Tory government" and "The Tory asylum plans" are the Tories'); null when none.
    /// </summary>
    public string? SubjectLead { get; }

    /// <summary>
    /// Whether <paramref name="words"/>[<paramref name="i"/>], one of the subject's words, only modifies another noun there:
    /// it is not the subject's head and the next word is not a subject word either. Such a word names a topic, not the
    /// subject: "terror law changes" are changes and "anti-terrorism legislation" is legislation, not "Terror suspects";
    /// "terror suspects" is the subject.
    /// </summary>
    public bool IsLoneModifier(IReadOnlyList<string> words, int i)
    {
        ArgumentNullException.ThrowIfNull(words);
        string stem = TextPreparer.Stem(words[i]);
        return SubjectHead is not null && stem != SubjectHead && SubjectStems.Contains(stem) && !NameStems.Contains(stem)
            && !(i + 1 < words.Count && SubjectStems.Contains(TextPreparer.Stem(words[i + 1])));
    }

    /// <summary>Stems of the claim's capitalised words after its first: names ("Carrow" of "The Carrow maternity unit") name the subject alone too.</summary>
    public IReadOnlySet<string> NameStems { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "on", "for", "in", "over", "to", "about", "against", "from", "with", "by", "at", "under", "into",
    };

    /// <summary>
    /// Stems of what a claim of fact says is harmed (the words after its verb of harm: "scientific research" in "Ruth Kelly's
    /// religious views could hamper scientific research"). An act on them is not an act on the claim: who acts decides what it
    /// says (the subject not favouring research agrees, a speaker backing research neither agrees nor disagrees).
    /// </summary>
    public IReadOnlySet<string> HarmObjectStems { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Stems of the predicate's content words (the verb and what follows).</summary>
    public HashSet<string> PredicateStems { get; }

    /// <summary>+1 for an affirmative claim, −1 for a negated one: the sign of agreeing with a text that backs the claim's words.</summary>
    public int ClaimSign => IsNegated ? -1 : 1;

    /// <summary>Reads <paramref name="claim"/>.</summary>
    /// <param name="claim">The claim's text.</param>
    /// <param name="cues">The side-cue lexicon (claim-remove, claim-harm, claim-benefit, claim-decrease lists).</param>
    /// <param name="polarity">Word polarity (−1..1), e.g. the short-text model's lexicon.</param>
    public static ClaimFrame Read(string claim, SideCueLexicon cues, Func<string, float> polarity)
    {
        ArgumentNullException.ThrowIfNull(claim);
        string[] words = TextPreparer.Prepare(claim).Words;
        int verb = 0;
        for (int i = 1; i < words.Length; i++)
        {
            bool participle = words[i].EndsWith("ing", StringComparison.Ordinal) && !Auxiliaries.Contains(words[i - 1]);
            if (Auxiliaries.Contains(words[i]) || (!participle && cues.MatchAt(words, i, SideCueKind.ClaimRemove, SideCueKind.ClaimDepart, SideCueKind.ClaimHarm, SideCueKind.ClaimBenefit, SideCueKind.ClaimDecrease) is not null) || (words[i].Length > 4 && words[i].EndsWith("ed", StringComparison.Ordinal)))
            {
                verb = i;
                break;
            }
        }

        bool proposal = words.Skip(verb).Take(3).Any(Proposal.Contains) || (verb + 1 < words.Length && words[verb] is "has" or "have" && words[verb + 1] == "to");
        // "without" heads a phrase and negates its object, not the claim ("… held under house arrest without trial").
        bool negated = words.Any(NegationScope.IsNegator);
        bool harm = false, removal = false, departure = false, benefit = false;
        double predicatePolarity = 0;
        var verbForms = new List<string>();
        var harmObjects = new HashSet<string>(StringComparer.Ordinal);
        for (int i = verb; i < words.Length; i++)
        {
            string w = words[i];
            if (cues.MatchAt(words, i, SideCueKind.ClaimRemove, SideCueKind.ClaimDepart, SideCueKind.ClaimHarm) is { } harmCue)
            {
                harm = true;
                removal |= harmCue.Kind is SideCueKind.ClaimRemove or SideCueKind.ClaimDepart;
                departure |= harmCue.Kind == SideCueKind.ClaimDepart;
                verbForms.AddRange(SideCueLexicon.Inflections(harmCue.Words[0]));
                if (harmCue.Kind == SideCueKind.ClaimHarm && !proposal)
                {
                    // "… could hamper scientific research": what the harm falls on.
                    harmObjects.UnionWith(words.Skip(i + harmCue.Words.Length).Where(IsContentWord).Select(TextPreparer.Stem));
                }
            }
            else if (cues.MatchAt(words, i, SideCueKind.ClaimBenefit) is { } benefitCue)
            {
                benefit = true;
                verbForms.AddRange(SideCueLexicon.Inflections(benefitCue.Words[0]));
            }
            else if (cues.IsWordOf(w, SideCueKind.ClaimDecrease))
            {
                // "reduced childhood obesity": decreasing something bad is good.
                for (int k = i + 1; k < Math.Min(words.Length, i + 4); k++)
                {
                    if (polarity(words[k]) < 0)
                    {
                        benefit = true;
                    }
                }
            }
            else
            {
                predicatePolarity += polarity(w);
            }
        }

        // "too" before a word of the predicate says there is too much of it: "The forecasts are too optimistic", "is too slow"
        // blame the subject whatever the word's own polarity ("too" last in the claim means "also").
        bool excess = Enumerable.Range(verb, Math.Max(0, words.Length - verb - 1)).Any(i => words[i] == "too" && IsContentWord(words[i + 1]));
        int effect = harm || excess ? -1 : benefit || proposal ? 1 : predicatePolarity > 0.2 ? 1 : predicatePolarity < -0.2 ? -1 : 0;
        if (negated)
        {
            effect = -effect;
        }
        else if (IsCounterfactual(words, verb))
        {
            // "X should have been used to …", "The council should have acted sooner": what ought to have happened did not, so
            // the claim blames its subject's actual course, whatever the predicate would do.
            effect = -1;
        }

        return new ClaimFrame(words, verb, proposal, negated, effect, removal, verbForms) {
            IsDeparture = departure,
            HarmObjectStems = harmObjects,
            Text = claim,
            NameStems = new HashSet<string>(System.Text.RegularExpressions.Regex.Matches(claim, @"\p{L}+").Skip(1).Where(m => char.IsUpper(m.Value[0])).Select(m => TextPreparer.Stem(m.Value.ToLowerInvariant())), StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Whether the claim says what ought to have happened ("should have been used", "ought to have acted", "must have known" is
    /// not: only "should" and "ought"): a modal, "have" and a past participle ("been", "-ed", "-en" or a common irregular one).
    /// </summary>
    internal static bool IsCounterfactual(IReadOnlyList<string> words, int verb)
    {
        for (int i = verb; i + 2 < words.Count && i < verb + 3; i++)
        {
            int have = words[i] == "should" ? i + 1 : words[i] == "ought" && i + 1 < words.Count && words[i + 1] == "to" ? i + 2 : -1;
            if (have < 0 || have + 1 >= words.Count || words[have] != "have")
            {
                continue;
            }

            string next = words[have + 1];
            return next == "been" || IrregularParticiples.Contains(next) || (next.Length > 3 && (next.EndsWith("ed", StringComparison.Ordinal) || next.EndsWith("en", StringComparison.Ordinal)));
        }

        return false;
    }

    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "done", "gone", "made", "paid", "said", "sent", "spent", "kept", "left", "told", "held", "put", "set", "cut", "let", "won", "lost",
        "stood", "fought", "brought", "thought", "caught", "taught", "known", "shown", "acted", "met", "sold", "built", "run",
    };

    /// <summary>The word without its possessive "'s" ("uk's" → "uk"): the owner a possessive names.</summary>
    internal static string WithoutPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsContentWord(string w) => !Lexicons.StopWords.Contains(w) && !Auxiliaries.Contains(w) && !Lexicons.IsNegation(w) && w.Length > 1;
}
