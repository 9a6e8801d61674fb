using System.Globalization;
using NewsNlp.Documents;

namespace NewsNlp.Rendering;

/// <summary>
/// The index page of a batch render (<c>newsnlp render DIR</c>): one row per article with its title linked to its page,
/// its counts and its main speakers; articles that failed are listed with the reason. Self-contained like the article
/// pages (inline CSS, no script, no network).
/// </summary>
public static class HtmlIndexRenderer
{
    private const int SpeakersShown = 5;

    /// <summary>Summarises a processed article for the index page.</summary>
    /// <param name="document">The processed article.</param>
    /// <param name="fileName">Its page's file name, relative to the index.</param>
    public static RenderedArticle Summarize(NewsDocument document, string fileName)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        string[] speakers = [.. document.Speakers.OrderByDescending(s => s.QuoteIds.Count).Select(s => s.CanonicalName)];
        return new RenderedArticle(fileName, HtmlRenderer.TitleOf(document), document.Entities.Count, document.Quotes.Count, speakers);
    }

    /// <summary>Writes the index page of <paramref name="articles"/> (in the order given).</summary>
    public static void Render(IReadOnlyList<RenderedArticle> articles, TextWriter writer, string title = "NewsNlp articles")
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"NewsNlp\">\n<title>");
        HtmlText.Write(writer, title);
        writer.Write("</title>\n<style>\n");
        writer.Write(HtmlStyles.Css);
        writer.Write("</style>\n</head>\n<body>\n<header>\n<h1>");
        HtmlText.Write(writer, title);
        int failed = articles.Count(a => a.Error is not null);
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"</h1>\n<p class=\"summary\">{articles.Count - failed} articles rendered{(failed > 0 ? $", {failed} failed" : "")} · {articles.Sum(a => a.Quotes):N0} quotes · {articles.Sum(a => a.Entities):N0} entity mentions</p>\n</header>\n<main>\n"));
        writer.Write("<table class=\"index\">\n<thead><tr><th>Article</th><th>Quotes</th><th>Entities</th><th>Main speakers</th></tr></thead>\n<tbody>\n");
        foreach (RenderedArticle article in articles)
        {
            writer.Write("<tr><td>");
            if (article.Error is null)
            {
                writer.Write("<a href=\"");
                HtmlText.Write(writer, Uri.EscapeDataString(article.FileName));
                writer.Write("\">");
                HtmlText.Write(writer, article.Title);
                writer.Write("</a>");
            }
            else
            {
                HtmlText.Write(writer, article.Title);
                writer.Write(" <span class=\"count\">(failed: ");
                HtmlText.Write(writer, article.Error);
                writer.Write(")</span>");
            }

            writer.Write(string.Create(CultureInfo.InvariantCulture, $"</td><td>{article.Quotes}</td><td>{article.Entities}</td><td>"));
            HtmlText.Write(writer, string.Join(", ", article.Speakers.Take(SpeakersShown)));
            if (article.Speakers.Count > SpeakersShown)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $" <span class=\"count\">+{article.Speakers.Count - SpeakersShown}</span>"));
            }

            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</main>\n<footer>Rendered by NewsNlp. Offsets, labels and speakers are machine output.</footer>\n</body>\n</html>\n");
    }
}
