using System.Text.RegularExpressions;
using NewsNlp.Pipeline;

namespace NewsNlp.Documents.Parts;

/// <summary>
/// Finds the parts of an article around its running text, line by line: at the top a slug or file line, the headline,
/// a video timestamp or media credit, a "story highlights" standfirst, a byline and the dateline opening the body
/// (<c>NEW YORK, March 3 -</c>, <c>LONDON (Reuters) -</c>, <c>Astana, Kazakhstan CNN —</c>); anywhere a photo
/// caption or credit; at the end credit lines (<c>Reporting by …; Editing by …</c>, <c>… contributed to this
/// article</c>, <c>Reuter</c>). Linear in the text; the patterns run on whole lines, never per token, and only on lines
/// short enough to be such a part (at most <see cref="MaxPartChars"/> characters; a dateline is looked for in the first
/// <see cref="MaxDatelineChars"/> characters of a line), so a huge line costs a few scans of its characters and the
/// work between two cancellation checks stays bounded.
/// </summary>
public static partial class DocumentStructureFinder
{
    /// <summary>Lines read at the top before the body must have started.</summary>
    private const int MaxHeadLines = 16;

    /// <summary>Longest caption ending with a media credit, in words.</summary>
    private const int MaxCaptionWords = 40;

    /// <summary>Longest headline, standfirst line or byline, in words.</summary>
    private const int MaxTitleWords = 24;

    /// <summary>Longest line that can be a slug, caption, credit, headline, standfirst or byline, in characters.</summary>
    internal const int MaxPartChars = 2000;

    /// <summary>Characters of a line in which a dateline is looked for (a dateline is a few words and a dash).</summary>
    internal const int MaxDatelineChars = 400;

    /// <summary>Lines after the first body line on which a dateline is still looked for (a headline and standfirst in sentence case).</summary>
    private const int MaxLateDatelineLines = 2;

    private static readonly string[] MediaExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp4", ".mov", ".m3u8"];

    /// <summary>Appends the parts of <paramref name="text"/> to <paramref name="parts"/>, in text order.</summary>
    /// <param name="text">The article.</param>
    /// <param name="parts">Receives the parts.</param>
    /// <param name="cancellationToken">Checked every 64 lines, and before each line longer than <see cref="MaxPartChars"/>.</param>
    public static void Find(string text, ICollection<DocumentPart> parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parts);
        bool inHead = true, headline = false, highlights = false;
        int headLines = 0;
        int datelineLook = 0;
        int lineStart = 0;
        var tail = new List<DocumentPart>();
        int lines = 0;
        while (lineStart <= text.Length)
        {
            if ((++lines & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int newline = text.IndexOf('\n', lineStart);
            if (newline - lineStart > MaxPartChars || (newline < 0 && text.Length - lineStart > MaxPartChars))
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int lineEnd = newline < 0 ? text.Length : newline;
            (int s, int e) = Trim(text, lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (e <= s)
            {
                if (newline < 0)
                {
                    break;
                }

                continue;
            }

            ReadOnlySpan<char> line = text.AsSpan(s, e - s);
            var span = new TextSpan(s, e);
            DocumentPartKind? kind = Anywhere(line);
            if (kind is null && inHead)
            {
                headLines++;
                kind = Head(line, ref headline, ref highlights, lineStart <= text.Length);
                if (kind is null)
                {
                    inHead = false;
                    if (Dateline(line) is int length and > 0)
                    {
                        parts.Add(new DocumentPart(DocumentPartKind.Dateline, new TextSpan(s, s + length)));
                    }
                    else
                    {
                        // A headline and standfirst written as sentences ("Leaders weigh new plans." / "The bloc aims to
                        // …") were read as the body: the dateline may still open one of the next lines.
                        datelineLook = MaxLateDatelineLines;
                    }
                }
                else if (kind == DocumentPartKind.Dateline)
                {
                    inHead = false;
                }

                if (headLines >= MaxHeadLines)
                {
                    inHead = false;
                }
            }

            else if (kind is null && datelineLook > 0)
            {
                datelineLook--;
                if (Dateline(line) is int length and > 0)
                {
                    parts.Add(new DocumentPart(DocumentPartKind.Dateline, new TextSpan(s, s + length)));
                    datelineLook = 0;
                }
            }

            if (kind is { } k)
            {
                parts.Add(new DocumentPart(k, span));
            }

            if (newline < 0)
            {
                break;
            }
        }
    }

    /// <summary>Caption, credit and end-credit lines, wherever they are.</summary>
    private static DocumentPartKind? Anywhere(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxPartChars)
        {
            return null;
        }

        if (EndsWithMediaExtension(line) && FileName().IsMatch(line))
        {
            return DocumentPartKind.Slug;
        }

        if (CaptionLine().IsMatch(line) || VideoTimestamp().IsMatch(line) || (WordsUpTo(line, MaxCaptionWords) <= MaxCaptionWords && IsCreditEnding(line)))
        {
            return DocumentPartKind.Caption;
        }

        if (CreditsLine().IsMatch(line) || ProductionCredit.Is(line) || line is "Reuter" or "REUTER" or "Reuters" or "REUTERS")
        {
            return DocumentPartKind.Credits;
        }

        return null;
    }

    /// <summary>True when <paramref name="line"/> ends with an extension <see cref="FileName"/> looks for (a cheap filter before it).</summary>
    private static bool EndsWithMediaExtension(ReadOnlySpan<char> line)
    {
        foreach (string extension in MediaExtensions)
        {
            if (line.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind of a line at the top of the article, or null when the body starts with it.</summary>
    private static DocumentPartKind? Head(ReadOnlySpan<char> line, ref bool headline, ref bool highlights, bool more)
    {
        if (line.Length > MaxPartChars)
        {
            // Too long for a title, standfirst or byline: the body starts here (a dateline may open it).
            return null;
        }

        if (HighlightsHeader().IsMatch(line))
        {
            highlights = true;
            return DocumentPartKind.Standfirst;
        }

        if (WordsUpTo(line, MaxTitleWords / 2) <= MaxTitleWords / 2 && Byline().IsMatch(line))
        {
            return DocumentPartKind.Byline;
        }

        if (Dateline(line) is int length && length == line.Length)
        {
            return DocumentPartKind.Dateline;
        }

        if (Dateline(line) is > 0)
        {
            return null;
        }

        bool shortEnough = WordsUpTo(line, MaxTitleWords) <= MaxTitleWords;
        bool titleLike = shortEnough && !EndsSentence(line);
        if (highlights && titleLike)
        {
            return DocumentPartKind.Standfirst;
        }

        // The first title-like line: no full stop at its end ("Tensions high at the talks"), or title case whatever its
        // end ("Poll: Wealthy Voters Abandon Party."); a short body sentence ends with a full stop in sentence case.
        if (!headline && more && shortEnough && (titleLike || IsTitleCase(line)) && !OpensWithQuote(line))
        {
            headline = true;
            return DocumentPartKind.Headline;
        }

        return null;
    }

    /// <summary>
    /// The parts of <paramref name="document"/>: its <see cref="NewsDocument.Structure"/> layer when a stage filled it,
    /// else found now from its text (in text order either way).
    /// </summary>
    internal static IReadOnlyList<DocumentPart> PartsOf(NewsDocument document)
    {
        if (document.Has(AnnotationNames.Structure))
        {
            return document.Structure;
        }

        var parts = new List<DocumentPart>();
        Find(document.Text, parts);
        return parts;
    }

    /// <summary>Length of a dateline opening <paramref name="line"/> (with its dash and the spaces after it), or 0.</summary>
    internal static int Dateline(ReadOnlySpan<char> line)
    {
        foreach (ValueMatch m in DatelinePattern().EnumerateMatches(line[..Math.Min(line.Length, MaxDatelineChars)]))
        {
            return m.Index == 0 ? m.Length : 0;
        }

        return 0;
    }

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        int i = line.Length - 1;
        while (i >= 0 && line[i] is '"' or '\'' or '”' or '’' or ')')
        {
            i--;
        }

        return i >= 0 && line[i] == '.' && !(i >= 2 && line[i - 1] == '.' && line[i - 2] == '.');
    }

    /// <summary>A line opening with a quotation mark is a quotation, not a headline.</summary>
    private static bool OpensWithQuote(ReadOnlySpan<char> line) => line[0] is '"' or '“' or '”' or '‘' or '\'' or '«' or '„';

    /// <summary>True when at least 60% of the words of three letters or more start with a capital.</summary>
    private static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        int words = 0, capitalised = 0;
        for (int i = 0; i < line.Length;)
        {
            while (i < line.Length && !char.IsLetter(line[i]))
            {
                i++;
            }

            int start = i;
            while (i < line.Length && (char.IsLetter(line[i]) || line[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            if (i - start >= 3)
            {
                words++;
                capitalised += char.IsUpper(line[start]) ? 1 : 0;
            }
        }

        return words >= 2 && capitalised * 10 >= words * 6;
    }

    /// <summary>The number of words of <paramref name="line"/>, counting no further than <paramref name="limit"/> + 1.</summary>
    private static int WordsUpTo(ReadOnlySpan<char> line, int limit)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord && ++words > limit)
            {
                return words;
            }

            inWord = !space;
        }

        return words;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    // A media file name anywhere in a short line: "update karadsheh lklv_00000821.jpg".
    [GeneratedRegex(@"^.{0,200}\b[\w-]+\.(?:jpe?g|png|gif|webp|mp4|mov|m3u8)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    // "Photo: …", "PHOTO: …", "Caption: …", "Image copyright …", "(Photo by Ana Ruiz/Getty Images)".
    [GeneratedRegex(@"^(?:\(?\s*(?:photo|photos|photograph|image|images|picture|caption|video|watch|file photo|credit)s?\s*(?::|by\b|copyright\b)|image copyright\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionLine();

    /// <summary>
    /// A media credit ends the line (<see cref="CreditEnding"/>). A bare agency name (no bracket, no photographer after a
    /// slash) credits only after a finished sentence (<c>… March 3, 2017. REUTERS</c>, <c>… on Monday. Getty Images</c>):
    /// a hard-wrapped wire line ending <c>… but Simmons told Reuters</c> or <c>…, a spokesman told AFP</c> goes on in the
    /// next line.
    /// </summary>
    private static bool IsCreditEnding(ReadOnlySpan<char> line)
    {
        foreach (ValueMatch m in CreditEnding().EnumerateMatches(line))
        {
            ReadOnlySpan<char> credit = line.Slice(m.Index, m.Length).Trim();
            if (credit.Contains('(') || credit.Contains('/'))
            {
                return true;
            }

            ReadOnlySpan<char> before = line[..m.Index].TrimEnd();
            return before.Length > 0 && before[^1] is '.' or '!' or '?' or '”' or '"' or ')';
        }

        return false;
    }

    // A media credit ending a short line: "… (Getty Images)", "… REUTERS/Ana Ruiz", "… (AP Photo/Li Wei)".
    [GeneratedRegex(@"(?:\(|\s|/)(?:getty images|afp(?:/getty images)?|ap photo|reuters|epa|xinhua)(?:/[\w.’' -]{1,40})?\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditEnding();

    // A video timestamp and its source: "02:42 - Source: CNN", "1:05:30".
    [GeneratedRegex(@"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–—|]\s*(?:source:?\s*)?[\w .]{0,40})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VideoTimestamp();

    // "Reporting by …; Editing by …", "Additional reporting by …", "Writing by …" (capitalised: a wrapped wire line that
    // starts inside a sentence is lower-case), "… contributed to this article/report". "Produced by …" and the other
    // participles: ProductionCredit.
    [GeneratedRegex(@"^\(?(?:Additional\s+[Rr]eporting|ADDITIONAL\s+REPORTING|Reporting|REPORTING|Editing|EDITING|Writing|WRITING)\s+(?i:by)\s|\b(?i:contributed\s+(?:reporting\s+)?to\s+this\s+(?:article|report|story))\b", RegexOptions.CultureInvariant)]
    private static partial Regex CreditsLine();

    // "Story highlights", "Highlights", "Key points", "In brief".
    [GeneratedRegex(@"^(?:story\s+highlights|highlights|key\s+points|in\s+brief|summary|what\s+you\s+need\s+to\s+know)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HighlightsHeader();

    // "By Ana Ruiz", "By Ana Ruiz and Li Wei, CNN", "By ANA RUIZ | Reuters".
    [GeneratedRegex(@"^by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*(?:\s*[,|]\s*[\w .]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    // Datelines: an upper-case place ("NEW YORK", "KARACHI, Pakistan") with an optional date ("March 3", or "APRIL 7" in upper case as in
    // Reuters wire copy) and agency
    // ("(Reuters)"), or any place followed by an agency ("Astana, Kazakhstan CNN", "LONDON (Reuters)"), or a date and an
    // agency with no place ("Dec 3 (Reuters)", session 25), then a dash.
    [GeneratedRegex(@"^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?(?:,?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*)\.?\s+\d{1,2})?(?:\s*\((?:Reuters|AP|AFP|UPI|CNN|Bloomberg|dpa|Xinhua|IANS|PTI)\))?|[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?\s*\(?(?:Reuters|AP|AFP|UPI|CNN|CNN Business|CNN Money|Bloomberg|dpa|Xinhua)\)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa|Xinhua|IANS|PTI)\))\s*(?:[-–—]{1,2}|\u00a0)[\s\u00a0–—-]*", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();
}
