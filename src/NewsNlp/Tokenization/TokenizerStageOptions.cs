using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace NewsNlp.Tokenization;

/// <summary>
/// Settings of the <c>tokenizer</c> stage (<see cref="TokenizerStage"/>): <c>AddTokenizer(o => …)</c>,
/// <c>services.Configure&lt;TokenizerStageOptions&gt;(…)</c> or the <c>Tokenizer</c> section of the bound configuration.
/// </summary>
public sealed class TokenizerStageOptions
{
    /// <summary>The section of the bound configuration these options are read from.</summary>
    public const string SectionName = "Tokenizer";

    /// <summary>Split hyphenated compounds at their hyphens, as UD does (default true); see <see cref="TokenizerOptions.SplitHyphens"/>.</summary>
    public bool SplitHyphens { get; set; } = true;

    /// <summary>Split informal contractions without an apostrophe (default true); see <see cref="TokenizerOptions.SplitInformalContractions"/>.</summary>
    public bool SplitInformalContractions { get; set; } = true;

    /// <summary>How line breaks delimit paragraphs (default <see cref="ParagraphMode.Auto"/>).</summary>
    [EnumDataType(typeof(ParagraphMode))]
    public ParagraphMode ParagraphMode { get; set; } = ParagraphMode.Auto;

    /// <summary>
    /// Decide sentence ends with the embedded learned model (<see cref="LearnedSentenceSplitter"/>, default true) rather than
    /// the punctuation rules of <see cref="SentenceSplitter"/>.
    /// </summary>
    public bool UseLearnedSentenceSplitter { get; set; } = true;

    internal bool IsDefault => SplitHyphens && SplitInformalContractions && ParagraphMode == ParagraphMode.Auto && UseLearnedSentenceSplitter;

    internal ITokenizer CreateTokenizer() => SplitHyphens && SplitInformalContractions
        ? NewsTokenizer.Default
        : new NewsTokenizer(new TokenizerOptions { SplitHyphens = SplitHyphens, SplitInformalContractions = SplitInformalContractions });

    internal ISentenceSplitter CreateSentenceSplitter()
    {
        if (ParagraphMode == ParagraphMode.Auto)
        {
            return UseLearnedSentenceSplitter ? LearnedSentenceSplitter.Default : SentenceSplitter.Default;
        }

        var options = new SentenceSplitterOptions { ParagraphMode = ParagraphMode };
        return UseLearnedSentenceSplitter ? new LearnedSentenceSplitter(SentenceBoundaryModel.Embedded, options) : new SentenceSplitter(options);
    }
}

/// <summary>The data-annotation rules of <see cref="TokenizerStageOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class TokenizerStageOptionsValidator : IValidateOptions<TokenizerStageOptions>
{
}
