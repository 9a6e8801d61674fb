using System.Globalization;
using NewsNlp.Documents;
using NewsNlp.Serialization;

namespace NewsNlp.Rendering;

/// <summary>
/// The speaker table (each speaker's stance per target as one badge, evidence quotes on hover, then their quotes with a
/// compact stance badge each) and the article's stance toward each target. Targets are written once, in the stance section,
/// and referred to as T1, T2… elsewhere when there are several.
/// </summary>
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
        ILookup<int, StanceAnnotation> stancesBySpeaker = document.Stances.Where(s => s.SpeakerId is not null).ToLookup(s => s.SpeakerId!.Value);
        List<string> targets = Targets(document);
        bool stanceColumn = stancesBySpeaker.Count > 0;
        writer.Write("<section id=\"speakers\">\n<h2>Speakers</h2>\n<table class=\"speakers\">\n<thead><tr><th>Speaker</th><th>Type</th>");
        writer.Write(stanceColumn ? "<th>Stance</th>" : string.Empty);
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
            if (stanceColumn)
            {
                WriteSpeakerStances(document, stancesBySpeaker[speaker.Id], quotesById, targets, writer);
                writer.Write("</td><td>");
            }

            WriteQuotes(document, speaker.QuoteIds.Select(id => quotesById.GetValueOrDefault(id)).OfType<Quote>(), stancesByQuote, targets, cls, writer);
            writer.Write("</td></tr>\n");
        }

        Quote[] unattributed = [.. document.Quotes.Where(q => q.SpeakerId is null || !document.Speakers.Any(s => s.Id == q.SpeakerId))];
        if (unattributed.Length > 0)
        {
            writer.Write($"<tr class=\"speaker {SpeakerColours.NoSpeakerClass}\"><td><span class=\"swatch {SpeakerColours.NoSpeakerClass}\"></span>(unattributed)</td><td>—</td><td>");
            writer.Write(stanceColumn ? "—</td><td>" : string.Empty);
            WriteQuotes(document, unattributed, stancesByQuote, targets, SpeakerColours.NoSpeakerClass, writer);
            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    public static void WriteBodyStances(NewsDocument document, TextWriter writer)
    {
        StanceAnnotation[] body = [.. document.Stances.Where(s => s.QuoteId is null && s.SpeakerId is null)];
        if (body.Length == 0 && document.Metadata.StanceTargets.Count == 0)
        {
            return;
        }

        List<string> targets = Targets(document);
        writer.Write("<section id=\"stance\">\n<h2>Stance of the article</h2>\n<table class=\"stances\">\n<thead><tr><th>Target</th><th>Stance</th></tr></thead>\n<tbody>\n");
        foreach (StanceAnnotation s in body)
        {
            writer.Write("<tr><td>");
            if (targets.Count > 1)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"<b>T{IndexOf(targets, s.Target) + 1}</b> "));
            }

            HtmlText.Write(writer, s.Target);
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

    /// <summary>One badge per target: the speaker's stance, with the target and the evidence quotes in the hover text.</summary>
    private static void WriteSpeakerStances(NewsDocument document, IEnumerable<StanceAnnotation> stances, Dictionary<int, Quote> quotesById, IReadOnlyList<string> targets, TextWriter writer)
    {
        bool any = false;
        foreach (StanceAnnotation s in stances)
        {
            var hover = new System.Text.StringBuilder(s.Target);
            if (s.EvidenceQuoteIds.Count == 0)
            {
                hover.Append("\nNone of this speaker's quotes addresses the target.");
            }

            foreach (int id in s.EvidenceQuoteIds.Take(3))
            {
                if (quotesById.TryGetValue(id, out Quote? q))
                {
                    hover.Append("\n\u201C").Append(Shorten(Excerpt(document, q), 160)).Append('\u201D');
                }
            }

            writer.Write(any ? " " : string.Empty);
            WriteStance(s, writer, TargetTag(targets, s.Target), hover.ToString(), noStance: s.Label == StanceLabel.Unrelated);
            any = true;
        }

        if (!any)
        {
            writer.Write("—");
        }
    }

    private static List<string> Targets(NewsDocument document)
    {
        var targets = new List<string>();
        foreach (StanceAnnotation s in document.Stances)
        {
            if (!targets.Contains(s.Target))
            {
                targets.Add(s.Target);
            }
        }

        return targets;
    }

    private static int IndexOf(IReadOnlyList<string> targets, string target)
    {
        for (int i = 0; i < targets.Count; i++)
        {
            if (targets[i] == target)
            {
                return i;
            }
        }

        return -1;
    }

    private static string TargetTag(IReadOnlyList<string> targets, string target) =>
        targets.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"T{IndexOf(targets, target) + 1} ") : string.Empty;

    private static void WriteQuotes(NewsDocument document, IEnumerable<Quote> quotes, ILookup<int, StanceAnnotation> stances, IReadOnlyList<string> targets, string cls, TextWriter writer)
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
                string hover = s.DrivingWords.Count == 0 ? s.Target : s.Target + "\nDriven by: " + string.Join(", ", s.DrivingWords);
                WriteStance(s, writer, TargetTag(targets, s.Target), hover);
            }

            writer.Write("</li>");
        }

        writer.Write("</ol>");
    }

    private static void WriteStance(StanceAnnotation s, TextWriter writer, string tag, string hover, bool noStance = false)
    {
        string label = WireNames.Of(s.Label);
        double p = (int)s.Label < s.Probabilities.Count ? s.Probabilities[(int)s.Label] : 0;
        writer.Write($"<span class=\"stance stance-{label}\" title=\"");
        HtmlText.Write(writer, hover);
        writer.Write("\">");
        HtmlText.Write(writer, tag);
        writer.Write(noStance ? "no stance" : string.Create(CultureInfo.InvariantCulture, $"{label} ({p:0.00})"));
        writer.Write("</span>");
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
