using Microsoft.Extensions.Logging;

namespace NewsNlp.Entities.Training;

/// <summary>Compiles the lexicon (gazetteers, word clusters) that a trained model embeds.</summary>
internal static class NerLexiconBuilder
{
    public static NerLexicon Build(NerTrainingOptions options, IReadOnlyList<ConllDocument> train, ILogger log, CancellationToken cancellationToken)
    {
        var gazetteer = new Dictionary<ulong, int>();
        if (options.GazetteerDirectory is not null)
        {
            GazetteerCompiler compiled = GazetteerCompiler.FromDirectory(options.GazetteerDirectory);
            gazetteer = new Dictionary<ulong, int>(compiled.Entries);
            NerTrainingLog.Gazetteers(log, compiled.Summary);
        }

        var clusters = new Dictionary<ulong, int>();
        if (options.UnlabeledDirectory is not null)
        {
            // Unlabelled news plus the words of the training split (never dev or test).
            IEnumerable<(ulong[] Words, byte[] Case)> documents = WordClusterer.ReadUnlabeled(options.UnlabeledDirectory)
                .Concat(train.SelectMany(d => d.Sentences).Select(s => WordClusterer.Encode(s.Words, i => i == 0)));
            clusters = WordClusterer.Cluster(documents, options.ClusterCount, options.CoarseClusterCount, log, cancellationToken);
        }

        return new NerLexicon(new HashIndex(clusters), new HashIndex(gazetteer));
    }
}
