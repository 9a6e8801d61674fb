using NewsNlp.Quotes.Lexicon;
using NewsNlp.Quotes.Sources;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Documents;

namespace NewsNlp.Quotes.Speakers.Ranking;

/// <summary>
/// A quote as the source ranker reads it: its content (tokens and character pieces), cue, current source mention, kind
/// and the rule that found it. Built from a <see cref="QuoteDraft"/> at run time and from an emitted <see cref="Quote"/>
/// when training, so both see the same thing.
/// </summary>
internal readonly record struct QuoteFrame(
    int ContentFirst,
    int ContentEnd,
    IReadOnlyList<TextSpan> Content,
    int CueFirst,
    int CueEnd,
    int SourceFirst,
    int SourceEnd,
    QuoteKind Kind,
    ulong RuleHash)
{
    public bool HasCue => CueFirst >= 0;

    public bool HasSource => SourceFirst >= 0;

    /// <summary>The token the candidates are measured from: the cue, or the content's first token when there is no cue.</summary>
    public int Anchor => CueFirst >= 0 ? CueFirst : ContentFirst;

    /// <summary>The hash of a rule name up to its '+' ("learned-tagger+entity" → "learned-tagger").</summary>
    public static ulong HashRule(string decidedBy)
    {
        int plus = decidedBy.IndexOf('+', StringComparison.Ordinal);
        return NewsNlp.Learning.StableHash.Of(plus < 0 ? decidedBy : decidedBy.AsSpan(0, plus));
    }

    /// <summary>The frame of a draft (its tokens as the sieves set them).</summary>
    public static QuoteFrame Of(QuoteDraft d, ulong ruleHash) =>
        new(d.FirstToken, d.EndToken, d.Content, d.CueFirst, d.CueEnd, d.SourceFirst, d.SourceEnd, d.Kind, ruleHash);

    /// <summary>The frame of an emitted quote, its character spans mapped onto the view's tokens; null when it has no content.</summary>
    public static QuoteFrame? Of(DocumentView v, Quote q)
    {
        if (q.Content.Count == 0 || v.Count == 0)
        {
            return null;
        }

        int first = TokenSearch.IndexAt(v, q.Content[0].Start);
        int end = Math.Max(first + 1, TokenSearch.IndexAt(v, Math.Max(0, q.Content[^1].End - 1)) + 1);
        (int cf, int ce) = Tokens(v, q.Cue);
        (int sf, int se) = Tokens(v, q.Source);
        return new QuoteFrame(first, Math.Min(end, v.Count), q.Content, cf, ce, sf, se, q.Kind, HashRule(q.DecidedBy ?? "none"));
    }

    private static (int First, int End) Tokens(DocumentView v, TextSpan? span)
    {
        if (span is not { } s || s.End <= s.Start)
        {
            return (-1, -1);
        }

        int first = TokenSearch.IndexAt(v, s.Start);
        int end = TokenSearch.IndexAt(v, s.End - 1) + 1;
        return first < v.Count ? (first, Math.Min(Math.Max(end, first + 1), v.Count)) : (-1, -1);
    }

    /// <summary>True when the token lies inside one of the content pieces.</summary>
    public bool InContent(DocumentView v, int token)
    {
        if (token < ContentFirst || token >= ContentEnd)
        {
            return false;
        }

        int start = v.Starts[token];
        IReadOnlyList<TextSpan> content = Content;
        for (int k = 0; k < content.Count; k++)
        {
            // Indexed, not foreach: an enumerator of the interface is a boxed object per call (the ranker calls this per candidate token).
            TextSpan piece = content[k];
            if (start >= piece.Start && start < piece.End)
            {
                return true;
            }
        }

        return false;
    }
}
