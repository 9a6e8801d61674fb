using System.Globalization;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Serialization;

namespace NewsNlp.Rendering;

/// <summary>
/// The speaker table: each speaker with their quotes, plus a column and quote badges from each package layer that shows
/// one (<see cref="HtmlLayerView"/>, e.g. stance), then the layers' own sections.
/// </summary>
internal static class SpeakerTable
{
    internal const int MaxQuoteChars = 400;

    public static void Write(NewsDocument document, SpeakerColours speakers, IReadOnlyList<HtmlLayerView> views, TextWriter writer)
    {
        if (document.Quotes.Count == 0 && document.Speakers.Count == 0)
        {
            return;
        }

        var quotesById = new Dictionary<int, Quote>();
        foreach (Quote q in document.Quotes)
        {
            quotesById.TryAdd(q.Id, q);
        }

        HtmlLayerView[] columns = [.. views.Where(v => v.SpeakerColumnTitle is not null)];
        writer.Write("<section id=\"speakers\">\n<h2>Speakers</h2>\n<table class=\"speakers\">\n<thead><tr><th>Speaker</th><th>Type</th>");
        foreach (HtmlLayerView column in columns)
        {
            writer.Write("<th>");
            HtmlText.Write(writer, column.SpeakerColumnTitle!);
            writer.Write("</th>");
        }

        writer.Write("<th>Quotes</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < document.Speakers.Count; i++)
        {
            Speaker speaker = document.Speakers[i];
            string cls = SpeakerColours.ClassOfIndex(i);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<tr class=\"speaker {cls}\" data-speaker=\"{speaker.Id}\"><td><span class=\"swatch {cls}\"></span>"));
            HtmlText.Write(writer, speaker.CanonicalName);
            writer.Write("</td><td>");
            writer.Write(speaker.Type is { } type ? WireNames.Of(type) : "—");
            writer.Write("</td><td>");
            foreach (HtmlLayerView column in columns)
            {
                column.WriteSpeakerCell(speaker, writer);
                writer.Write("</td><td>");
            }

            WriteQuotes(document, speaker.QuoteIds.Select(id => quotesById.GetValueOrDefault(id)).OfType<Quote>(), views, cls, writer);
            writer.Write("</td></tr>\n");
        }

        Quote[] unattributed = [.. document.Quotes.Where(q => q.SpeakerId is null || !document.Speakers.Any(s => s.Id == q.SpeakerId))];
        if (unattributed.Length > 0)
        {
            writer.Write($"<tr class=\"speaker {SpeakerColours.NoSpeakerClass}\"><td><span class=\"swatch {SpeakerColours.NoSpeakerClass}\"></span>(unattributed)</td><td>—</td><td>");
            foreach (HtmlLayerView column in columns)
            {
                column.WriteUnattributedCell(writer);
                writer.Write("</td><td>");
            }

            WriteQuotes(document, unattributed, views, SpeakerColours.NoSpeakerClass, writer);
            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>The layers' sections; when targets were given but no stage produced stances, a section that says so.</summary>
    public static void WriteSections(NewsDocument document, IReadOnlyList<HtmlLayerView> views, TextWriter writer)
    {
        foreach (HtmlLayerView view in views)
        {
            view.WriteSection(writer);
        }

        if (document.Metadata.StanceTargets.Count > 0 && !document.Has(AnnotationNames.Stances))
        {
            writer.Write("<section id=\"stance\">\n<h2>Stance of the article</h2>\n<table class=\"stances\">\n<thead><tr><th>Target</th><th>Stance</th></tr></thead>\n<tbody>\n");
            writer.Write("<tr><td colspan=\"2\">Targets were given but no stance stage ran.</td></tr>\n");
            writer.Write("</tbody>\n</table>\n</section>\n");
        }
    }

    /// <summary>The views of the document's layers that show something on the page, in the order the layers were added.</summary>
    public static List<HtmlLayerView> ViewsOf(NewsDocument document)
    {
        var views = new List<HtmlLayerView>();
        foreach (LayerKey key in document.LayerKeys)
        {
            if (key.Html?.Invoke(document) is { } view)
            {
                views.Add(view);
            }
        }

        return views;
    }

    internal static string Excerpt(NewsDocument document, Quote q)
    {
        IEnumerable<string> parts = q.Content
            .Where(s => s.Start >= 0 && s.End <= document.Text.Length && s.Start < s.End)
            .Select(s => document.GetText(s).ReplaceLineEndings(" "));
        return Shorten(string.Join(" … ", parts), MaxQuoteChars);
    }

    internal static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static void WriteQuotes(NewsDocument document, IEnumerable<Quote> quotes, IReadOnlyList<HtmlLayerView> views, string cls, TextWriter writer)
    {
        writer.Write("<ol>");
        foreach (Quote q in quotes)
        {
            string kind = WireNames.Of(q.Kind);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<li><span class=\"quote q-{kind} {cls}\" data-quote=\"{q.Id}\">"));
            HtmlText.Write(writer, Excerpt(document, q));
            writer.Write($"</span><span class=\"kind\">{kind}</span>");
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<span class=\"conf\">{q.Confidence:0.00}</span>"));
            foreach (HtmlLayerView view in views)
            {
                view.WriteQuoteBadges(q, writer);
            }

            writer.Write("</li>");
        }

        writer.Write("</ol>");
    }
}
