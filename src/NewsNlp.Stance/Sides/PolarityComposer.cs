using System.Text.RegularExpressions;
using NewsNlp.Stance.Features;

namespace NewsNlp.Stance.Sides;

/// <summary>
/// Scope-based polarity composition: which way a text leans on the words it shares with a claim. Each content word of a
/// clause takes the product of the signs of the operators (<see cref="PolarityOperators"/>) that scope over it: a negator
/// over its clause ("no" only over what follows it), a shifter or keeper over what follows it in the clause (a passive one,
/// "should be banned", also over its subject; a noun one, "a phone ban", only over the word before it), the clause's first
/// evaluative over the whole clause; a negator up to three words before a shifter, keeper or evaluative flips that
/// operator instead ("not wrong", "did not oppose"). Both the claim and the text are read so; every text word that an
/// operator scopes over and that has the stem of a claim word votes the product of the two signs: "it is wrong to deny
/// people the relaxed hours" (wrong ∘ deny = +) agrees with "pubs should open longer hours"; "would keep the veto" (+)
/// disagrees with "the UK is losing its veto" (− on veto). A clause votes only with two claim stems, or one that an
/// operator acts on directly (within four words) or that is itself an operator; a conditional clause ("if we lose the
/// rebate …") takes no position.
/// </summary>
internal static partial class PolarityComposer
{
    /// <summary>Words after an act in which it acts directly on a word (a clause with one claim stem then votes).</summary>
    private const int DirectWindow = 4;

    /// <summary>Words before an operator in which a negator flips it.</summary>
    private const int NegationReach = 3;

    /// <summary>The side <paramref name="text"/> takes on <paramref name="claim"/>: the sum of the votes (&gt; 0 agrees) and the voting words ("+veto", "-trial").</summary>
    public static (double Score, IReadOnlyList<string> Words) Compose(string claim, string text)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(text);
        var claimSigns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (PolarWord w in Read(claim))
        {
            claimSigns[w.Stem] = w.Sign;
        }

        double score = 0;
        var words = new List<string>();
        foreach (IGrouping<int, PolarWord> clause in Read(text).Where(w => w.Positioned && claimSigns.ContainsKey(w.Stem)).GroupBy(w => w.Clause))
        {
            if (clause.Select(w => w.Stem).Distinct(StringComparer.Ordinal).Count() < 2 && !clause.Any(w => w.Direct || w.IsOperator))
            {
                continue;
            }

            foreach (PolarWord w in clause)
            {
                int vote = claimSigns[w.Stem] * w.Sign;
                score += vote;
                words.Add((vote > 0 ? "+" : "-") + w.Word);
            }
        }

        return (score, words);
    }

    /// <summary>Every content word of <paramref name="text"/> (operators included) with the sign the operators of its clause give it.</summary>
    internal static List<PolarWord> Read(string text)
    {
        var result = new List<PolarWord>();
        int clauseIndex = 0;
        bool underNo = false;
        foreach ((string[] clause, string? opener) in Clauses(text))
        {
            clauseIndex++;
            // A relative clause on a noun that "no" denies is denied with it: "There can be no deal which does not protect the
            // rebate" says every deal must protect it (as "no deal that does not protect the rebate", one clause, reads).
            bool inherited = underNo && opener == "which";
            underNo = false;

            // A conditional clause takes no position; a relative clause on people ("two-bit Conservatives who are not
            // interested in the North East") says what others think or do, not the speaker's side.
            if (PolarityOperators.IsConditional(clause) || opener is "who" or "whom")
            {
                continue;
            }

            List<Operator> ops = Operators(clause);
            underNo = ops.Any(o => o.Kind == PolarityOperatorKind.Negator && !o.Consumed && clause[o.Index] == "no" && o.Index < clause.Length - 1);
            Operator? firstEvaluative = ops.FirstOrDefault(o => o.Kind == PolarityOperatorKind.Evaluative);
            for (int j = 0; j < clause.Length; j++)
            {
                string w = clause[j];
                if (Lexicons.StopWords.Contains(w) || w.Length < 2 || PolarityOperators.Of(w) is { Kind: PolarityOperatorKind.Negator })
                {
                    continue;
                }

                int sign = inherited ? -1 : 1;
                bool positioned = inherited, direct = false;
                foreach (Operator op in ops)
                {
                    if (op.Index == j || op.Consumed)
                    {
                        continue;
                    }

                    bool scopes = op.Kind switch
                    {
                        PolarityOperatorKind.Negator => clause[op.Index] != "no" || op.Index < j,
                        PolarityOperatorKind.Evaluative => ReferenceEquals(op, firstEvaluative),
                        _ => op.Mode switch
                        {
                            ScopeMode.Forward => op.Index < j,
                            ScopeMode.Passive => true,
                            ScopeMode.Compound => j == op.Index - 1,
                            ScopeMode.Contrast => op.Index + 1 < j && j < op.ScopeEnd,
                            _ => false,
                        },
                    };
                    if (scopes)
                    {
                        sign *= op.Sign;
                        positioned = true;
                        direct |= op.Kind == PolarityOperatorKind.Act && op.Mode == ScopeMode.Forward && op.Index < j && j - op.Index <= DirectWindow;
                    }
                }

                result.Add(new PolarWord(w, TextPreparer.Stem(w), sign, positioned, clauseIndex, direct, PolarityOperators.Of(w) is not null));
            }
        }

        return result;
    }

    private static List<Operator> Operators(string[] clause)
    {
        var ops = new List<Operator>();
        for (int i = 0; i < clause.Length; i++)
        {
            if (ContrastPhrase.At(clause, i) is int contrastEnd)
            {
                // "a benefit rather than a burden": the noun phrase after "rather than" / "instead of" is denied, nothing further.
                ops.Add(new Operator(i, PolarityOperatorKind.Act, -1) { Mode = ScopeMode.Contrast, ScopeEnd = contrastEnd });
                i++;
            }
            else if (i + 1 < clause.Length && PolarityOperators.ShifterPhrases.Any(p => p.First.Contains(clause[i]) && p.Second == clause[i + 1]))
            {
                ops.Add(new Operator(i, PolarityOperatorKind.Act, -1));
                i++;
            }
            else if (!AdverbialBack.IsAdverbOrNoun(clause, i) && PolarityOperators.Of(clause[i]) is { } op)
            {
                // "go back", "their back office": "back" is no verb there, so it keeps nothing.
                ops.Add(new Operator(i, op.Kind, op.Sign));
            }
        }

        foreach (Operator op in ops.Where(o => o.Kind == PolarityOperatorKind.Act && o.Mode != ScopeMode.Contrast))
        {
            int i = op.Index;
            // "the veto", "a phone ban"; not "the city giving up" (a verb form after a noun).
            bool verbForm = clause[i].EndsWith("ing", StringComparison.Ordinal) || clause[i].EndsWith("ed", StringComparison.Ordinal);
            bool afterDeterminer = (i > 0 && PolarityOperators.Determiners.Contains(clause[i - 1]))
                || (i > 1 && !verbForm && PolarityOperators.Determiners.Contains(clause[i - 2]));

            // "the case against terror suspects", "the men held without trial": a preposition is never the noun a determiner opens.
            if (afterDeterminer && !PolarityOperators.Prepositions.Contains(clause[i]))
            {
                // A noun: "the veto" acts on nothing; "a phone ban" on the word before it.
                op.Mode = i > 0 && !Lexicons.StopWords.Contains(clause[i - 1]) && PolarityOperators.Of(clause[i - 1]) is null ? ScopeMode.Compound : ScopeMode.Noun;
            }
            else if (i > 0 && PolarityOperators.Be.Contains(clause[i - 1]) && (clause[i].EndsWith("ed", StringComparison.Ordinal) || clause[i].EndsWith("en", StringComparison.Ordinal) || clause[i].EndsWith('d')))
            {
                op.Mode = ScopeMode.Passive;
            }
        }

        // A negator just before a verb or judgement flips it ("did not oppose", "not wrong") and scopes no further.
        foreach (Operator op in ops.Where(o => o.Kind != PolarityOperatorKind.Negator && o.Mode is ScopeMode.Forward or ScopeMode.Passive))
        {
            Operator? negator = ops.FirstOrDefault(n => n.Kind == PolarityOperatorKind.Negator && !n.Consumed && n.Index < op.Index && n.Index >= op.Index - NegationReach);
            if (negator is not null)
            {
                negator.Consumed = true;
                op.Sign = -op.Sign;
            }
        }

        return ops;
    }

    /// <summary>The text's clauses as lower-case words, each with the clause-opening word before it (null after punctuation or a dash).</summary>
    private static IEnumerable<(string[] Words, string? Opener)> Clauses(string text)
    {
        var current = new List<string>();
        string? opener = null;
        foreach (Match m in TokenPattern().Matches(text.Replace('\u2019', '\'')))
        {
            string t = m.Value.ToLowerInvariant();
            if (!char.IsLetter(t[0]) || PolarityOperators.ClauseStarts.Contains(t))
            {
                if (current.Count > 0)
                {
                    yield return ([.. current], opener);
                }

                current.Clear();
                opener = char.IsLetter(t[0]) ? t : null;
            }
            else
            {
                current.Add(t);
            }
        }

        if (current.Count > 0)
        {
            yield return ([.. current], opener);
        }
    }

    [GeneratedRegex(@"\p{L}[\p{L}'\-]*|[.,;:!?()""\u201C\u201D\u2013\u2014\-]")]
    private static partial Regex TokenPattern();

    /// <summary>A content word read: its clause (1-based), the sign of the operators over it, whether any scopes over it, whether an act is right before it.</summary>
    internal readonly record struct PolarWord(string Word, string Stem, int Sign, bool Positioned, int Clause, bool Direct, bool IsOperator);

    private enum ScopeMode
    {
        Forward,
        Passive,
        Compound,
        Noun,

        /// <summary>"rather than" / "instead of": over the noun phrase after it, up to <see cref="Operator.ScopeEnd"/>.</summary>
        Contrast,
    }

    private sealed class Operator(int index, PolarityOperatorKind kind, int sign)
    {
        public int Index { get; } = index;

        public PolarityOperatorKind Kind { get; } = kind;

        public int Sign { get; set; } = sign;

        public ScopeMode Mode { get; set; } = ScopeMode.Forward;

        public bool Consumed { get; set; }

        /// <summary>Where a <see cref="ScopeMode.Contrast"/> operator's scope ends (exclusive).</summary>
        public int ScopeEnd { get; init; }
    }
}
