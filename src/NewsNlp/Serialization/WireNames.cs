using NewsNlp.Documents;

namespace NewsNlp.Serialization;

/// <summary>The stable names enums take in JSON, HTML and the CLI (<c>PERSON</c>, <c>direct</c>, <c>agree</c> …).</summary>
public static class WireNames
{
    /// <summary><c>PERSON</c>, <c>ORG</c>, <c>LOC</c> or <c>MISC</c> (the CoNLL-2003 tags).</summary>
    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        EntityType.Miscellaneous => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown entity type."),
    };

    /// <summary><c>direct</c>, <c>mixed</c> or <c>indirect</c>.</summary>
    public static string Of(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Mixed => "mixed",
        QuoteKind.Indirect => "indirect",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown quote kind."),
    };

    /// <summary><c>speech</c>, <c>writing</c>, <c>thought</c>, <c>intention</c>, <c>perception</c> or <c>other</c>.</summary>
    public static string Of(AttributionAct act) => act switch
    {
        AttributionAct.Speech => "speech",
        AttributionAct.Writing => "writing",
        AttributionAct.Thought => "thought",
        AttributionAct.Intention => "intention",
        AttributionAct.Perception => "perception",
        AttributionAct.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(act), act, "Unknown attribution act."),
    };

    /// <summary>
    /// Reads a comma-separated list of act names (<c>speech,writing</c>), <c>all</c> or <c>default</c> (speech and
    /// writing), ignoring case and spaces. Returns false, with the unknown name in <paramref name="unknown"/>, when a
    /// name is not an act or the list is empty.
    /// </summary>
    public static bool TryParseActs(string? text, out AttributionActs acts, out string? unknown)
    {
        acts = AttributionActs.None;
        unknown = null;
        foreach (string raw in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            AttributionActs? one = raw.ToLowerInvariant() switch
            {
                "all" => AttributionActs.All,
                "default" => AttributionActs.Default,
                "speech" => AttributionActs.Speech,
                "writing" => AttributionActs.Writing,
                "thought" => AttributionActs.Thought,
                "intention" => AttributionActs.Intention,
                "perception" => AttributionActs.Perception,
                "other" => AttributionActs.Other,
                _ => null,
            };
            if (one is not { } known)
            {
                unknown = raw;
                acts = AttributionActs.None;
                return false;
            }

            acts |= known;
        }

        if (acts == AttributionActs.None)
        {
            unknown = text ?? "";
            return false;
        }

        return true;
    }

    /// <summary><c>headline</c>, <c>standfirst</c>, <c>dateline</c>, <c>byline</c>, <c>caption</c>, <c>slug</c> or <c>credits</c>.</summary>
    public static string Of(DocumentPartKind kind) => kind switch
    {
        DocumentPartKind.Headline => "headline",
        DocumentPartKind.Standfirst => "standfirst",
        DocumentPartKind.Dateline => "dateline",
        DocumentPartKind.Byline => "byline",
        DocumentPartKind.Caption => "caption",
        DocumentPartKind.Slug => "slug",
        DocumentPartKind.Credits => "credits",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document part."),
    };

    /// <summary>Lower-case token kind name (<c>word</c>, <c>clitic</c>, <c>number</c>, <c>punctuation</c>, <c>quote</c>, <c>symbol</c>, <c>url</c>, <c>email</c>, <c>handle</c>, <c>hashtag</c>, <c>emoji</c>, <c>other</c>).</summary>
    public static string Of(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Clitic => "clitic",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Quote => "quote",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Handle => "handle",
        TokenKind.Hashtag => "hashtag",
        TokenKind.Emoji => "emoji",
        _ => "other",
    };
}
