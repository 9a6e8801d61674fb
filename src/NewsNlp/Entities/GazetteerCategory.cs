namespace NewsNlp.Entities;

/// <summary>Name lists compiled into the NER model as gazetteer features (see <c>docs/models/ner.md</c> for sources).</summary>
public enum GazetteerCategory
{
    /// <summary>Given names (US Census, SSA, Moby).</summary>
    FirstName = 0,
    /// <summary>Surnames (US Census 1990).</summary>
    LastName = 1,
    /// <summary>Country names and codes.</summary>
    Country = 2,
    /// <summary>Cities (GeoNames, over 15,000 inhabitants) and capitals.</summary>
    City = 3,
    /// <summary>States, provinces and regions.</summary>
    Region = 4,
    /// <summary>Nationalities and demonyms.</summary>
    Nationality = 5,
    /// <summary>Listed companies.</summary>
    Company = 6,
    /// <summary>International organisations.</summary>
    InternationalOrganization = 7,
    /// <summary>Political parties.</summary>
    Party = 8,
    /// <summary>Universities.</summary>
    University = 9,
    /// <summary>Football clubs.</summary>
    Club = 10,
}
