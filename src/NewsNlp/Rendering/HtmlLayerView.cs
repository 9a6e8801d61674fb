using NewsNlp.Documents;

namespace NewsNlp.Rendering;

/// <summary>
/// A package layer's part of one document's HTML page (made by <see cref="LayerKey.Html"/>): a column of the speaker
/// table, badges after each quote there, and a section after the table. Override what the layer shows; the defaults
/// show nothing. Everything written must be HTML: escape text with <see cref="WriteText"/>.
/// </summary>
public abstract class HtmlLayerView
{
    /// <summary>Heading of this layer's column in the speaker table, or null for no column (the default).</summary>
    public virtual string? SpeakerColumnTitle => null;

    /// <summary>Writes this layer's cell for <paramref name="speaker"/> (only when <see cref="SpeakerColumnTitle"/> is set).</summary>
    public virtual void WriteSpeakerCell(Speaker speaker, TextWriter writer)
    {
    }

    /// <summary>Writes this layer's cell for the row of unattributed quotes (default: a dash).</summary>
    public virtual void WriteUnattributedCell(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write('—');
    }

    /// <summary>Writes what follows <paramref name="quote"/> in the speaker table (e.g. badges), after its confidence.</summary>
    public virtual void WriteQuoteBadges(Quote quote, TextWriter writer)
    {
    }

    /// <summary>Writes this layer's own section, after the speaker table.</summary>
    public virtual void WriteSection(TextWriter writer)
    {
    }

    /// <summary>Writes <paramref name="text"/> HTML-escaped, as the rest of the page is (control characters and lone surrogates become U+FFFD).</summary>
    protected static void WriteText(TextWriter writer, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        HtmlText.Write(writer, text);
    }

    /// <summary>The words of <paramref name="quote"/> as the speaker table shows them: its content spans joined by " … ", at most <paramref name="maxChars"/> characters.</summary>
    protected static string Excerpt(NewsDocument document, Quote quote, int maxChars = SpeakerTable.MaxQuoteChars)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(quote);
        return SpeakerTable.Shorten(SpeakerTable.Excerpt(document, quote), maxChars);
    }

    /// <summary><paramref name="text"/> cut to <paramref name="maxChars"/> characters, ending with "…" when cut.</summary>
    protected static string Shorten(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SpeakerTable.Shorten(text, maxChars);
    }
}
