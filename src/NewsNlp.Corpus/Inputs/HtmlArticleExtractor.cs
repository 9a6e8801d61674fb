using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace NewsNlp.Corpus.Inputs;

/// <summary>
/// Turns a saved web page into an article with SmartReader (a port of Mozilla Readability): the main text without
/// navigation, adverts and comments, plus the title, byline, publication date and site name the page declares. The text
/// is laid out as paragraphs separated by a blank line (whitespace inside a paragraph collapsed to single spaces), so the
/// pipeline sees paragraphs; the analysis' offsets refer to this text, never to the HTML.
/// </summary>
/// <remarks>Thread-safe: each call parses its own page. Nothing is downloaded (the page is given as a string).</remarks>
public static class HtmlArticleExtractor
{
    /// <summary>The address SmartReader is given when the page's own is unknown (it resolves links against it, nothing more).</summary>
    private const string PlaceholderUrl = "https://localhost/";

    /// <summary>Fewest characters kept from a page SmartReader does not judge readable (its own paragraph minimum, 140).</summary>
    private const int MinUnreadableText = 140;

    /// <summary>Extracts the article of <paramref name="html"/>.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="id">The article id to carry (the file path), or null.</param>
    /// <param name="url">The page's address when known (used for metadata only), or null.</param>
    /// <exception cref="FormatException">SmartReader found no article text in the page.</exception>
    public static ArticleInput Extract(string html, string? id = null, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        string address = url is not null && Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) && parsed.Scheme is "http" or "https" ? url : PlaceholderUrl;
        Article article;
        using (var reader = new Reader(address, html) { Debug = false, CharThreshold = 100 })
        {
            article = reader.GetArticle();
        }

        string text = ArticleText(article.Content);
        // A short page (a few paragraphs) can be below Readability's "readable" heuristics and still have its article
        // found; a page that is not readable and has less than a paragraph of text (a menu, "Home") is refused.
        if (text.Length == 0 || (!article.IsReadable && text.Length < MinUnreadableText))
        {
            string why = article.Errors is { Count: > 0 } errors ? $": {errors[0].Message}" : "";
            throw new FormatException($"no article text found in the page (SmartReader{why})");
        }

        return new ArticleInput
        {
            Id = id,
            Url = url,
            Headline = Clean(article.Title),
            Byline = Clean(article.Byline) ?? Clean(article.Author),
            Published = article.PublicationDate is { } date ? ToOffset(date) : null,
            Source = Clean(article.SiteName),
            Text = text,
            ExtractedFrom = ArticleInput.ExtractedFromHtml,
        };
    }

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "caption", "hr", "br",
    };

    /// <summary>
    /// The text of SmartReader's article HTML: one paragraph per innermost block element (p, li, h2, blockquote …) and per
    /// run of text between blocks, whitespace collapsed, paragraphs joined by a blank line.
    /// </summary>
    internal static string ArticleText(string? contentHtml)
    {
        if (string.IsNullOrWhiteSpace(contentHtml))
        {
            return "";
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument(contentHtml);
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(document.Body ?? (INode)document.DocumentElement, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (INode child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when element.LocalName is "script" or "style" or "noscript" or "template":
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(current, paragraphs);
                    Walk(element, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                default:
                    Walk(child, current, paragraphs);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        string paragraph = Paragraphs(current.ToString());
        current.Clear();
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph.Replace("\n\n", " ", StringComparison.Ordinal));
        }
    }

    /// <summary>SmartReader's plain text as paragraphs: one per non-blank line, whitespace collapsed, joined by a blank line.</summary>
    internal static string Paragraphs(string? plain)
    {
        if (string.IsNullOrWhiteSpace(plain))
        {
            return "";
        }

        var text = new StringBuilder(plain.Length);
        foreach (string line in plain.Split('\n'))
        {
            int before = text.Length;
            bool space = false;
            foreach (char c in line)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = text.Length > before;
                    continue;
                }

                if (space)
                {
                    text.Append(' ');
                    space = false;
                }

                if (text.Length == before && before > 0)
                {
                    text.Append("\n\n");
                    before = text.Length;
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static DateTimeOffset ToOffset(DateTime date) => date.Kind switch
    {
        DateTimeKind.Utc => new DateTimeOffset(date),
        DateTimeKind.Local => new DateTimeOffset(date.ToUniversalTime()),
        _ => new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)),
    };
}
