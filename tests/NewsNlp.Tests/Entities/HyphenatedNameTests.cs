using NewsNlp.Documents;
using NewsNlp.Entities;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Entities;

/// <summary>
/// Capitalised words joined by a hyphen are one unit for the recognizer (as in the CoNLL-2003 tokens it learned from),
/// although the tokenizer splits the hyphen: a mention never starts or ends inside <c>Coca-Cola</c> or <c>Smith-Jones</c>.
/// </summary>
public sealed class HyphenatedNameTests
{
    private const string Text =
        "A spokeswoman for Brandt-Lauer said the company was watching the strike. Shares of Coca-Cola fell, said Anne Smith-Jones, "
        + "an analyst at Varro-Kent. Jean-Claude Morel, a former minister, said the Cardiff-based firm would appeal.";

    private static readonly string[] Compounds = ["Brandt-Lauer", "Coca-Cola", "Smith-Jones", "Varro-Kent", "Jean-Claude"];

    [Fact]
    public void No_mention_starts_or_ends_inside_a_hyphenated_name()
    {
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(Text);
        foreach (string compound in Compounds)
        {
            int start = Text.IndexOf(compound, StringComparison.Ordinal), end = start + compound.Length;
            foreach (EntityMention mention in doc.Entities)
            {
                bool startsInside = mention.Span.Start > start && mention.Span.Start < end;
                bool endsInside = mention.Span.End > start && mention.Span.End < end;
                Assert.False(startsInside || endsInside, $"'{mention.Text}' cuts '{compound}'");
            }
        }
    }

    [Fact]
    public void Person_names_with_hyphens_are_whole_mentions()
    {
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(Text);
        Assert.Contains(doc.Entities, e => e.Text == "Anne Smith-Jones" && e.Type == EntityType.Person);
        Assert.Contains(doc.Entities, e => e.Text == "Jean-Claude Morel" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Tag_labels_every_token_of_a_hyphenated_name_and_keeps_lower_case_compounds_split()
    {
        NewsDocument doc = NewsPipelineBuilder.CreateDefault().Build().Process(Text);
        int[] labels = PerceptronEntityRecognizer.Default.Tag(doc);
        Assert.Equal(doc.Tokens.Count, labels.Length);
        List<(int Start, int End, EntityType Type)> spans = BilouLabels.ToSpans(labels);
        Assert.Contains(spans, s => doc.GetText(new TextSpan(doc.Tokens[s.Start].Start, doc.Tokens[s.End - 1].End)) == "Anne Smith-Jones");

        // "Cardiff-based": the lower-case part keeps the tokenizer's split, so "Cardiff" may still be a mention of its own.
        int cardiff = Text.IndexOf("Cardiff", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Span.Start == cardiff && e.Span.End > cardiff + "Cardiff".Length);
    }
}
