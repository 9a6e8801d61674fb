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
    public static void Run(NewsDocument document, int characters)
    {
        var options = new QuoteStageOptions();
        long live0 = GC.GetTotalMemory(forceFullCollection: true);
        long step = GC.GetTotalAllocatedBytes(precise: true);

        void Line(string name)
        {
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - step;
            long live = GC.GetTotalMemory(forceFullCollection: true) - live0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"quotes/{name}\tallocated {(double)allocated / characters:F1} B/B\tlive after {(double)live / characters:F1} B/B"));
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
