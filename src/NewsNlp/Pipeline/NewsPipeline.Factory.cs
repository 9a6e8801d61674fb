namespace NewsNlp.Pipeline;

public sealed partial class NewsPipeline
{
    /// <summary>
    /// The default pipeline (tokenizer, sentence and paragraph splitting, NER, entity linking, quotes and speakers)
    /// with the models embedded in the package. No download, no configuration.
    /// </summary>
    public static NewsPipeline CreateDefault() => NewsPipelineBuilder.CreateDefault().Build();
}
