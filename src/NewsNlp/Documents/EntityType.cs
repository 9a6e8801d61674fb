namespace NewsNlp.Documents;

/// <summary>Named-entity types (the CoNLL-2003 set).</summary>
public enum EntityType : byte
{
    /// <summary>People, including fictional ones.</summary>
    Person,
    /// <summary>Companies, agencies, institutions, parties, teams.</summary>
    Organization,
    /// <summary>Countries, cities, regions, geographic features.</summary>
    Location,
    /// <summary>Nationalities, events, works, other names.</summary>
    Miscellaneous,
}
