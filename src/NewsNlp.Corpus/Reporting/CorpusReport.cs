using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using NewsNlp.Corpus.Queries;
using NewsNlp.Documents;
using NewsNlp.Serialization;
using NewsNlp.Stance;

namespace NewsNlp.Corpus.Reporting;

/// <summary>
/// A self-contained HTML page about a corpus (any <see cref="ICorpusIndex"/>): the most quoted speakers, their latest
/// quotes, who talks about whom, each speaker's stance toward given claims, and a timeline chart drawn as inline SVG. No
/// script, no stylesheet or font from the network: the file opens offline.
/// </summary>
public static class CorpusReport
{
    private static readonly string[] Colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"];

    /// <summary>Gathers the figures from <paramref name="index"/> and renders the page.</summary>
    public static async Task<string> RenderAsync(ICorpusIndex index, CorpusReportOptions? options = null, IStanceClassifier? classifier = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        options ??= new CorpusReportOptions();
        CorpusSummary summary = await index.GetSummaryAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<SpeakerCount> speakers = await index.GetTopSpeakersAsync(options.Range, options.TopSpeakers, cancellationToken).ConfigureAwait(false);
        var quotes = new Dictionary<long, IReadOnlyList<StoredQuote>>();
        var timelines = new Dictionary<long, IReadOnlyList<TimelinePoint>>();
        foreach (SpeakerCount s in speakers)
        {
            quotes[s.SpeakerId] = await index.GetQuotesAsync(new QuoteQuery { SpeakerId = s.SpeakerId, Range = options.Range, Limit = options.QuotesPerSpeaker }, cancellationToken).ConfigureAwait(false);
        }

        foreach (SpeakerCount s in speakers.Take(options.TimelineSpeakers))
        {
            timelines[s.SpeakerId] = await index.GetTimelineAsync(s.SpeakerId, options.Interval, options.Range, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<EntityCount> subjects = await index.GetTopSubjectsAsync(options.Range, options.TopSubjects, cancellationToken).ConfigureAwait(false);
        var talk = new Dictionary<(long Speaker, long Subject), long>();
        foreach (EntityCount subject in subjects)
        {
            foreach (SpeakerCount s in await index.GetWhoTalksAboutAsync(subject.EntityId, options.Range, 1000, cancellationToken).ConfigureAwait(false))
            {
                talk[(s.SpeakerId, subject.EntityId)] = s.Quotes;
            }
        }

        var stances = new Dictionary<(long Speaker, string Claim), CorpusSpeakerStance>();
        if (options.Claims.Count > 0)
        {
            var stance = new CorpusStance(index, classifier);
            foreach (SpeakerCount s in speakers)
            {
                foreach (string claim in options.Claims.Where(c => !string.IsNullOrWhiteSpace(c)))
                {
                    stances[(s.SpeakerId, claim.Trim())] = await stance.OfSpeakerAsync(s.SpeakerId, claim, options.Range, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return Render(options, summary, speakers, quotes, timelines, subjects, talk, stances);
    }

    private static string Render(
        CorpusReportOptions options, CorpusSummary summary, IReadOnlyList<SpeakerCount> speakers, Dictionary<long, IReadOnlyList<StoredQuote>> quotes,
        Dictionary<long, IReadOnlyList<TimelinePoint>> timelines, IReadOnlyList<EntityCount> subjects, Dictionary<(long, long), long> talk,
        Dictionary<(long, string), CorpusSpeakerStance> stances)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(options.Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(options.Title)).Append("</h1>\n");
        html.Append("<p class=\"summary\">").Append(summary.Articles.ToString("N0", CultureInfo.InvariantCulture)).Append(" articles, ")
            .Append(summary.Quotes.ToString("N0", CultureInfo.InvariantCulture)).Append(" quotes, ")
            .Append(summary.Speakers.ToString("N0", CultureInfo.InvariantCulture)).Append(" named speakers");
        if (summary.FirstPublished is { } first && summary.LastPublished is { } last)
        {
            html.Append(", published ").Append(Day(first)).Append(" to ").Append(Day(last));
        }

        if (!options.Range.IsAll)
        {
            html.Append("; this report covers ").Append(options.Range.From is { } f ? Day(f) : "the start").Append(" to ").Append(options.Range.To is { } t ? Day(t) : "the end");
        }

        html.Append(".</p>\n");

        TopSpeakers(html, speakers);
        Timeline(html, speakers, timelines, options.Interval);
        WhoTalksAboutWhom(html, speakers, subjects, talk);
        if (options.Claims.Count > 0)
        {
            Stances(html, speakers, options.Claims, stances);
        }

        SpeakerQuotes(html, speakers, quotes);
        html.Append("<footer>Made by NewsNlp from the stored quotes; speakers are merged across articles by name and type. Stances are computed by the short-text stance model when the report is made.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void TopSpeakers(StringBuilder html, IReadOnlyList<SpeakerCount> speakers)
    {
        html.Append("<section id=\"top-speakers\">\n<h2>Most quoted speakers</h2>\n");
        if (speakers.Count == 0)
        {
            html.Append("<p>No named speaker in this period.</p>\n</section>\n");
            return;
        }

        long max = speakers.Max(s => s.Quotes);
        html.Append("<table>\n<thead><tr><th>speaker</th><th>type</th><th class=\"n\">quotes</th><th class=\"n\">articles</th><th></th></tr></thead>\n<tbody>\n");
        foreach (SpeakerCount s in speakers)
        {
            double width = 100.0 * s.Quotes / Math.Max(1, max);
            html.Append("<tr><td><a href=\"#speaker-").Append(s.SpeakerId).Append("\">").Append(E(s.Name)).Append("</a></td><td>").Append(WireNames.Of(s.Type))
                .Append("</td><td class=\"n\">").Append(s.Quotes).Append("</td><td class=\"n\">").Append(s.Articles)
                .Append("</td><td class=\"bar\"><span style=\"width:").Append(width.ToString("F1", CultureInfo.InvariantCulture)).Append("%\"></span></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Timeline(StringBuilder html, IReadOnlyList<SpeakerCount> speakers, Dictionary<long, IReadOnlyList<TimelinePoint>> timelines, TimelineInterval interval)
    {
        html.Append("<section id=\"timeline\">\n<h2>Quotes per ").Append(interval.ToString().ToLowerInvariant()).Append("</h2>\n");
        DateOnly[] periods = [.. timelines.Values.SelectMany(p => p).Select(p => p.PeriodStart).Distinct().Order()];
        if (periods.Length == 0)
        {
            html.Append("<p>No dated quotes to draw.</p>\n</section>\n");
            return;
        }

        const int Width = 760, Height = 260, Left = 44, Right = 12, Top = 12, Bottom = 46;
        long max = Math.Max(1, timelines.Values.SelectMany(p => p).Max(p => p.Quotes));
        double X(int i) => periods.Length == 1 ? Left + ((Width - Left - Right) / 2.0) : Left + (i * (Width - Left - Right) / (double)(periods.Length - 1));
        double Y(long v) => Top + ((Height - Top - Bottom) * (1 - (v / (double)max)));
        var inv = CultureInfo.InvariantCulture;
        html.Append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\" width=\"").Append(Width).Append("\" height=\"").Append(Height)
            .Append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>Quotes per ").Append(interval.ToString().ToLowerInvariant()).Append(" of the most quoted speakers</title>\n");
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" class=\"axis\"/><line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" class=\"axis\"/>\n");
        foreach (long tick in new[] { 0, max / 2, max }.Distinct())
        {
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Y(tick) + 4:F1}\" text-anchor=\"end\" class=\"tick\">{tick}</text>\n");
        }

        int labelEvery = Math.Max(1, (int)Math.Ceiling(periods.Length / 8.0));
        for (int i = 0; i < periods.Length; i += labelEvery)
        {
            string label = interval == TimelineInterval.Month ? periods[i].ToString("yyyy-MM", inv) : periods[i].ToString("yyyy-MM-dd", inv);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" class=\"tick\">{label}</text>\n");
        }

        int colour = 0;
        var legend = new StringBuilder();
        foreach (SpeakerCount s in speakers.Where(s => timelines.ContainsKey(s.SpeakerId)))
        {
            var counts = timelines[s.SpeakerId].ToDictionary(p => p.PeriodStart, p => p.Quotes);
            string c = Colours[colour++ % Colours.Length];
            var points = new StringBuilder();
            for (int i = 0; i < periods.Length; i++)
            {
                long v = counts.GetValueOrDefault(periods[i]);
                points.Append(CultureInfo.InvariantCulture, $"{X(i):F1},{Y(v):F1} ");
                if (v > 0)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):F1}\" cy=\"{Y(v):F1}\" r=\"3\" fill=\"{c}\"><title>{E(s.Name)}, {periods[i].ToString("yyyy-MM-dd", inv)}: {v}</title></circle>\n");
                }
            }

            html.Append("<polyline class=\"series\" fill=\"none\" stroke=\"").Append(c).Append("\" points=\"").Append(points.ToString().TrimEnd()).Append("\"/>\n");
            legend.Append("<li><span class=\"swatch\" style=\"background:").Append(c).Append("\"></span>").Append(E(s.Name)).Append("</li>");
        }

        html.Append("</svg>\n<ul class=\"legend\">").Append(legend).Append("</ul>\n</section>\n");
    }

    private static void WhoTalksAboutWhom(StringBuilder html, IReadOnlyList<SpeakerCount> speakers, IReadOnlyList<EntityCount> subjects, Dictionary<(long, long), long> talk)
    {
        html.Append("<section id=\"who-about-whom\">\n<h2>Who talks about whom</h2>\n");
        if (subjects.Count == 0 || speakers.Count == 0)
        {
            html.Append("<p>No quote names an entity in this period.</p>\n</section>\n");
            return;
        }

        long max = Math.Max(1, talk.Count == 0 ? 1 : talk.Values.Max());
        html.Append("<p class=\"note\">Quotes of each speaker (rows) whose words name each of the most talked-about people, organisations and places (columns).</p>\n<table class=\"matrix\">\n<thead><tr><th>speaker</th>");
        foreach (EntityCount subject in subjects)
        {
            html.Append("<th title=\"").Append(E($"{subject.Quotes} quotes by {subject.Speakers} speakers")).Append("\">").Append(E(subject.Name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (SpeakerCount s in speakers)
        {
            html.Append("<tr><td>").Append(E(s.Name)).Append("</td>");
            foreach (EntityCount subject in subjects)
            {
                long n = talk.GetValueOrDefault((s.SpeakerId, subject.EntityId));
                double alpha = n == 0 ? 0 : 0.15 + (0.85 * n / max);
                html.Append("<td class=\"n cell\" style=\"background:rgba(31,119,180,").Append(alpha.ToString("F2", CultureInfo.InvariantCulture)).Append(")\">")
                    .Append(n == 0 ? "" : n.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Stances(StringBuilder html, IReadOnlyList<SpeakerCount> speakers, IReadOnlyList<string> claims, Dictionary<(long, string), CorpusSpeakerStance> stances)
    {
        string[] targets = [.. claims.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim())];
        html.Append("<section id=\"stances\">\n<h2>Stance toward the claims</h2>\n<ol class=\"claims\">");
        foreach (string claim in targets)
        {
            html.Append("<li>").Append(E(claim)).Append("</li>");
        }

        html.Append("</ol>\n<table>\n<thead><tr><th>speaker</th>");
        for (int i = 0; i < targets.Length; i++)
        {
            html.Append("<th>claim ").Append(i + 1).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (SpeakerCount s in speakers)
        {
            html.Append("<tr><td>").Append(E(s.Name)).Append("</td>");
            foreach (string claim in targets)
            {
                CorpusSpeakerStance st = stances[(s.SpeakerId, claim)];
                string label = st.Label == StanceLabel.Unrelated ? "no stance" : st.Label.ToFncString();
                string evidence = st.Evidence.Count == 0 ? "no quote addresses the claim" : "“" + Clip(st.Evidence[0].Quote.Text, 240) + "”";
                string tip = string.Create(CultureInfo.InvariantCulture, $"agree {st.Probabilities[0]:F2}, disagree {st.Probabilities[1]:F2}, discuss {st.Probabilities[2]:F2}, unrelated {st.Probabilities[3]:F2}; {st.Evidence.Count} of {st.QuotesRead} quotes address it. {evidence}");
                html.Append("<td><span class=\"badge st-").Append(st.Label == StanceLabel.Unrelated ? "none" : st.Label.ToFncString()).Append("\" title=\"").Append(E(tip)).Append("\">").Append(label).Append("</span></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void SpeakerQuotes(StringBuilder html, IReadOnlyList<SpeakerCount> speakers, Dictionary<long, IReadOnlyList<StoredQuote>> quotes)
    {
        html.Append("<section id=\"quotes\">\n<h2>Latest quotes of each speaker</h2>\n");
        foreach (SpeakerCount s in speakers)
        {
            html.Append("<article class=\"speaker\" id=\"speaker-").Append(s.SpeakerId).Append("\">\n<h3>").Append(E(s.Name)).Append(" <small>")
                .Append(s.Quotes).Append(" quotes in ").Append(s.Articles).Append(" articles</small></h3>\n<ul class=\"quotes\">\n");
            foreach (StoredQuote q in quotes[s.SpeakerId])
            {
                html.Append("<li><blockquote>").Append(E(q.Text)).Append("</blockquote><div class=\"meta\">");
                html.Append(q.Published is { } p ? Day(p) : "undated").Append(" · ").Append(E(q.Headline ?? q.ArticleId));
                if (q.About.Count > 0)
                {
                    html.Append(" · about ").Append(E(string.Join(", ", q.About)));
                }

                html.Append("</div></li>\n");
            }

            html.Append("</ul>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private static string Day(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private const string Style = """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 1000px; margin: 2em auto; padding: 0 1em; color: #222; }
        h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { margin-top: 1.8em; border-bottom: 1px solid #ddd; } h3 small { color: #666; font-weight: normal; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .25em .5em; border-bottom: 1px solid #eee; vertical-align: top; }
        td.n, th.n { text-align: right; } td.bar { width: 30%; } td.bar span { display: inline-block; height: .8em; background: #1f77b4; }
        .matrix th { font-size: .85em; } .matrix td.cell { text-align: center; }
        .chart .axis { stroke: #888; } .chart .tick { font-size: 11px; fill: #555; } .chart .series { stroke-width: 2; }
        .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1em; } .swatch { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: middle; }
        .badge { padding: .1em .5em; border-radius: .8em; font-size: .85em; cursor: help; } .st-agree { background: #c7ecc7; } .st-disagree { background: #f6c4c4; }
        .st-discuss { background: #f3e3b0; } .st-none { background: #eee; color: #666; }
        blockquote { margin: .2em 0; } .quotes { padding-left: 1em; } .quotes li { margin-bottom: .6em; } .meta, .note, .summary, footer { color: #666; font-size: .9em; }
        footer { margin-top: 3em; border-top: 1px solid #ddd; padding-top: .5em; }
        """;
}
