namespace NewsNlp.Entities.Rules;

/// <summary>How rule matches combine with mentions already in the document (from the <c>ner</c> model or earlier stages).</summary>
public enum EntityRuleMode
{
    /// <summary>Rule matches win: any existing mention overlapping a match is removed and the match is added.</summary>
    Override,
    /// <summary>Existing mentions win: a match is added only where it overlaps no existing mention.</summary>
    FillGaps,
}
