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

    /// <summary>
    /// True for tokens of an insertion between a quote's source and its cue (<c>Prof X, who ran the study with the help
    /// of Y, said …</c>): a person named there is talked about, a weak antecedent for a later "she said". Empty (all
    /// false) until <see cref="MarkReportedContent"/>.
    /// </summary>
    public bool InSourceInsertion(int token) => (uint)token < (uint)_inserted.Length && _inserted[token];

    private bool[] _inserted = [];

    /// <summary>Marks the content tokens of the reported quotes among <paramref name="drafts"/>.</summary>
    public void MarkReportedContent(List<QuoteDraft> drafts)
    {
        DocumentView v = View;
        _reported = new bool[v.Count];
        _inserted = new bool[v.Count];
        foreach (QuoteDraft d in drafts)
        {
            MarkInsertion(v, d);
            if (d.Kind == Documents.QuoteKind.Direct || !d.HasSource)
            {
                // A clause no one reports ("The claims were made in a book by Peter Grant QC") is narration: a person named
                // there is who a later "He also says" means.
                continue;
            }

            MarkRestOfReportingSentence(v, d);

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

    /// <summary>Most tokens marked after a cue (keeps the marking linear when many quotes share one long sentence).</summary>
    private const int MaxAfterCue = 60;

    /// <summary>
    /// Marks the rest of a reported quote's sentence from its content's start (a content after the cue) as reported
    /// content, also where the tagger's content stopped short: in <c>He said the answer had been prepared with … two
    /// officials and the then Lord Chancellor, Lord Irvine.</c> Lord Irvine is talked about whatever the content's end.
    /// </summary>
    private void MarkRestOfReportingSentence(DocumentView v, QuoteDraft d)
    {
        // Only a content after its cue, from the content's start: an addressee between the cue and the content ("CNN
        // asked the rebel spokesman, Issam al-Reis, if …") is who the next "he answered" is.
        if (!d.HasCue || d.FirstToken < d.CueEnd || d.FirstToken >= v.Count)
        {
            return;
        }

        // The quoted words of the draft's own content do not end the clause ("felt that Leigh's "masterpiece" was entitled
        // to the award - leaving Ana Ruiz's film to …": Ana Ruiz is still talked about); a quotation after it does.
        int from = d.FirstToken;
        int sentence = v.SentenceOf[d.CueFirst];
        for (int t = from; t < v.Count && t - from < MaxAfterCue && v.SentenceOf[t] == sentence && (!v.InQuote(t) || t < d.EndToken); t++)
        {
            _reported[t] |= !v.InQuote(t);
        }
    }

    /// <summary>Marks the tokens after a comma that follows the source, up to the cue (<c>X, who …, said</c>), in one sentence.</summary>
    private void MarkInsertion(DocumentView v, QuoteDraft d)
    {
        if (!d.HasSource || !d.HasCue || d.SourceEnd >= d.CueFirst || d.CueFirst - d.SourceEnd > 40 || d.SourceEnd >= v.Count)
        {
            return;
        }

        // The comma may follow the rest of a name the source mention holds only the start of ("Prof | Joni Lovenduski, who …").
        int comma = d.SourceEnd;
        while (comma < d.CueFirst && comma - d.SourceEnd < 4 && v.IsNameToken(comma))
        {
            comma++;
        }

        if (comma >= d.CueFirst || v.Shapes[comma] != TokenShape.Comma || v.SentenceOf[comma] != v.SentenceOf[d.CueFirst])
        {
            return;
        }

        for (int t = comma; t < d.CueFirst; t++)
        {
            _inserted[t] = true;
        }
    }

    /// <summary>The first token in [<paramref name="lo"/>, <paramref name="hi"/>) whose start is at or after <paramref name="position"/> (starts ascend), or <paramref name="hi"/>.</summary>
    private static int FirstStartingAtOrAfter(TokenStarts starts, int lo, int hi, int position)
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
