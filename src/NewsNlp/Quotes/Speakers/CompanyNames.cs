namespace NewsNlp.Quotes.Speakers;

/// <summary>
/// The names a document writes with a company's legal form after them ("Allied-Lyons PLC", "Delgado Holdings Inc"): such
/// a name is a company wherever it appears, also where the recogniser tagged a bare "Allied-Lyons" as a person, so it is
/// no antecedent of "he" or "she". Built once per document from the tokens before each legal-form word.
/// </summary>
internal sealed class CompanyNames
{
    /// <summary>Legal forms written after a company's name (capitalised, compared without case, a full stop after them allowed).</summary>
    private static readonly string[] LegalForms = ["PLC", "Inc", "Corp", "Ltd", "LLC", "Co", "AG", "GmbH", "NV", "SA", "SpA"];

    /// <summary>Most words of a company name before its legal form.</summary>
    private const int MaxNameWords = 5;

    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public CompanyNames(DocumentView v)
    {
        for (int t = 1; t < v.Count; t++)
        {
            if (!IsLegalForm(v, t) || v.InQuote(t))
            {
                continue;
            }

            // The name words right before the legal form, hyphenated parts written without spaces included ("Allied-Lyons").
            int first = t, words = 0;
            while (first > 0 && words < MaxNameWords && v.ParagraphOf[first - 1] == v.ParagraphOf[t] && !v.InQuote(first - 1))
            {
                if (v.IsNameToken(first - 1))
                {
                    first--;
                    words++;
                }
                else if (first > 1 && v.Shapes[first - 1] == TokenShape.Dash && v.IsNameToken(first - 2) && v.Ends[first - 2] == v.Starts[first - 1] && v.Ends[first - 1] == v.Starts[first])
                {
                    first -= 2;
                    words++;
                }
                else
                {
                    break;
                }
            }

            if (first < t)
            {
                _names.Add(MentionIndex.OneLine(v.Text[v.Starts[first]..v.Ends[t - 1]]));
            }
        }
    }

    /// <summary>True when <paramref name="name"/> is written somewhere in the document right before a legal form.</summary>
    public bool Contains(string name) => _names.Count > 0 && _names.Contains(name);

    private static bool IsLegalForm(DocumentView v, int t)
    {
        if (v.Shapes[t] != TokenShape.Capitalised)
        {
            return false;
        }

        ReadOnlySpan<char> w = v.Chars(t);
        if (w.EndsWith(".", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        foreach (string form in LegalForms)
        {
            if (w.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
