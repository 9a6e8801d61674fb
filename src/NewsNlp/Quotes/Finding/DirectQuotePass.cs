using NewsNlp.Documents;
using NewsNlp.Quotes.Finding.Sieves;
using NewsNlp.Quotes.Grammar;

namespace NewsNlp.Quotes.Finding;

/// <summary>
/// Quote → cue and source mention for the quotations found on characters: one draft per quotation, then the sieves in
/// order, the first that decides wins (each records its rule in <see cref="QuoteDraft.DecidedBy"/>): a fragment inside
/// the previous mixed quote is absorbed, a markup attribute's value (<c>markup-value</c>) and a title after a preposition or possessive (<c>named-title</c>) are dropped, <c>split-quote</c>, <c>dash-signature</c>, <c>transcript-label</c>,
/// a colon lead-in with its own cue, a reporting verb in quotation marks (<c>quoted-cue</c>), <c>cue-after-quote</c>, <c>cue-before-quote</c> / <c>mixed-clause</c> / <c>colon-lead-in</c>, a heading is dropped,
/// <c>continuation</c>, and a short quotation left without cue is a scare quote (dropped). Finally every draft's tokens are covered.
/// </summary>
internal sealed class DirectQuotePass : IAttributionPass
{
    /// <summary>The sieves in the order they run.</summary>
    public static IReadOnlyList<IDirectQuoteSieve> DefaultSieves { get; } =
    [
        new AbsorbedFragmentSieve(),
        new MarkupValueSieve(),
        new NamedTitleSieve(),
        new NicknameSieve(),
        new SplitQuoteSieve(),
        new DashSignatureSieve(),
        new TranscriptLabelSieve(),
        new ColonLeadInSieve(),
        new QuotedCueSieve(),
        new TrailingCueSieve(),
        new LeadingCueSieve(),
        new HeadingSieve(),
        new ContinuationSieve(),
        new ScareQuoteSieve(),
    ];

    private readonly IDirectQuoteSieve[] _sieves;

    /// <summary>The pass with <see cref="DefaultSieves"/>.</summary>
    public DirectQuotePass()
    {
        _sieves = [.. DefaultSieves];
    }

    /// <inheritdoc />
    public string Name => "direct-quotes";

    /// <inheritdoc />
    public void Run(DocumentView view, AttributionState state, CancellationToken cancellationToken)
    {
        List<QuoteDraft> drafts = state.Drafts;
        foreach (Quotation q in view.Quotations)
        {
            var d = new QuoteDraft
            {
                Kind = QuoteKind.Direct,
                FirstToken = q.First,
                EndToken = q.End,
                OpenToken = q.Open,
                CloseEnd = q.CloseEnd,
                DirectIndex = q.SpanIndex,
                Unclosed = q.Span.Unclosed,
                WordCount = Clauses.CountWords(view, q.First, q.End),
                Confidence = q.Span.Unclosed ? 0.5 : 0.9,
            };
            d.Content.AddRange(q.Span.Content);
            drafts.Add(d);
        }

        // The last draft before i not dropped: kept as the loop goes (drafts before i are final), not searched for each
        // draft, which was quadratic on a long run of dropped scare quotes.
        QuoteDraft? previous = null;
        IDirectQuoteSieve[] sieves = _sieves;
        for (int i = 0; i < drafts.Count; i++)
        {
            QuoteDraft d = drafts[i];
            if (i > 0 && !drafts[i - 1].Dropped)
            {
                previous = drafts[i - 1];
            }

            for (int s = 0; s < sieves.Length; s++)
            {
                if (sieves[s].TryDecide(view, state, previous, d))
                {
                    break;
                }
            }
        }

        foreach (QuoteDraft d in drafts)
        {
            state.Cover(d);
        }
    }
}
