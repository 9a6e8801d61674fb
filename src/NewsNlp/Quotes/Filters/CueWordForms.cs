namespace NewsNlp.Quotes.Filters;

/// <summary>Forms of a cue word the noun-position filters tell apart.</summary>
internal static class CueWordForms
{
    /// <summary>Past forms that do not end in -ed.</summary>
    private static readonly string[] IrregularPasts = ["said", "told", "wrote", "spoke", "thought", "felt", "knew", "saw", "heard", "read", "forecast", "broadcast", "put", "set"];

    /// <summary>A past form or participle (<c>claimed</c>, <c>said</c>, <c>told</c>): the one form that may still be a verb where a noun would stand.</summary>
    public static bool IsPastForm(DocumentView v, int t) =>
        v.Chars(t).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || v.TextIsAny(t, IrregularPasts);
}
