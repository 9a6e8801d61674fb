namespace NewsNlp.Entities;

/// <summary>Bit masks over <see cref="GazetteerCategory"/> for <see cref="NerLexicon.CategoriesOf"/> results.</summary>
internal static class GazetteerMasks
{
    /// <summary>A listed place: a country, a city or a region.</summary>
    public const int Places = (1 << (int)GazetteerCategory.Country) | (1 << (int)GazetteerCategory.City) | (1 << (int)GazetteerCategory.Region);
}
