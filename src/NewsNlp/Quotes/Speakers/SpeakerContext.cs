namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// What the speaker rules of one document read: the document view, the mention index, the speakers resolved so far,
/// and <see cref="Resolve"/> for rules that resolve another phrase first (a relative pronoun's antecedent, the
/// organisation after "a spokeswoman for").
/// </summary>
internal sealed class SpeakerContext
{
    private readonly ISpeakerRule[] _rules;

    public SpeakerContext(DocumentView view, MentionIndex mentions, ResolvedMentions resolved, ISpeakerRule[] rules)
    {
        View = view;
        Mentions = mentions;
        Resolved = resolved;
        _rules = rules;
    }

    /// <summary>The document.</summary>
    public DocumentView View { get; }

    /// <summary>The document's speaker candidates and names.</summary>
    public MentionIndex Mentions { get; }

    /// <summary>Speakers resolved so far at their source mentions (text order of the quotes).</summary>
    public ResolvedMentions Resolved { get; }

    /// <summary>
    /// True for tokens inside the content of a reported (indirect or mixed) quote: a person named there is what a speaker
    /// talked about, a weak antecedent for a later "he said". Empty (all false) until <see cref="MarkReportedContent"/>.
    /// </summary>
    public bool InReportedContent(int token) => (uint)token < (uint)_reported.Length && _reported[token];

    private bool[] _reported = [];

    /// <summary>Marks the content tokens of the reported quotes among <paramref name="drafts"/>.</summary>
    public void MarkReportedContent(List<QuoteDraft> drafts)
    {
        DocumentView v = View;
        _reported = new bool[v.Count];
        foreach (QuoteDraft d in drafts)
        {
            if (d.Kind == Documents.QuoteKind.Direct)
            {
                continue;
            }

            // Each content piece marks the draft's tokens that start inside it (found by binary search on the token
            // starts): linear in the pieces' lengths, where walking every token of the draft against every piece was
            // quadratic for a draft holding many pieces (one cue shared by a long run of content).
            int lo = Math.Max(0, d.FirstToken), hi = Math.Min(v.Count, d.EndToken);
            foreach (Documents.TextSpan piece in d.Content)
            {
                for (int t = FirstStartingAtOrAfter(v.Starts, lo, hi, piece.Start); t < hi && v.Starts[t] < piece.End; t++)
                {
                    _reported[t] = true;
                }
            }
        }
    }

    /// <summary>The first token in [<paramref name="lo"/>, <paramref name="hi"/>) whose start is at or after <paramref name="position"/> (starts ascend), or <paramref name="hi"/>.</summary>
    private static int FirstStartingAtOrAfter(int[] starts, int lo, int hi, int position)
    {
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The speaker of the mention [<paramref name="first"/>, <paramref name="end"/>) and the name of the rule that
    /// decided it: the rules in order, the first that decides wins.
    /// </summary>
    public (SpeakerCandidate? Speaker, string Rule) Resolve(int first, int end, int depth = 0)
    {
        SourcePhrase phrase = SourcePhrase.Of(View, first, end, depth);
        ISpeakerRule[] rules = _rules;
        for (int i = 0; i < rules.Length; i++)
        {
            if (rules[i].TryResolve(this, phrase, out SpeakerCandidate? speaker))
            {
                return (speaker, rules[i].Name);
            }
        }

        return (null, RuleNames.Unresolved);
    }
}
