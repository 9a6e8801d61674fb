using NewsNlp.Corpus.Inputs;
using NewsNlp.Corpus.Model;
using NewsNlp.Pipeline;
using Orleans;
using Orleans.Concurrency;

namespace NewsNlp.Orleans.Grains;

/// <summary>Runs the silo's <see cref="NewsPipeline"/>; a stateless worker, so each silo runs as many as it has cores.</summary>
[StatelessWorker]
internal sealed class AnalysisGrain(NewsPipeline pipeline) : Grain, IAnalysisGrain
{
    public Task<Immutable<CorpusArticle>> AnalyzeAsync(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(CorpusArticleBuilder.From(pipeline.Process(input.Text, input.ToMetadata())).AsImmutable());
    }
}
