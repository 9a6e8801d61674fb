using System.Globalization;
using NewsNlp.Documents;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Finding;
using NewsNlp.Quotes.Output;

namespace NewsNlp.Benchmarks;

/// <summary>
/// <c>scaling --one SHAPE --size MB --passes</c>: the quote stage of <see cref="QuoteAnnotator.Annotate"/> run pass by pass,
/// printing per step the bytes it allocated and the managed memory still reachable after it (a full collection after
/// each step), per input byte above what was reachable before the stage: what each pass keeps and what it only churns.
/// The collections change the stage's peak, so this mode prints no peak.
/// </summary>
internal static class QuotePassMemory
{
    /// <param name="document">The document, through the stages before the quote stage.</param>
    /// <param name="characters">Its length (the figures are per input character).</param>
    /// <param name="loaded">With <paramref name="collect"/> false: the resident set the peaks are measured from.</param>
    /// <param name="collect">
    /// True: a full collection after each step and the memory still reachable; false: no induced collection, and instead
    /// the peak resident set so far (above <paramref name="loaded"/>) and the collections the runtime made.
    /// </param>
    /// <param name="types">With <paramref name="collect"/> false: also the sampled allocations of each step by type (<see cref="AllocationSampler"/>).</param>
    public static void Run(NewsDocument document, int characters, long loaded, bool collect, bool types = false)
    {
        using AllocationSampler? sampler = types ? new AllocationSampler() : null;
        sampler?.Drain();
        var options = new QuoteStageOptions();
        long live0 = collect ? GC.GetTotalMemory(forceFullCollection: true) : 0;
        long step = GC.GetTotalAllocatedBytes(precise: true);

        void Line(string name)
        {
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - step;
            string memory = collect
                ? $"live after {(double)(GC.GetTotalMemory(forceFullCollection: true) - live0) / characters:F1} B/B"
                : $"peak-loaded so far {(double)((ProcessMemory.Peak() ?? 0) - loaded) / characters:F1} B/B\tcollections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"quotes/{name}\tallocated {(double)allocated / characters:F1} B/B\t{memory}"));
            if (sampler is not null)
            {
                foreach ((string type, long bytes) in sampler.Drain().Where(t => t.Bytes >= characters / 20))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#\t{type}\t{(double)bytes / characters:F1} B/B"));
                }
            }

            step = GC.GetTotalAllocatedBytes(precise: true);
        }

        var paragraphs = new TextSpan[document.Paragraphs.Count];
        for (int p = 0; p < paragraphs.Length; p++)
        {
            paragraphs[p] = document.Paragraphs[p].Span;
        }

        var spans = new List<QuotedSpan>();
        QuoteMarkPairer.Find(document.Text, paragraphs, spans, CancellationToken.None);
        Line("marks");
        using (var view = new DocumentView(document, options.UseEntities, spans))
        {
            Line("view");
            using var state = new AttributionState(view);
            foreach (IAttributionPass pass in QuoteAnnotator.Passes(options))
            {
                pass.Run(view, state, CancellationToken.None);
                Line(pass.Name);
            }

            QuoteEmitter.Emit(document, view, state.Kept);
            Line("emit");
            QuoteCalibrator.Embedded?.Apply(document);
            Line("calibrate");
        }

        Line("view disposed");
    }
}
