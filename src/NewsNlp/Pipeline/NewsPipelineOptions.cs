using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace NewsNlp.Pipeline;

/// <summary>
/// Limits and batch settings of a <see cref="NewsPipeline"/>. With DI: <c>services.Configure&lt;NewsPipelineOptions&gt;(…)</c>,
/// <c>AddNewsNlp(b => b.Configure(…))</c> or the root of the configuration section given to <c>Bind</c>.
/// </summary>
public sealed class NewsPipelineOptions
{
    /// <summary>Largest document accepted, in UTF-16 code units (default 64 Mi). Longer input fails with a clear <see cref="ArgumentException"/>.</summary>
    [Range(1, int.MaxValue)]
    public int MaxDocumentLength { get; set; } = 64 * 1024 * 1024;

    /// <summary>Documents processed at once by batch APIs, 1 to 1024 (default: processor count).</summary>
    [Range(1, 1024)]
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether <see cref="NewsPipeline.Process(string, NewsNlp.Documents.DocumentMetadata?, CancellationToken)"/> first makes the
    /// markup that news feeds leave in text neutral (<see cref="NewsNlp.Documents.FeedMarkup.Neutralize"/>: <c>&amp;quot;</c>
    /// and a bare <c>quot;</c> become <c>"</c>, escaped tags and ticker links become spaces). Default true. The neutral text
    /// has the input's length, so every span of the document is an offset into the input; <see cref="NewsNlp.Documents.NewsDocument.Text"/>
    /// holds the neutral text. A <see cref="NewsNlp.Documents.NewsDocument"/> the caller built is processed as it is.
    /// </summary>
    public bool NeutralizeFeedMarkup { get; set; } = true;

    /// <summary>Throws <see cref="OptionsValidationException"/>, naming the option, when a value is out of range.</summary>
    public void Validate()
    {
        ValidateOptionsResult result = new NewsPipelineOptionsValidator().Validate(null, this);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(NewsPipelineOptions), result.Failures);
        }
    }
}

/// <summary>The data-annotation rules of <see cref="NewsPipelineOptions"/> (source-generated, no reflection).</summary>
[OptionsValidator]
internal sealed partial class NewsPipelineOptionsValidator : IValidateOptions<NewsPipelineOptions>
{
}
