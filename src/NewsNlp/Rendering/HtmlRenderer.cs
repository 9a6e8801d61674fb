using System.Globalization;
using NewsNlp.Documents;
using NewsNlp.Serialization;

namespace NewsNlp.Rendering;

/// <summary>
/// Renders a processed <see cref="NewsDocument"/> as one self-contained HTML page (inline CSS, no script, no network):
/// entities highlighted by type, quotes coloured by speaker with their cue and source marked, a speaker table with each
/// speaker's quotes and stances, the article's stance toward each target, and the entities by type.
/// All document text is HTML-escaped.
/// </summary>
public static class HtmlRenderer
{
    /// <summary>Renders <paramref name="document"/> to a string.</summary>
    public static string Render(NewsDocument document, HtmlRenderOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(document, writer, options);
        return writer.ToString();
    }

    /// <summary>Renders <paramref name="document"/> to <paramref name="writer"/>.</summary>
    public static void Render(NewsDocument document, TextWriter writer, HtmlRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= HtmlRenderOptions.Default;
        var speakers = new SpeakerColours(document);
        string title = TitleOf(document, options);

        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"NewsNlp\">\n<title>");
        HtmlText.Write(writer, title);
        writer.Write("</title>\n<style>\n");
        writer.Write(HtmlStyles.Css);
        writer.Write(speakers.Css());
        WriteToggleLabelCss(document, writer);
        writer.Write("</style>\n</head>\n<body>\n");
        WriteToggles(document, writer);
        writer.Write("<header>\n<h1>");
        HtmlText.Write(writer, title);
        writer.Write("</h1>\n");
        WriteSummary(document, writer);
        WriteLegend(document, speakers, writer);
        writer.Write("</header>\n<main>\n<article class=\"text\" id=\"text\">");
        ArticleMarkup.Write(document, speakers, writer);
        writer.Write("</article>\n");
        if (options.IncludeSpeakerTable)
        {
            List<HtmlLayerView> views = SpeakerTable.ViewsOf(document);
            SpeakerTable.Write(document, speakers, views, writer);
            SpeakerTable.WriteSections(document, views, writer);
        }

        if (options.IncludeEntityList)
        {
            WriteEntityList(document, writer);
        }

        writer.Write("</main>\n<footer>Rendered by NewsNlp. Offsets, labels and speakers are machine output.</footer>\n</body>\n</html>\n");
    }

    /// <summary>The page title <see cref="Render(NewsDocument, TextWriter, HtmlRenderOptions?)"/> uses for <paramref name="document"/>.</summary>
    public static string TitleOf(NewsDocument document) => TitleOf(document, HtmlRenderOptions.Default);

    private static string TitleOf(NewsDocument document, HtmlRenderOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Title))
        {
            return options.Title;
        }

        if (!string.IsNullOrWhiteSpace(document.Metadata.Headline))
        {
            return document.Metadata.Headline;
        }

        ReadOnlySpan<char> text = document.Text.AsSpan().TrimStart();
        int newline = text.IndexOfAny('\n', '\r');
        ReadOnlySpan<char> first = (newline < 0 ? text : text[..newline]).Trim();
        if (first.Length > 0)
        {
            return first.Length <= 120 ? first.ToString() : string.Concat(first[..117], "…");
        }

        return document.Metadata.Id ?? "NewsNlp document";
    }

    private static void WriteSummary(NewsDocument document, TextWriter writer)
    {
        writer.Write("<p class=\"summary\">");
        if (document.Metadata.Id is { } id)
        {
            writer.Write("<span class=\"doc-id\">");
            HtmlText.Write(writer, id);
            writer.Write("</span> · ");
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"{document.Text.Length:N0} characters · {document.Sentences.Count} sentences · {document.Entities.Count} entities · {document.Quotes.Count} quotes · {document.Speakers.Count} speakers"));
        writer.Write("</p>\n");
    }

    /// <summary>The ids of the page's show/hide checkboxes: one per entity type, one per speaker, one for unattributed quotes.</summary>
    private static IEnumerable<string> ToggleIds(NewsDocument document)
    {
        foreach (EntityType type in Enum.GetValues<EntityType>())
        {
            yield return "show-ent-" + WireNames.Of(type).ToLowerInvariant();
        }

        if (document.Quotes.Count > 0)
        {
            for (int i = 0; i < document.Speakers.Count; i++)
            {
                yield return "show-" + SpeakerColours.ClassOfIndex(i);
            }

            yield return "show-" + SpeakerColours.NoSpeakerClass;
        }
    }

    /// <summary>
    /// The toggles are checkboxes placed before <c>main</c> so CSS alone (<c>#show-x:not(:checked) ~ main …</c>) hides a
    /// type's or a speaker's highlights: the page needs no script, and its Content-Security-Policy forbids any.
    /// </summary>
    private static void WriteToggles(NewsDocument document, TextWriter writer)
    {
        foreach (string id in ToggleIds(document))
        {
            writer.Write($"<input type=\"checkbox\" class=\"toggle\" id=\"{id}\" checked>\n");
        }
    }

    /// <summary>A switched-off toggle's legend label is struck through.</summary>
    private static void WriteToggleLabelCss(NewsDocument document, TextWriter writer)
    {
        foreach (string id in ToggleIds(document))
        {
            writer.Write($"body:has(#{id}:not(:checked)) label[for={id}]{{opacity:.5;text-decoration:line-through}}\n");
        }
    }

    private static void WriteLegend(NewsDocument document, SpeakerColours speakers, TextWriter writer)
    {
        writer.Write("<div class=\"legend\"><span class=\"legend-title\">Entities (click to hide):</span> ");
        foreach (EntityType type in Enum.GetValues<EntityType>())
        {
            string name = WireNames.Of(type);
            string lower = name.ToLowerInvariant();
            writer.Write($"<label class=\"switch ent ent-{lower}\" for=\"show-ent-{lower}\" title=\"{ArticleMarkup.ShortLabel(type)}: show or hide {name} highlights\">{name}</label> ");
        }

        if (document.Quotes.Count > 0)
        {
            writer.Write("<span class=\"legend-title\">Quotes by speaker:</span> ");
            for (int i = 0; i < document.Speakers.Count; i++)
            {
                string cls = SpeakerColours.ClassOfIndex(i);
                writer.Write($"<label class=\"switch quote {cls}\" for=\"show-{cls}\">");
                HtmlText.Write(writer, document.Speakers[i].CanonicalName);
                writer.Write("</label> ");
            }

            writer.Write($"<label class=\"switch quote {SpeakerColours.NoSpeakerClass}\" for=\"show-{SpeakerColours.NoSpeakerClass}\">unattributed</label> ");
            writer.Write("<span class=\"cue\">cue</span> <span class=\"src\">source</span>");
        }

        writer.Write("</div>\n");
    }

    /// <summary>A mention's name in the entity list: its cluster's canonical name when linked, else its own text.</summary>
    private static string NameOf(EntityMention mention, Dictionary<int, string> clusters) =>
        mention.EntityId >= 0 && clusters.TryGetValue(mention.EntityId, out string? name) ? name : mention.Text;

    private static void WriteEntityList(NewsDocument document, TextWriter writer)
    {
        if (document.Entities.Count == 0)
        {
            return;
        }

        var clusters = new Dictionary<int, string>();
        foreach (DocumentEntity cluster in document.EntityClusters)
        {
            clusters.TryAdd(cluster.Id, cluster.CanonicalName);
        }

        writer.Write("<section id=\"entities\">\n<h2>Entities</h2>\n<table class=\"entities\">\n<thead><tr><th>Type</th><th>Names (mentions; linked mentions counted under the fullest name)</th></tr></thead>\n<tbody>\n");
        foreach (IGrouping<EntityType, EntityMention> group in document.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            string name = WireNames.Of(group.Key);
            writer.Write($"<tr><td><span class=\"ent ent-{name.ToLowerInvariant()}\">{name}</span></td><td>");
            bool first = true;
            foreach (IGrouping<string, EntityMention> byText in group.GroupBy(e => NameOf(e, clusters), StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                if (!first)
                {
                    writer.Write(", ");
                }

                first = false;
                HtmlText.Write(writer, byText.Key);
                writer.Write(string.Create(CultureInfo.InvariantCulture, $" <span class=\"count\">({byText.Count()})</span>"));
            }

            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }
}
