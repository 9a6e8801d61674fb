using NewsNlp.Corpus.Inputs;
using NewsNlp.Corpus.Model;
using NewsNlp.Pipeline;
using Orleans;
using Orleans.Concurrency;

namespace NewsNlp.Orleans.Grains;

/// <summary>
/// Runs the silo's <see cref="NewsPipeline"/>; a stateless worker, so every silo analyses. The silo's
/// <see cref="AnalysisGate"/> bounds how many analyses run at once, whatever the number of activations.
/// </summary>
[StatelessWorker]
internal sealed class AnalysisGrain(NewsPipeline pipeline, AnalysisGate gate) : Grain, IAnalysisGrain
{
    public async Task<Immutable<CorpusArticle>> AnalyzeAsync(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await gate.RunAsync(() => CorpusArticleBuilder.From(pipeline.Process(input.Text, input.ToMetadata())).AsImmutable());
    }
}
