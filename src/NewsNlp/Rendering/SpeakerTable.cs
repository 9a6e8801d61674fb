using System.Globalization;
using NewsNlp.Documents;
using NewsNlp.Serialization;

namespace NewsNlp.Rendering;

/// <summary>The speaker table (each speaker's quotes and their stances) and the article's stance toward each target.</summary>
internal static class SpeakerTable
{
    private const int MaxQuoteChars = 400;

    public static void Write(NewsDocument document, SpeakerColours speakers, TextWriter writer)
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

        ILookup<int, StanceAnnotation> stancesByQuote = document.Stances.Where(s => s.QuoteId is not null).ToLookup(s => s.QuoteId!.Value);
        writer.Write("<section id=\"speakers\">\n<h2>Speakers</h2>\n<table class=\"speakers\">\n<thead><tr><th>Speaker</th><th>Type</th><th>Quotes</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < document.Speakers.Count; i++)
        {
            Speaker speaker = document.Speakers[i];
            string cls = SpeakerColours.ClassOfIndex(i);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<tr class=\"speaker {cls}\" data-speaker=\"{speaker.Id}\"><td><span class=\"swatch {cls}\"></span>"));
            HtmlText.Write(writer, speaker.CanonicalName);
            writer.Write("</td><td>");
            writer.Write(speaker.Type is { } type ? WireNames.Of(type) : "—");
            writer.Write("</td><td>");
            WriteQuotes(document, speaker.QuoteIds.Select(id => quotesById.GetValueOrDefault(id)).OfType<Quote>(), stancesByQuote, cls, writer);
            writer.Write("</td></tr>\n");
        }

        Quote[] unattributed = [.. document.Quotes.Where(q => q.SpeakerId is null || !document.Speakers.Any(s => s.Id == q.SpeakerId))];
        if (unattributed.Length > 0)
        {
            writer.Write($"<tr class=\"speaker {SpeakerColours.NoSpeakerClass}\"><td><span class=\"swatch {SpeakerColours.NoSpeakerClass}\"></span>(unattributed)</td><td>—</td><td>");
            WriteQuotes(document, unattributed, stancesByQuote, SpeakerColours.NoSpeakerClass, writer);
            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    public static void WriteBodyStances(NewsDocument document, TextWriter writer)
    {
        StanceAnnotation[] body = [.. document.Stances.Where(s => s.QuoteId is null)];
        if (body.Length == 0 && document.Metadata.StanceTargets.Count == 0)
        {
            return;
        }

        writer.Write("<section id=\"stance\">\n<h2>Stance of the article</h2>\n<table class=\"stances\">\n<thead><tr><th>Target</th><th>Stance</th></tr></thead>\n<tbody>\n");
        foreach (StanceAnnotation s in body)
        {
            writer.Write("<tr><td>");
            HtmlText.Write(writer, s.Target);
            writer.Write("</td><td>");
            WriteStance(s, writer, withTarget: false);
            writer.Write("</td></tr>\n");
        }

        if (body.Length == 0)
        {
            writer.Write("<tr><td colspan=\"2\">Targets were given but no stance stage ran.</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteQuotes(NewsDocument document, IEnumerable<Quote> quotes, ILookup<int, StanceAnnotation> stances, string cls, TextWriter writer)
    {
        writer.Write("<ol>");
        foreach (Quote q in quotes)
        {
            string kind = WireNames.Of(q.Kind);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<li><span class=\"quote q-{kind} {cls}\" data-quote=\"{q.Id}\">"));
            HtmlText.Write(writer, Excerpt(document, q));
            writer.Write($"</span><span class=\"kind\">{kind}</span>");
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"<span class=\"conf\">{q.Confidence:0.00}</span>"));
            foreach (StanceAnnotation s in stances[q.Id])
            {
                writer.Write(' ');
                WriteStance(s, writer, withTarget: true);
            }

            writer.Write("</li>");
        }

        writer.Write("</ol>");
    }

    private static void WriteStance(StanceAnnotation s, TextWriter writer, bool withTarget)
    {
        string label = WireNames.Of(s.Label);
        double p = (int)s.Label < s.Probabilities.Count ? s.Probabilities[(int)s.Label] : 0;
        writer.Write($"<span class=\"stance stance-{label}\" title=\"");
        HtmlText.Write(writer, s.Target);
        writer.Write("\">");
        if (withTarget)
        {
            HtmlText.Write(writer, Shorten(s.Target, 60));
            writer.Write(": ");
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{label} ({p:0.00})</span>"));
    }

    private static string Excerpt(NewsDocument document, Quote q)
    {
        IEnumerable<string> parts = q.Content
            .Where(s => s.Start >= 0 && s.End <= document.Text.Length && s.Start < s.End)
            .Select(s => document.GetText(s).ReplaceLineEndings(" "));
        return Shorten(string.Join(" … ", parts), MaxQuoteChars);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
