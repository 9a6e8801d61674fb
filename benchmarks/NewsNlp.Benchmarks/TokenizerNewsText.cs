using System.Text;
using NewsNlp.Documents;
using NewsNlp.Tokenization;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Deterministic news-like text for the tokenizer benchmarks: datelines, quotes with attribution, titles and abbreviations,
/// money, percentages, dates, clitics, hyphenated words, URLs and handles, in blank-line-separated paragraphs.
/// </summary>
internal static class NewsTextGenerator
{
    private static readonly Lazy<string> Generated = new(() => Generate(12_000));
    private static readonly Lazy<int> Count = new(() =>
    {
        var table = new TokenTable();
        NewsTokenizer.Default.Tokenize(Generated.Value, table);
        return table.Count;
    });

    public static string Text => Generated.Value;

    public static int TokenCount => Count.Value;

    private static readonly string[] People = ["Mr. Smith", "Sen. Maria Lopez", "Gov. J. R. Walker", "Dr. Anika Patel", "President Ortega", "Ms. Chen", "the minister", "a U.N. spokesman"];
    private static readonly string[] Places = ["WASHINGTON", "LONDON", "NEW YORK", "ALMATY", "BRUSSELS", "SAN FRANCISCO"];
    private static readonly string[] Orgs = ["Acme Corp.", "the U.S. Treasury", "Reuters", "the European Commission", "Globex Inc.", "the World Bank"];
    private static readonly string[] Verbs = ["said", "told reporters", "wrote in a statement", "added", "warned"];
    private static readonly string[] Clauses =
    [
        "the deal, worth $5.2 billion, would close by Jan. 15",
        "shares fell 3.5% to $21.40 in early trading on Tuesday",
        "they don't expect a decision before the 21st of March",
        "the company's long-term plan isn't working",
        "about 1,200 workers we're told will lose their jobs",
        "it'll take years to rebuild the region's economy",
        "officials met at 10:30 a.m. on Friday in the capital",
        "the so-called reform package was approved 52-48",
        "more details are at https://example.org/news/2024/report.html",
        "critics on social media, including @newswatch, used #budget2024",
    ];

    private static string Generate(int sentences)
    {
        var random = new Random(42);
        var text = new StringBuilder(sentences * 110);
        for (int s = 0; s < sentences; s++)
        {
            if (s % 6 == 0)
            {
                if (s > 0)
                {
                    text.Append("\n\n");
                }

                if (s % 24 == 0)
                {
                    text.Append(Places[random.Next(Places.Length)]).Append(" (Reuters) -- ");
                }
            }
            else
            {
                text.Append(' ');
            }

            string who = People[random.Next(People.Length)];
            string what = Clauses[random.Next(Clauses.Length)];
            switch (random.Next(4))
            {
                case 0:
                    text.Append('"').Append(char.ToUpperInvariant(what[0])).Append(what, 1, what.Length - 1).Append(",\" ").Append(who).Append(' ').Append(Verbs[random.Next(Verbs.Length)]).Append('.');
                    break;
                case 1:
                    text.Append(char.ToUpperInvariant(who[0])).Append(who, 1, who.Length - 1).Append(" of ").Append(Orgs[random.Next(Orgs.Length)]).Append(' ').Append(Verbs[random.Next(Verbs.Length)]).Append(" that ").Append(what).Append('.');
                    break;
                case 2:
                    text.Append("According to ").Append(Orgs[random.Next(Orgs.Length)]).Append(", ").Append(what).Append(" \u2014 a claim ").Append(who).Append(" disputed.");
                    break;
                default:
                    text.Append('\u201C').Append(char.ToUpperInvariant(what[0])).Append(what, 1, what.Length - 1).Append(",\u201D ").Append(who).Append(" said. \u201CWe\u2019ll see.\u201D");
                    break;
            }
        }

        return text.ToString();
    }
}
