namespace NewsNlp.Stance;

/// <summary>Converts a <see cref="StanceAnnotation"/> to its JSON record.</summary>
internal static class StanceJsonMapper
{
    public static StanceJson Map(StanceAnnotation s)
    {
        IReadOnlyList<double> p = s.Probabilities;
        return new StanceJson
        {
            Target = s.Target,
            QuoteId = s.QuoteId,
            SpeakerId = s.SpeakerId,
            EvidenceQuoteIds = s.EvidenceQuoteIds,
            DrivingWords = s.DrivingWords,
            Label = s.Label.ToFncString(),
            Probabilities = new StanceProbabilitiesJson
            {
                Agree = At(p, StanceLabel.Agree),
                Disagree = At(p, StanceLabel.Disagree),
                Discuss = At(p, StanceLabel.Discuss),
                Unrelated = At(p, StanceLabel.Unrelated),
            },
            Producer = s.Producer,
        };
    }

    private static double At(IReadOnlyList<double> probabilities, StanceLabel label) =>
        (int)label < probabilities.Count ? probabilities[(int)label] : 0.0;
}
