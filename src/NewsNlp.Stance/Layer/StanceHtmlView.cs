using System.Globalization;
using System.Text;
using NewsNlp.Documents;
using NewsNlp.Rendering;

namespace NewsNlp.Stance;

/// <summary>
/// The stance layer on the HTML page: each speaker's stance per target as one badge (evidence quotes on hover), a
/// compact badge after each quote, and the article's stance toward each target. Targets are written once, in the
/// stance section, and referred to as T1, T2… elsewhere when there are several.
/// </summary>
internal sealed class StanceHtmlView : HtmlLayerView
{
    private readonly NewsDocument _document;
    private readonly IReadOnlyList<StanceAnnotation> _stances;
    private readonly ILookup<int, StanceAnnotation> _byQuote;
    private readonly ILookup<int, StanceAnnotation> _bySpeaker;
    private readonly List<string> _targets;
    private readonly Dictionary<int, Quote> _quotesById = [];

    private StanceHtmlView(NewsDocument document, IReadOnlyList<StanceAnnotation> stances)
    {
        _document = document;
        _stances = stances;
        _byQuote = stances.Where(s => s.QuoteId is not null).ToLookup(s => s.QuoteId!.Value);
        _bySpeaker = stances.Where(s => s.SpeakerId is not null).ToLookup(s => s.SpeakerId!.Value);
        _targets = [];
        foreach (StanceAnnotation s in stances)
        {
            if (!_targets.Contains(s.Target))
            {
                _targets.Add(s.Target);
            }
        }

        foreach (Quote q in document.Quotes)
        {
            _quotesById.TryAdd(q.Id, q);
        }
    }

    /// <inheritdoc />
    public override string? SpeakerColumnTitle => _bySpeaker.Count > 0 ? "Stance" : null;

    /// <summary>The view of <paramref name="document"/>'s stances (<see cref="LayerKey.Html"/> of <see cref="StanceLayer.Key"/>).</summary>
    public static HtmlLayerView? For(NewsDocument document) => new StanceHtmlView(document, document.Stances);

    /// <inheritdoc />
    public override void WriteSpeakerCell(Speaker speaker, TextWriter writer)
    {
        bool any = false;
        foreach (StanceAnnotation s in _bySpeaker[speaker.Id])
        {
            var hover = new StringBuilder(s.Target);
            if (s.EvidenceQuoteIds.Count == 0)
            {
                hover.Append("\nNone of this speaker's quotes addresses the target.");
            }

            foreach (int id in s.EvidenceQuoteIds.Take(3))
            {
                if (_quotesById.TryGetValue(id, out Quote? q))
                {
                    hover.Append("\n\u201C").Append(Shorten(Excerpt(_document, q), 160)).Append('\u201D');
                }
            }

            writer.Write(any ? " " : string.Empty);
            WriteStance(s, writer, TargetTag(s.Target), hover.ToString(), noStance: s.Label == StanceLabel.Unrelated);
            any = true;
        }

        if (!any)
        {
            writer.Write("—");
        }
    }

    /// <inheritdoc />
    public override void WriteQuoteBadges(Quote quote, TextWriter writer)
    {
        foreach (StanceAnnotation s in _byQuote[quote.Id])
        {
            writer.Write(' ');
            string hover = s.DrivingWords.Count == 0 ? s.Target : s.Target + "\nDriven by: " + string.Join(", ", s.DrivingWords);
            WriteStance(s, writer, TargetTag(s.Target), hover);
        }
    }

    /// <inheritdoc />
    public override void WriteSection(TextWriter writer)
    {
        StanceAnnotation[] body = [.. _stances.Where(s => s.QuoteId is null && s.SpeakerId is null)];
        if (body.Length == 0 && _document.Metadata.StanceTargets.Count == 0)
        {
            return;
        }

        writer.Write("<section id=\"stance\">\n<h2>Stance of the article</h2>\n<table class=\"stances\">\n<thead><tr><th>Target</th><th>Stance</th></tr></thead>\n<tbody>\n");
        foreach (StanceAnnotation s in body)
        {
            writer.Write("<tr><td>");
            if (_targets.Count > 1)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"<b>T{_targets.IndexOf(s.Target) + 1}</b> "));
            }

            WriteText(writer, s.Target);
            writer.Write("</td><td>");
            WriteStance(s, writer, string.Empty, s.Target);
            writer.Write("</td></tr>\n");
        }

        if (body.Length == 0)
        {
            writer.Write("<tr><td colspan=\"2\">Targets were given but no stance stage ran.</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    private string TargetTag(string target) =>
        _targets.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"T{_targets.IndexOf(target) + 1} ") : string.Empty;

    private static void WriteStance(StanceAnnotation s, TextWriter writer, string tag, string hover, bool noStance = false)
    {
        string label = s.Label.ToFncString();
        double p = (int)s.Label < s.Probabilities.Count ? s.Probabilities[(int)s.Label] : 0;
        writer.Write($"<span class=\"stance stance-{label}\" title=\"");
        WriteText(writer, hover);
        writer.Write("\">");
        WriteText(writer, tag);
        writer.Write(noStance ? "no stance" : string.Create(CultureInfo.InvariantCulture, $"{label} ({p:0.00})"));
        writer.Write("</span>");
    }
}
