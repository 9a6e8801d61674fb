using System.Text.RegularExpressions;
using NewsNlp.Stance.Features;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// Reads the side a text takes on a claim from the cues of <see cref="SideCueLexicon"/>, relative to the claim
/// (<see cref="ClaimFrame"/>): an act on the claim or a proposal ("welcomed the plan", "rejected the accusation") takes
/// the act's sign; an act on the claim's subject ("defended the coach", "backs him") takes the act's sign times the
/// claim's effect on its subject (defending the coach disagrees with "The coach should be sacked"); a verdict ("false",
/// "a myth", "a mistake", "long overdue") refers to the claim unless only the subject is near it ("He is the right
/// person"); removal or departure words ("has to go", "going nowhere") count only for claims that remove their subject; a
/// negation up to three words before a cue flips it; an accusation of the claim ("accused them of betraying …") asserts it.
/// Words the text shares with the claim are not cues, alone or in a longer cue ("She lied" is not the verdict "lies" toward
/// "The minister lied"; "a betrayal" toward "… betrayed its supporters"). A cue in a conditional clause is not asserted ("If we reject this treaty,
/// Britain will be isolated" does not reject it). Plain polar words are not cues: a polar word in a quote that names the
/// subject, counted half, was right for 3 of 16 speakers it decided on real BBC articles (seeds/stance/real-*), so it was
/// dropped.
/// </summary>
internal sealed partial class SideCueReader(SideCueLexicon lexicon)
{
    /// <summary>Words after an act in which its object is looked for.</summary>
    private const int ObjectWindow = 5;

    /// <summary>Words around a verdict in which its referent is looked for.</summary>
    private const int VerdictWindow = 4;

    /// <summary>The most a text's polarity composition (<see cref="PolarityComposer"/>) adds to its score, either way.</summary>
    internal const double MaxComposed = 2;

    private static readonly SideCueKind[] Sides = [SideCueKind.Act, SideCueKind.Verdict, SideCueKind.Removal];

    private static readonly HashSet<string> ThirdPerson = new(StringComparer.Ordinal) { "he", "him", "his", "she", "her", "hers" };

    /// <summary>Words that end the reporter's clause after a speaker's name: what follows is what they said, read as their quote.</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal) { "said", "says", "say", "told", "tells", "added", "adding", "according", "wrote", "writes" };

    /// <summary>Words after the speaker's name in which an act is looked for (<c>actsOnly</c>).</summary>
    private const int ClauseWords = 12;

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "i", "me", "my", "myself" };

    /// <summary>
    /// "want to see" declines to take a side only when what follows is something to read or wait for ("I want to see the
    /// full evaluation before the council votes"); followed by a change made to something it is a demand ("We want to see
    /// sentencers advised that …", "want to see the ban lifted", "want to see more police", "want to see an end to …").
    /// </summary>
    internal static bool IsDemand(string[] words, int start, int length)
    {
        if (length != 3 || words[start] is not ("want" or "wants" or "wanted") || words[start + 2] != "see")
        {
            return false;
        }

        for (int k = start + length; k < Math.Min(words.Length, start + length + 4); k++)
        {
            string w = words[k];
            if (w is "more" or "less" or "fewer" or "end" or "action" || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !NotParticiples.Contains(w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words ending in -ed that are not a past participle of a change ("the detailed report", "the proposed …" is still a proposal to read).</summary>
    private static readonly HashSet<string> NotParticiples = new(StringComparer.Ordinal) { "detailed", "proposed", "published", "need", "speed", "hundred" };

    /// <summary>The lexicon read.</summary>
    public SideCueLexicon Lexicon { get; } = lexicon;

    /// <summary>The side of <paramref name="text"/> toward <paramref name="claim"/>.</summary>
    /// <param name="claim">The claim, read.</param>
    /// <param name="subject">Who the claim's subject is in this document.</param>
    /// <param name="text">The text (a quote, or a clause after the speaker's name).</param>
    /// <param name="actsOnly">Read only acts (a clause that follows the speaker's name in the reporter's words: "X welcomed the plan").</param>
    public SideReading Read(ClaimFrame claim, ClaimSubject subject, string text, bool actsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(subject);
        if (string.IsNullOrWhiteSpace(text))
        {
            return SideReading.None;
        }

        text = WithoutConditionals(text);
        string[] words = TextPreparer.Prepare(text).Words;
        if (actsOnly)
        {
            int end = 0;
            while (end < words.Length && end < ClauseWords && !SpeechVerbs.Contains(words[end]))
            {
                end++;
            }

            words = words[..end];
        }

        for (int i = 0; i < words.Length; i++)
        {
            if (Lexicon.MatchAt(words, i, SideCueKind.Neutral) is { } neutral && !IsDemand(words, i, neutral.Words.Length))
            {
                return new SideReading(0, true, [string.Join(' ', words.Skip(i).Take(3))]);
            }
        }

        var referents = new Referent[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            referents[i] = ReferentOf(claim, subject, words, i);
        }

        ClauseNounsOfOtherPropositions(claim, words, referents);

        double score = 0;
        var cues = new List<string>();
        bool claimJudged = false;
        int subjectEffect = claim.SubjectEffectFor(subject);
        bool[] reported = actsOnly ? new bool[words.Length] : ReportedWords(words);
        for (int i = 0; i < words.Length; i++)
        {
            SideCue? cue = Lexicon.MatchAt(words, i, actsOnly ? [SideCueKind.Act] : Sides);
            if (cue is null || reported[i] || RepeatsTheClaim(claim, words, referents, i, cue.Words.Length))
            {
                continue;
            }

            if (cue.Kind == SideCueKind.Act && (IsPluralNounAfterPreposition(words, i) || AdverbialBack.IsAdverbOrNoun(words, i)))
            {
                // "jailed for IRA bomb attacks on pubs": a noun (what others did), not the speaker's act.
                continue;
            }

            if (cue.Kind == SideCueKind.Verdict && IsLinkingVerb(words, i, cue.Words.Length))
            {
                // "the first attempt proved a complete fiasco": "proved" links its subject to what follows, which is the verdict.
                continue;
            }

            int sign = cue.Sign;
            if (!cue.HasNegation && NegationScope.Reaches(words, i))
            {
                sign = -sign;
            }

            int end = i + cue.Words.Length;
            if (cue.Kind == SideCueKind.Act && end < words.Length
                && ((words[end].EndsWith("ing", StringComparison.Ordinal) && words[end].Length > 5)
                    || (words[end] == "to" && end + 1 < words.Length && Lexicon.MatchAt(words, end + 1, SideCueKind.Act) is not null)))
            {
                // "keep pouring money", "stop worrying": an aspect verb, not an act on an object; "fight to keep": the second act says it.
                continue;
            }

            int effect = cue.Kind switch
            {
                // "accused them of betraying their supporters" states the accusation: it asserts the claim it names.
                SideCueKind.Act when IsAccusationOfClaim(words, referents, i, end) => -sign * claim.ClaimSign,
                // An act on what a claim of fact says is harmed ("not going to favour stem cell research" toward "… could hamper
                // scientific research") says nothing of the claim by itself; the polarity composition reads who does what to it.
                SideCueKind.Act when OnHarmObject(claim, words, referents, end) => 0,
                // "rejected calls for the law change to be delayed": an act on a demand for the contrary acts on the contrary.
                SideCueKind.Act when DemandForContrary.ActsOnContrary(words, end, k => referents[k] is Referent.Claim or Referent.Subject) => -sign * claim.ClaimSign,
                SideCueKind.Act => ObjectOf(words, referents, end, Math.Min(words.Length, end + ObjectWindow)) switch
                {
                    Referent.Claim or Referent.Pronoun => sign * claim.ClaimSign,
                    Referent.Contrary => -sign * claim.ClaimSign,
                    Referent.Subject => sign * subjectEffect,
                    _ => 0,
                },
                // "accused ministers of telling lies": what someone is accused of judges them, not the claim.
                // "it would be wrong to wait", "a mistake to delay it": a verdict on putting the claim off judges its contrary.
                SideCueKind.Verdict when DemandForContrary.JudgesADelay(words, end, k => referents[k] is Referent.Subject) => -sign * claim.ClaimSign,
                SideCueKind.Verdict when AccusedOf(words, i) is { } accused => AccusesSubject(referents, accused.From, accused.To) ? sign * subjectEffect : 0,
                SideCueKind.Verdict => JudgedByCopula(words, referents, i) is { } judged
                    ? (judged == Referent.Subject ? sign * subjectEffect : JudgesTheClaim(sign * claim.ClaimSign, ref claimJudged))
                    : ReferentNear(referents, i, end) == Referent.Subject ? sign * subjectEffect : sign * claim.ClaimSign,

                // The claim says the subject goes: "has to go" (−) agrees, "going nowhere" (+) disagrees.
                SideCueKind.Removal => claim.IsRemoval ? -sign * claim.ClaimSign : 0,
                _ => 0,
            };

            if (effect != 0)
            {
                score += effect;
                cues.Add((effect > 0 ? "+" : "-") + string.Join(' ', words.Skip(i).Take(cue.Words.Length)));
            }

            i = end - 1;
            if (cue.Kind == SideCueKind.Act && DemandForContrary.DemandAt(words, end) is int demand)
            {
                // "rejected calls for …": the demand's own cue ("calls for") is the others' act, not the speaker's.
                i = demand + (Lexicon.MatchAt(words, demand, SideCueKind.Act)?.Words.Length ?? 1) - 1;
            }
        }

        // A verdict on a noun phrase that names the claim ("lifting the arms embargo would be irresponsible", "the plan to
        // remove the ban was a grave mistake") judges the claim; the claim's words in that phrase are its referent, not the
        // speaker's assertion of it, so the composition and restatement readings of them do not count.
        if (!actsOnly && !claimJudged)
        {
            // How the text's operators turn the words it shares with the claim ("would keep the veto" toward "… losing its veto").
            (double composed, IReadOnlyList<string> voters) = PolarityComposer.Compose(claim.Text, text);
            if (composed != 0)
            {
                score += Math.Clamp(composed, -MaxComposed, MaxComposed);
                cues.AddRange(voters);
            }

            // The claim said in its own words, as a plain assertion ("The ceasefire is holding and we expect it to last").
            (int restated, IReadOnlyList<string> restatedWords) = ClaimRestatement.Read(claim, text);
            if (restated != 0)
            {
                score += Math.Clamp(restated, -MaxComposed, MaxComposed);
                cues.AddRange(restatedWords);
            }
            else if (ClaimPrediction.Read(claim, text) is (not 0 and var predicted, var predictedWords))
            {
                // The claimed event predicted by a pronoun or a noun ("I expect it to close", "the closure is likely").
                score += Math.Clamp(predicted, -MaxComposed, MaxComposed);
                cues.AddRange(predictedWords);
            }

            // How big the speaker says a harm is, toward a claim that it is serious ("the impact … is pretty devastating").
            (int sized, IReadOnlyList<string> sizeWords) = ClaimMagnitude.Read(claim, text);
            if (sized != 0)
            {
                score += Math.Clamp(sized, -MaxComposed, MaxComposed);
                cues.AddRange(sizeWords);
            }
        }

        return new SideReading(score, false, cues);
    }

    /// <summary>
    /// Whether the cue at <paramref name="i"/> (<paramref name="length"/> words) uses the claim's own words: a one-word cue
    /// that is a claim or subject word ("She lied" toward "The minister lied"), or a longer one with such a content word
    /// ("it was a betrayal" toward "The party has betrayed its supporters"). Such words restate the dispute, not a side on it.
    /// A noun that only refers to a claim or a proposal ("a bad idea", "the right decision", "a bad piece of legislation") is
    /// not the claim's own word unless the claim says it.
    /// </summary>
    private bool RepeatsTheClaim(ClaimFrame claim, string[] words, Referent[] referents, int i, int length)
    {
        for (int k = i; k < Math.Min(words.Length, i + length); k++)
        {
            if (referents[k] is Referent.Claim or Referent.Subject && (length == 1 || !Lexicons.StopWords.Contains(words[k])) && !IsReferenceNoun(claim, words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> is a claim or proposal noun ("idea", "law", "decision") that is not one of the claim's own words.</summary>
    private bool IsReferenceNoun(ClaimFrame claim, string word)
    {
        string stem = TextPreparer.Stem(word);
        return (Lexicon.IsWordOf(word, SideCueKind.ClaimNoun) || Lexicon.IsWordOf(word, SideCueKind.ProposalNoun))
            && word is not ("it" or "this" or "that") && !claim.PredicateStems.Contains(stem) && !claim.SubjectStems.Contains(stem);
    }

    /// <summary>
    /// A claim or proposal noun that opens a clause of its own ("rejected the idea Mr Kilroy-Silk posed a threat to UKIP",
    /// "denied the claim that he had lied", "rejected the idea saying intercept evidence is only a small part of the case") names that clause's proposition: it is the claim only when the clause holds one of
    /// the claim's predicate words within <see cref="ClauseWords"/> words, otherwise it refers to nothing the claim says.
    /// </summary>
    private void ClauseNounsOfOtherPropositions(ClaimFrame claim, string[] words, Referent[] referents)
    {
        for (int k = 0; k + 1 < words.Length; k++)
        {
            if (referents[k] == Referent.None || claim.PredicateStems.Contains(TextPreparer.Stem(words[k]))
                || !(Lexicon.IsWordOf(words[k], SideCueKind.ClaimNoun) || Lexicon.IsWordOf(words[k], SideCueKind.ProposalNoun))
                || words[k] is "it" or "this" or "that"
                || !(ClauseOpeners.Contains(words[k + 1]) || (SayingOpeners.Contains(words[k + 1]) && ContentNouns.Contains(words[k]))))
            {
                continue;
            }

            int clauseEnd = Math.Min(words.Length, k + 1 + ClauseWords);
            bool restates = false;
            for (int j = k + 1; j < clauseEnd && !restates; j++)
            {
                restates = claim.PredicateStems.Contains(TextPreparer.Stem(words[j]));
            }

            if (!restates)
            {
                referents[k] = Referent.None;
            }
            else if (IsContrary(claim, words[(k + 1)..clauseEnd]))
            {
                referents[k] = Referent.Contrary;
            }
        }
    }

    /// <summary>
    /// Whether the proposition <paramref name="clause"/> says the contrary of the claim about the same thing: the claim's
    /// effect on its subject and the clause's are both read from their verbs (harm, benefit, removal; negation flips) and are
    /// opposite. "We reject the claim that the rules hamper building" does not reject "The rules help building": it rejects
    /// its contrary, so it agrees; "dismissed suggestions that the runway would cost jobs" agrees with "… will create jobs".
    /// </summary>
    private bool IsContrary(ClaimFrame claim, string[] clause)
    {
        if (claim.SubjectEffect == 0 || clause.Length < 2)
        {
            return false;
        }

        ClaimFrame proposition = ClaimFrame.Read(string.Join(' ', clause), Lexicon, static _ => 0f);
        return proposition.SubjectEffect == -claim.SubjectEffect && !proposition.IsProposal && !claim.IsProposal;
    }

    /// <summary>Words that open a clause right after a noun: "that", a title or a subject pronoun ("the idea Mr X posed …").</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal) { "that", "mr", "mrs", "ms", "miss", "dr", "he", "she", "they", "we", "i" };

    /// <summary>
    /// Verbs of saying in -ing that open the content of a noun of statement or thought ("rejected the idea saying intercept
    /// evidence is only a small part of the case", "reports suggesting …"); after a noun of action they are the speaker's own
    /// words ("defended the move saying it would …"), so they open a content clause only after <see cref="ContentNouns"/>.
    /// </summary>
    private static readonly HashSet<string> SayingOpeners = new(StringComparer.Ordinal) { "saying", "suggesting", "claiming", "alleging", "stating" };

    /// <summary>Nouns whose content a verb of saying in -ing can open ("the idea saying …", "claims suggesting …").</summary>
    private static readonly HashSet<string> ContentNouns = new(StringComparer.Ordinal)
    {
        "idea", "ideas", "suggestion", "suggestions", "claim", "claims", "accusation", "accusations", "allegation", "allegations",
        "report", "reports", "view", "assertion", "notion", "theory",
    };

    /// <summary>Prepositions before which an act word in its plural form is a noun ("for bomb attacks", "of the cuts").</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "for", "of", "in", "on", "after", "over", "against", "from", "by", "with", "about" };

    /// <summary>Subject pronouns: after one, an act word is a verb ("after he attacks the plan").</summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "i", "you", "he", "she", "it", "we", "they", "who", "which", "that" };

    /// <summary>
    /// Whether the act word at <paramref name="i"/> is a plural noun: it ends in "s" and a preposition comes up to three words
    /// before it with no subject pronoun between ("for IRA bomb attacks", "of their cuts"; not "after he attacks").
    /// </summary>
    private static bool IsPluralNounAfterPreposition(string[] words, int i)
    {
        if (!words[i].EndsWith('s') || words[i].EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        for (int k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (SubjectPronouns.Contains(words[k]))
            {
                return false;
            }

            if (Prepositions.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the act at <paramref name="i"/>..<paramref name="end"/> is an accusation of the claim: a form of "accuse"
    /// followed within <see cref="ObjectWindow"/> words by "of" and, within three words after it, a claim word ("accused the
    /// party of betraying its supporters", "accuses him of lying").
    /// </summary>
    private static bool IsAccusationOfClaim(string[] words, Referent[] referents, int i, int end)
    {
        if (!words[i].StartsWith("accus", StringComparison.Ordinal))
        {
            return false;
        }

        for (int k = end; k < Math.Min(words.Length, end + ObjectWindow); k++)
        {
            if (words[k] == "of")
            {
                for (int j = k + 1; j < Math.Min(words.Length, k + 4); j++)
                {
                    if (referents[j] == Referent.Claim)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>Words between "of" and a verdict in an accusation ("accused them of telling lies").</summary>
    private const int AccusationReach = 3;

    /// <summary>Words between "of" and a verdict in a coordinated accusation ("of telling lies about Tory policies and then attacking the lies").</summary>
    private const int CoordinatedReach = 10;

    /// <summary>Words between a form of "accuse" and its "of" (the accused: "accused Mr Blair and other Cabinet ministers of").</summary>
    private const int AccusedWords = 8;

    /// <summary>
    /// When the verdict at <paramref name="i"/> is what someone is accused of ("accused Mr Blair and other ministers of telling
    /// lies", "accuses the board of a cover-up"): the span of the accused, the words between the form of "accuse" and "of".
    /// </summary>
    private static (int From, int To)? AccusedOf(string[] words, int i)
    {
        bool coordinated = false;
        for (int of = i - 1; of >= Math.Max(0, i - 1 - CoordinatedReach); of--)
        {
            // "accused ministers of telling lies about Tory policies and then attacking the lies": what follows "and" is accused too.
            coordinated |= words[of] == "and";
            if (words[of] != "of" || (i - 1 - of > AccusationReach && !coordinated))
            {
                continue;
            }

            for (int k = of - 1; k >= Math.Max(0, of - 1 - AccusedWords); k--)
            {
                if (words[k].StartsWith("accus", StringComparison.Ordinal))
                {
                    return k + 1 < of ? (k + 1, of) : null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Whether the accused (words <paramref name="from"/>..<paramref name="to"/>) name the claim's subject.</summary>
    private static bool AccusesSubject(Referent[] referents, int from, int to) => referents.AsSpan(from, to - from).Contains(Referent.Subject);

    /// <summary>
    /// <paramref name="text"/> without its conditional clauses: "if" or "unless" and up to six words after it, ended by
    /// punctuation ("If we reject this treaty, Britain will be isolated" → ", Britain will be isolated"). What such a clause
    /// says is supposed, not asserted, so its cues and words take no side (neither in the cues nor in the polarity composition).
    /// </summary>
    internal static string WithoutConditionals(string text) => text.Contains("if", StringComparison.OrdinalIgnoreCase) || text.Contains("unless", StringComparison.OrdinalIgnoreCase)
        ? ConditionalClause().Replace(text, string.Empty)
        : text;

    [GeneratedRegex(@"\b(?:if|unless)\b(?:\s+[^\s,;:.!?()\u2013\u2014""\u201C\u201D]+){0,6}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConditionalClause();

    /// <summary>
    /// The words someone else is reported to say inside the text: up to <see cref="ReportScope"/> words after a verb of saying
    /// or claiming that judges or reports others' words (<see cref="ReportOpeners"/>: "Mr Howard was wrong to say the law was
    /// biased in favour of burglars", "critics claim the plan is a disaster"), ended by a contrast word. A cue among them is the reported person's, not the
    /// speaker's: the speaker's own side is in the words around the report ("wrong to say").
    /// </summary>
    internal static bool[] ReportedWords(string[] words)
    {
        var reported = new bool[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            if (i == 0 || !ReportVerbs.Contains(words[i]) || !ReportOpeners.Contains(words[i - 1]))
            {
                continue;
            }

            for (int k = i + 1; k < Math.Min(words.Length, i + 1 + ReportScope) && !ReportEnds.Contains(words[k]); k++)
            {
                reported[k] = true;
            }
        }

        return reported;
    }

    /// <summary>Words after a verb of saying or claiming that a speaker reports someone else's words with.</summary>
    private const int ReportScope = 12;

    /// <summary>Verbs that report someone else's words or claim inside a quote ("wrong to say", "those who claim").</summary>
    private static readonly HashSet<string> ReportVerbs = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "saying", "claim", "claims", "claimed", "claiming", "suggest", "suggests", "suggested",
        "suggesting", "allege", "alleges", "alleged", "alleging", "argue", "argues", "argued", "arguing",
    };

    /// <summary>
    /// Words before a verb of saying that make it someone else's words judged by the speaker: an infinitive ("wrong to say",
    /// "absurd to suggest"), a relative clause ("those who claim") or a third-person plural ("critics say", "they claim").
    /// A singular subject is left out: an indirect quote's words often open with its own speaker ("… Pierce claimed the
    /// detention had …").
    /// </summary>
    private static readonly HashSet<string> ReportOpeners = new(StringComparer.Ordinal)
    {
        "to", "who", "which", "they", "people", "critics", "opponents", "others", "some", "many",
    };

    /// <summary>Words that end a reported clause ("… say it is a disaster, but it is not").</summary>
    private static readonly HashSet<string> ReportEnds = new(StringComparer.Ordinal) { "but", "however", "yet" };

    /// <summary>What word <paramref name="i"/> refers to: the claim's subject, the claim or proposal, or neither.</summary>
    private Referent ReferentOf(ClaimFrame claim, ClaimSubject subject, string[] words, int i)
    {
        string w = words[i];
        string stem = TextPreparer.Stem(w);
        if (subject.Names.Contains(w) || (claim.SubjectStems.Contains(stem) && !claim.IsLoneModifier(words, i)) || (subject.IsPerson && ThirdPerson.Contains(w)) || (subject.IsSpeaker && FirstPerson.Contains(w)))
        {
            return claim.PredicateStems.Contains(stem) ? Referent.Claim : Referent.Subject;
        }

        if (claim.PredicateStems.Contains(stem) || (stem.Length >= 5 && claim.PredicateStems.Any(p => p.Length >= 5 && ShortText.ShortTextFeaturizer.SameWordFamily(p, stem))))
        {
            return Referent.Claim;
        }

        if (Lexicon.IsWordOf(w, SideCueKind.ClaimNoun))
        {
            return w is "it" or "this" or "that" ? Referent.Pronoun : Referent.Claim;
        }

        // "the plan", "the bill" name the claim when it proposes something; toward a claim of fact about a thing ("The second
        // runway will create jobs") they name that thing, its subject; toward one about a person, some other plan.
        if (Lexicon.IsWordOf(w, SideCueKind.ProposalNoun))
        {
            return claim.IsProposal ? Referent.Claim : subject.IsPerson ? Referent.None : Referent.Subject;
        }

        return Referent.None;
    }

    /// <summary>
    /// The object of an act: the first claim word, claim noun or subject in the window; but a subject followed by "to" and a
    /// claim word is the claim ("called for the coach to be sacked").
    /// </summary>
    private static Referent ObjectOf(string[] words, Referent[] referents, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (referents[k] == Referent.Subject)
            {
                for (int j = k + 1; j + 1 < Math.Min(words.Length, k + 5); j++)
                {
                    if (words[j] == "to" && (referents[j + 1] == Referent.Claim || (j + 2 < words.Length && referents[j + 2] == Referent.Claim)))
                    {
                        return Referent.Claim;
                    }
                }

                return Referent.Subject;
            }

            // "it", "this", "that" are the object only right after the verb ("We reject this ban"), not in a relative clause;
            // a determiner "this" gives way to the noun after it ("keep this unit open").
            if (referents[k] == Referent.Pronoun && k == from && k + 1 < to && referents[k + 1] is Referent.Claim or Referent.Subject)
            {
                return referents[k + 1];
            }

            if (referents[k] != Referent.None && (referents[k] != Referent.Pronoun || k == from))
            {
                return referents[k];
            }
        }

        return Referent.None;
    }

    /// <summary>Whether the first referent in the object window after an act (from <paramref name="from"/>) is a word of what the claim says is harmed.</summary>
    private static bool OnHarmObject(ClaimFrame claim, string[] words, Referent[] referents, int from)
    {
        if (claim.HarmObjectStems.Count == 0)
        {
            return false;
        }

        for (int k = from; k < Math.Min(words.Length, from + ObjectWindow); k++)
        {
            if (referents[k] != Referent.None)
            {
                return referents[k] == Referent.Claim && claim.HarmObjectStems.Contains(TextPreparer.Stem(words[k]));
            }
        }

        return false;
    }

    /// <summary>Verdict verbs that link their subject to a complement ("proved a fiasco", "proves to be costly").</summary>
    private static readonly HashSet<string> LinkingVerdicts = new(StringComparer.Ordinal) { "proved", "proves", "proven" };

    /// <summary>Words that open a complement after a linking verb.</summary>
    private static readonly HashSet<string> ComplementOpeners = new(StringComparer.Ordinal) { "a", "an", "the", "to", "too", "so", "very", "more", "less", "far", "much", "highly" };

    /// <summary>
    /// Whether the verdict at <paramref name="i"/> is a linking verb with a complement ("the sale proved a complete fiasco",
    /// "proved to be costly"): the complement, not the verb, is the judgement ("proved" alone endorses: "this proves it").
    /// </summary>
    private static bool IsLinkingVerb(string[] words, int i, int length) =>
        length == 1 && LinkingVerdicts.Contains(words[i]) && i + 1 < words.Length && ComplementOpeners.Contains(words[i + 1]);

    /// <summary>Adverbs of degree between a copula and its predicate ("is totally unacceptable").</summary>
    private static readonly HashSet<string> DegreeAdverbs = new(StringComparer.Ordinal)
    {
        "totally", "absolutely", "completely", "utterly", "entirely", "wholly", "quite", "very", "so", "simply", "clearly", "really",
        "just", "frankly", "deeply", "thoroughly", "rather", "pretty", "highly", "extremely", "fundamentally", "plainly", "also", "still",
    };

    /// <summary>Words before a copula in which the noun phrase a predicative verdict judges is looked for.</summary>
    private const int JudgedPhraseWords = 6;

    /// <summary>Forms of "be" that link a judged noun phrase to a predicative verdict.</summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "be", "is", "are", "was", "were", "been", "being" };

    /// <summary>Words that end a judged noun phrase when read backwards from its copula.</summary>
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "and", "but", "or", "because", "if", "consider", "considers", "considered", "find", "finds", "found",
        "think", "thinks", "thought", "believe", "believes", "believed", "said", "says", "say", "i", "we", "you", "they", "it", "this",
    };

    /// <summary>
    /// What a predicative verdict judges: the noun phrase before its copula ("I consider his behaviour to be totally
    /// unacceptable", "the coach is a disgrace and should be sacked"): the subject when that phrase names it and no claim word,
    /// the claim when it holds a claim word, otherwise null (the window decides).
    /// </summary>
    private static Referent? JudgedByCopula(string[] words, Referent[] referents, int i)
    {
        int k = i - 1;
        while (k >= 0 && i - k <= 3 && DegreeAdverbs.Contains(words[k]))
        {
            k--;
        }

        if (k < 0 || !Copulas.Contains(words[k]))
        {
            return null;
        }

        k--;
        while (k >= 0 && words[k] is "to" or "not" or "will" or "would" or "should" or "could" or "must" or "may" or "might" or "has" or "have" or "had" or "can")
        {
            k--;
        }

        bool subject = false;
        for (int n = 0; k >= 0 && n < JudgedPhraseWords && !PhraseEnds.Contains(words[k]); k--, n++)
        {
            if (referents[k] == Referent.Claim)
            {
                return Referent.Claim;
            }

            subject |= referents[k] == Referent.Subject;
        }

        return subject ? Referent.Subject : null;
    }

    /// <summary>The effect of a verdict on a noun phrase that names the claim; notes that the claim was judged.</summary>
    private static int JudgesTheClaim(int effect, ref bool claimJudged)
    {
        claimJudged = true;
        return effect;
    }

    /// <summary>A verdict's referent: the claim if a claim word is within the window around it, else the subject if named there.</summary>
    private static Referent ReferentNear(Referent[] referents, int start, int end)
    {
        bool subject = false;
        for (int k = Math.Max(0, start - VerdictWindow); k < Math.Min(referents.Length, end + VerdictWindow); k++)
        {
            if (referents[k] == Referent.Claim)
            {
                return Referent.Claim;
            }

            subject |= referents[k] == Referent.Subject;
        }

        return subject ? Referent.Subject : Referent.Claim;
    }

    private enum Referent
    {
        None,
        Claim,
        Subject,

        /// <summary>"it", "this", "that": the claim when it is an act's object, nothing near a verdict.</summary>
        Pronoun,

        /// <summary>A claim noun whose clause says the claim's contrary ("the claim that the rules hamper building" toward "The rules help building").</summary>
        Contrary,
    }
}
