using NewsNlp.Documents;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Quotes;

/// <summary>
/// The attribution core: quotation finding on characters, then the sieves quote → cue → source mention → speaker,
/// writing <see cref="NewsDocument.Quotes"/> and <see cref="NewsDocument.Speakers"/>. Stateless and thread-safe.
/// </summary>
internal static class QuoteAnnotator
{
    public const string Producer = "quotes";

    public static void Annotate(NewsDocument document, QuoteStageOptions options, CancellationToken cancellationToken)
    {
        document.Quotes.Clear();
        document.Speakers.Clear();
        if (document.Tokens.Count == 0)
        {
            return;
        }

        var paragraphs = new TextSpan[document.Paragraphs.Count];
        for (int p = 0; p < paragraphs.Length; p++)
        {
            paragraphs[p] = document.Paragraphs[p].Span;
        }

        var spans = new List<QuotedSpan>();
        QuoteMarkPairer.Find(document.Text, paragraphs, spans, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        using var view = new DocumentView(document, options.UseEntities);
        List<QuoteDraft> drafts = DirectQuoteSieves.Build(view, spans);
        foreach (QuoteDraft d in drafts)
        {
            IndirectSpeechRules.Cover(view, d);
        }

        if (options.FindIndirectSpeech)
        {
            // With a tagger, reported speech is the tagger's (it beats the rules on PolNeAR dev: see docs/quotes.md);
            // without one, the indirect-speech rules.
            // Reported speech: the tagger first (its spans beat the rules' on PolNeAR dev, see docs/quotes.md), then the
            // precise indirect-speech rules on what it left (short texts it declines); without a tagger, all the rules.
            Learning.AttributionTagger? tagger = options.UseLearnedTagger ? options.Tagger ?? Learning.AttributionTagger.Embedded : null;
            if (tagger is not null)
            {
                int[] tags = Pool.Rent<int>(view.Count);
                float[] margins = Pool.Rent<float>(view.Count);
                byte[] levels = Pool.Rent<byte>(view.Count);
                try
                {
                    tagger.Tag(view, tags, cancellationToken, margins, levels);
                    Learning.LearnedAttribution.AddDrafts(view, tags, margins, levels, tagger.MinContentMargin, drafts);
                }
                finally
                {
                    Pool.Return(tags);
                    Pool.Return(margins);
                    Pool.Return(levels);
                }
            }

            IndirectSpeechRules.Find(view, drafts, cueBeforeContent: tagger is null, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        List<QuoteDraft> kept = drafts.FindAll(d => !d.Dropped);
        kept.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        ContinueFromPreviousParagraph(view, kept);
        foreach (QuoteDraft d in kept)
        {
            if (d.HasSource && d.HasCue && SourceFinder.IsSourcelessCue(view, d.CueFirst, d.CueEnd))
            {
                // "… is being criticized as “…”": a passive cue's subject is not the source.
                d.SetSource(-1, -1);
            }

            if (d.HasSource)
            {
                (int f, int e) = SourceFinder.Core(view, d.SourceFirst, d.SourceEnd);
                d.SetSource(f, e);
                if (SourceFinder.RelativePronounBefore(view, e, d.CueFirst) is >= 0 and var relative)
                {
                    d.SetSource(relative, relative + 1);
                }
            }
        }

        new SpeakerResolver(view).Resolve(kept);
        Acts.ActSelection.Apply(view, kept, options.Acts);
        Emit(document, view, kept);
    }

    /// <summary>
    /// A direct quote opening a paragraph with no cue continues the speaker of the previous paragraph's last quote
    /// (direct or reported: <c>Qureshi said … .</c> then <c>“We were told …”</c>), or takes the cue of a colon lead-in
    /// ending the previous paragraph (<c>Its president, X, wrote:</c>).
    /// </summary>
    private static void ContinueFromPreviousParagraph(DocumentView v, List<QuoteDraft> kept)
    {
        for (int i = 0; i < kept.Count; i++)
        {
            QuoteDraft d = kept[i];
            if (d.Kind != QuoteKind.Direct || d.HasCue || d.ContinuesFrom is not null || d.OpenToken <= 0
                || v.ParagraphOf[d.OpenToken - 1] == v.ParagraphOf[d.OpenToken])
            {
                continue;
            }

            int last = d.OpenToken - 1;
            if (v.Shapes[last] == TokenShape.Colon && !v.InQuote(last))
            {
                int start = last;
                while (start > 0 && v.SentenceOf[start - 1] == v.SentenceOf[last] && !v.InQuote(start - 1))
                {
                    start--;
                }

                for (int c = last - 1; c >= start; c--)
                {
                    if (!v.Is(c, WordClass.CueVerb))
                    {
                        continue;
                    }

                    (int f, int e) = SourceFinder.SubjectBefore(v, c, start);
                    if (f >= 0)
                    {
                        d.SetCue(c, c + 1);
                        d.SetSource(f, e);
                        d.DecidedBy = RuleNames.ColonLeadIn;
                        d.Confidence = 0.75;
                    }

                    break;
                }

                if (d.HasCue)
                {
                    continue;
                }
            }

            QuoteDraft? previous = i > 0 ? kept[i - 1] : null;
            if (previous is not null && (previous.HasSource || previous.ContinuesFrom is not null)
                && v.ParagraphOf[previous.EndToken - 1] == v.ParagraphOf[d.OpenToken] - 1)
            {
                d.ContinuesFrom = previous.ContinuesFrom ?? previous;
                d.DecidedBy = RuleNames.Continuation;
                d.Confidence = 0.7;
            }
        }
    }

    /// <summary>"rule+resolution", one string per distinct pair in a document (a long article repeats a few dozen pairs).</summary>
    private static string JoinRules(Dictionary<(string DecidedBy, string ResolvedBy), string> joined, string decidedBy, string resolvedBy)
    {
        if (!joined.TryGetValue((decidedBy, resolvedBy), out string? both))
        {
            joined[(decidedBy, resolvedBy)] = both = decidedBy + RuleNames.SpeakerSeparator + resolvedBy;
        }

        return both;
    }

    private static void Emit(NewsDocument document, DocumentView v, List<QuoteDraft> kept)
    {
        var speakers = new Dictionary<string, (int Id, SpeakerCandidate Candidate, List<int> Quotes)>(StringComparer.Ordinal);
        var order = new List<string>();
        var joinedRules = new Dictionary<(string DecidedBy, string ResolvedBy), string>();
        for (int i = 0; i < kept.Count; i++)
        {
            QuoteDraft d = kept[i];
            int? speakerId = null;
            if (d.Speaker is { } sc)
            {
                if (!speakers.TryGetValue(sc.Key, out var entry))
                {
                    entry = (speakers.Count, sc, []);
                    speakers[sc.Key] = entry;
                    order.Add(sc.Key);
                }

                entry.Quotes.Add(i);
                speakerId = entry.Id;
            }

            string decided = d.ResolvedBy is null ? d.DecidedBy : JoinRules(joinedRules, d.DecidedBy, d.ResolvedBy);
            document.Quotes.Add(new Quote
            {
                Id = i,
                Kind = d.Kind,
                Act = d.Act,
                Content = [.. d.Content],
                Cue = d.HasCue ? v.Span(d.CueFirst, d.CueEnd) : null,
                Source = d.HasSource ? v.Span(d.SourceFirst, d.SourceEnd) : d.ContinuesFrom is { HasSource: true } from ? v.Span(from.SourceFirst, from.SourceEnd) : null,
                SpeakerId = speakerId,
                SpeakerName = d.Speaker?.Name,
                Confidence = d.Speaker is null ? d.Confidence * 0.6 : d.Confidence,
                Producer = Producer,
                DecidedBy = decided,
            });
        }

        foreach (string key in order)
        {
            var (id, candidate, quotes) = speakers[key];
            document.Speakers.Add(new Speaker
            {
                Id = id,
                CanonicalName = candidate.Name,
                Type = candidate.Type,
                EntityId = candidate.EntityId,
                QuoteIds = quotes,
            });
        }
    }
}
