using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsNlp.Pipeline;

namespace NewsNlp.Tokenization;

/// <summary>Adds the <c>tokenizer</c> stage to a <see cref="NewsPipelineBuilder"/>.</summary>
public static class TokenizerBuilderExtensions
{
    /// <summary>
    /// Adds the <c>tokenizer</c> stage (tokens, sentences, paragraphs) unless it is there, and configures its
    /// <see cref="TokenizerStageOptions"/>. An <see cref="ITokenizer"/> or <see cref="ISentenceSplitter"/> registered in the
    /// services replaces the built-in one.
    /// </summary>
    public static NewsPipelineBuilder AddTokenizer(this NewsPipelineBuilder builder, Action<TokenizerStageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddStageOptions(TokenizerStageOptions.SectionName, configure);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TokenizerStageOptions>, TokenizerStageOptionsValidator>());
        builder.Services.TryAddSingleton(static sp =>
        {
            TokenizerStageOptions options = sp.GetRequiredService<IOptions<TokenizerStageOptions>>().Value;
            return new TokenizerStage(
                sp.GetService<ITokenizer>() ?? options.CreateTokenizer(),
                sp.GetService<ISentenceSplitter>() ?? options.CreateSentenceSplitter(),
                StageLogging.For<TokenizerStage>(sp));
        });
        return builder.TryAdd<TokenizerStage>();
    }
}
