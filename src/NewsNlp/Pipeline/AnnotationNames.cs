namespace NewsNlp.Pipeline;

/// <summary>Names of the annotations stages produce and require. Custom stages may add their own names.</summary>
public static class AnnotationNames
{
    /// <summary>The token table.</summary>
    public const string Tokens = "tokens";

    /// <summary>Sentence ranges.</summary>
    public const string Sentences = "sentences";

    /// <summary>Paragraph ranges.</summary>
    public const string Paragraphs = "paragraphs";

    /// <summary>Document structure: headline, standfirst, dateline, byline, captions, credits.</summary>
    public const string Structure = "structure";

    /// <summary>Named-entity mentions.</summary>
    public const string Entities = "entities";

    /// <summary>Document-level entity clusters with canonical names.</summary>
    public const string EntityClusters = "entity-clusters";

    /// <summary>Quotes and speakers.</summary>
    public const string Quotes = "quotes";

    /// <summary>Stance annotations.</summary>
    public const string Stances = "stances";
}
