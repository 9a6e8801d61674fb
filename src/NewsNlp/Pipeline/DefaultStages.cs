using NewsNlp.Documents.Parts;
using NewsNlp.Entities;
using NewsNlp.Entities.Linking;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;

namespace NewsNlp.Pipeline;

/// <summary>
/// The stages of the default pipeline, in order: the one list behind <see cref="NewsPipeline.CreateDefault"/>,
/// <see cref="NewsPipelineBuilder.CreateDefault"/> and <c>AddNewsNlp()</c>. Each stage folder's builder extension adds its stage.
/// </summary>
internal static class DefaultStages
{
    public static NewsPipelineBuilder AddTo(NewsPipelineBuilder builder) => builder
        .AddTokenizer()
        .AddStructure()
        .AddEntityRecognizer()
        .AddEntityLinker()
        .AddQuotes();
}
