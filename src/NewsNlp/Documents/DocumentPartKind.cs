namespace NewsNlp.Documents;

/// <summary>A part of an article around its body: what it is, so it is never read as reported speech.</summary>
public enum DocumentPartKind : byte
{
    /// <summary>The headline (the first short title line).</summary>
    Headline,

    /// <summary>A standfirst or "story highlights" block (its header and its summary lines).</summary>
    Standfirst,

    /// <summary>A dateline opening the body: <c>NEW YORK, March 3 -</c>, <c>LONDON (Reuters) -</c>.</summary>
    Dateline,

    /// <summary>A byline: <c>By Ana Ruiz, CNN</c>.</summary>
    Byline,

    /// <summary>A photo or video caption, or a media credit (<c>Photo: …</c>, <c>02:42 - Source: CNN</c>, <c>(Getty Images)</c>).</summary>
    Caption,

    /// <summary>A slug or file line (<c>syria talks update lklv_00000821.jpg</c>).</summary>
    Slug,

    /// <summary>A credit line at the end: <c>Reporting by …; Editing by …</c>, <c>… contributed to this article</c>, <c>Reuter</c>.</summary>
    Credits,
}
