namespace NewsNlp.Quotes.Speakers.Ranking;

/// <summary>What kind of words a candidate source mention is.</summary>
internal enum MentionKind : byte
{
    /// <summary>The "no source" choice (passives, "reportedly").</summary>
    None,

    /// <summary>A personal pronoun (he, she, I, we, they, it).</summary>
    Pronoun,

    /// <summary>A relative pronoun (who, which).</summary>
    Relative,

    /// <summary>A person entity mention.</summary>
    Person,

    /// <summary>An organisation entity mention.</summary>
    Organisation,

    /// <summary>A place entity mention ("Russia said").</summary>
    Location,

    /// <summary>Another entity mention (nationalities, events).</summary>
    Misc,

    /// <summary>A run of capitalised words no entity covers.</summary>
    Name,

    /// <summary>A phrase headed by a role noun ("the spokesman", "a senior official").</summary>
    RoleNoun,

    /// <summary>A phrase headed by an organisation noun ("the company").</summary>
    OrgNoun,

    /// <summary>A phrase headed by a document noun ("the report", "the book").</summary>
    DocumentNoun,

    /// <summary>A phrase headed by a plural common noun ("analysts", "residents").</summary>
    Group,

    /// <summary>Any other noun phrase.</summary>
    Common,

    /// <summary>The current source when it is none of the above (kept so the ranker can choose to keep it).</summary>
    Current,
}

/// <summary>A candidate source mention: tokens [<paramref name="First"/>, <paramref name="End"/>) of the given kind.</summary>
internal readonly record struct SourceCandidate(int First, int End, MentionKind Kind)
{
    /// <summary>The "no source" choice.</summary>
    public static SourceCandidate NoSource => new(-1, -1, MentionKind.None);

    public bool IsNone => Kind == MentionKind.None;
}
