using System.CommandLine;

namespace NewsNlp.Cli.Inputs;

/// <summary>The <c>--input-format</c> option shared by the commands that read articles (<see cref="ArticleFormats"/>).</summary>
internal static class InputFormatOption
{
    /// <summary>A new <c>--input-format auto|html|jsonl|text</c> option, <c>auto</c> by default.</summary>
    public static Option<string> Create(string description = "auto (default): by extension (.html/.htm/.xhtml web page, .jsonl/.ndjson JSON lines, anything else text; standard input is text); or force text, html or jsonl.")
    {
        var option = new Option<string>("--input-format")
        {
            Description = description,
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong(ArticleFormats.OptionValues);
        return option;
    }
}
