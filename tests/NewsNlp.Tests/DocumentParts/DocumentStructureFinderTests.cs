using NewsNlp.Documents;
using NewsNlp.Documents.Parts;
using NewsNlp.Pipeline;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.DocumentParts;

/// <summary>Headline, standfirst, dateline, byline, captions and credits found around an article's running text.</summary>
public sealed class DocumentStructureFinderTests
{
    private const string WebPage = """
        harbour strike update lindqvist kstl_00001234.jpg
        Dockers walk out at Port Kestrel
        01:15 - Source: CNN

        Story highlights

        Dock workers stop all loading at Norland's biggest port

        Operators say automation talks will resume next week

        By Ana Ruiz and Li Wei, CNN

        Kestrel, Norland CNN —

        On a grey Monday morning the cranes of Port Kestrel stood still. "We will not load a single ship," said Ola Brandt.

        A crane operator waits at the gate. (Photo by Ana Ruiz/Getty Images)

        Li Wei contributed to this article.
        """;

    private const string Wire = """
        NORLAND DOCKERS STRIKE OVER AUTOMATION

        KESTREL, March 3 - Dock workers at Port Kestrel walked out on Monday, the union said.
            The operators said talks would resume next week.

         (Reporting by Ana Ruiz; Editing by Li Wei)
         Reuter
        """;

    [Fact]
    public void AWebPageTopIsSlugHeadlineCaptionStandfirstBylineAndDateline()
    {
        List<(DocumentPartKind Kind, string Text)> parts = Find(WebPage);
        Assert.Equal(
            [
                (DocumentPartKind.Slug, "harbour strike update lindqvist kstl_00001234.jpg"),
                (DocumentPartKind.Headline, "Dockers walk out at Port Kestrel"),
                (DocumentPartKind.Caption, "01:15 - Source: CNN"),
                (DocumentPartKind.Standfirst, "Story highlights"),
                (DocumentPartKind.Standfirst, "Dock workers stop all loading at Norland's biggest port"),
                (DocumentPartKind.Standfirst, "Operators say automation talks will resume next week"),
                (DocumentPartKind.Byline, "By Ana Ruiz and Li Wei, CNN"),
                (DocumentPartKind.Dateline, "Kestrel, Norland CNN —"),
                (DocumentPartKind.Caption, "A crane operator waits at the gate. (Photo by Ana Ruiz/Getty Images)"),
                (DocumentPartKind.Credits, "Li Wei contributed to this article."),
            ],
            parts);
    }

    [Fact]
    public void AWireStoryHasAnUpperCaseHeadlineADatelinePrefixAndCredits()
    {
        List<(DocumentPartKind Kind, string Text)> parts = Find(Wire);
        Assert.Equal(
            [
                (DocumentPartKind.Headline, "NORLAND DOCKERS STRIKE OVER AUTOMATION"),
                (DocumentPartKind.Dateline, "KESTREL, March 3 - "),
                (DocumentPartKind.Credits, "(Reporting by Ana Ruiz; Editing by Li Wei)"),
                (DocumentPartKind.Credits, "Reuter"),
            ],
            parts);
    }

    [Theory]
    [InlineData("LONDON (Reuters) - The bank said on Monday it would cut jobs.", "LONDON (Reuters) - ")]
    [InlineData("NEW YORK, APRIL 7 - Light mixed buying lifted the dollar, dealers said.", "NEW YORK, APRIL 7 - ")] // session 25: an upper-case month
    [InlineData("NEW YORK, March 3 - Stocks fell.", "NEW YORK, March 3 - ")]
    [InlineData("ROTTERDAM, Netherlands — Thousands walked out.", "ROTTERDAM, Netherlands — ")]
    [InlineData("The mayor said - after a pause - that the bridge would close.", "")]
    [InlineData("US stocks fell on Monday.", "")]
    [InlineData("Dec 3 (Reuters) - Helix is in talks to buy Corvan.", "Dec 3 (Reuters) - ")]
    [InlineData("March 12, 2024 (AP) — The bill passed.", "March 12, 2024 (AP) — ")]
    [InlineData("May 3 was the day the talks collapsed.", "")]
    public void DatelinesOpenTheBody(string line, string dateline) =>
        Assert.Equal(dateline.Length, DocumentStructureFinder.Dateline(line));

    [Theory]
    [InlineData("    Port officials expect a long strike, but union leader Ola Brandt told Reuters\nhe would call off the strike by Friday.\n", null)]
    [InlineData("    The harbour board was \"deeply worried\", a spokesman told AFP\nafter the meeting.\n", null)]
    [InlineData("Dockers block the gate at Kestrel on March 3, 2017. REUTERS\n", DocumentPartKind.Caption)]
    [InlineData("Dockers block the gate at Kestrel on Monday. Getty Images\n", DocumentPartKind.Caption)]
    [InlineData("Dockers block the gate at Kestrel. REUTERS/Ana Ruiz\n", DocumentPartKind.Caption)]
    public void AWrappedWireLineEndingInAnAgencyNameIsNoCaption(string line, DocumentPartKind? kind)
    {
        List<(DocumentPartKind Kind, string Text)> parts = Find("KESTREL DOCKERS STRIKE\n\n" + line + "    The strike went on.\n");
        Assert.Equal(kind, parts.Where(p => p.Kind == DocumentPartKind.Caption).Select(p => (DocumentPartKind?)p.Kind).FirstOrDefault());
    }

    [Fact]
    public void ABodyThatStartsAtOnceHasNoHeadline()
    {
        const string Text = "The mayor said on Monday that the bridge would close.\n\nShe said repairs would take a year.";
        Assert.Empty(Find(Text));
    }

    [Fact]
    public void TheStageFillsTheHeadlineOnlyWhenTheCallerGaveNone()
    {
        var pipeline = new NewsPipeline([new TokenizerStage(), new StructureStage()]);
        NewsDocument found = pipeline.Process(Wire);
        Assert.Equal("NORLAND DOCKERS STRIKE OVER AUTOMATION", found.Metadata.Headline);
        Assert.True(found.Has(AnnotationNames.Structure));

        NewsDocument given = pipeline.Process(Wire, new DocumentMetadata { Headline = "Strike at Kestrel", Id = "x" });
        Assert.Equal("Strike at Kestrel", given.Metadata.Headline);
        Assert.Equal("x", given.Metadata.Id);
    }

    [Fact]
    public void A_line_too_long_for_a_part_is_running_text()
    {
        // The patterns look only at lines of at most MaxPartChars characters: a caption, credit or slug pattern at the
        // start or end of a huge line no longer makes the whole line a part (and no longer costs a scan per pattern).
        string filler = string.Concat(Enumerable.Repeat("word ", (DocumentStructureFinder.MaxPartChars / 5) + 1));
        string text = $"Photo: {filler}\n\nReporting by {filler}\n\n{filler}lindqvist_00001234.jpg\n\nBy Ana Ruiz";
        Assert.DoesNotContain(Find(text), p => p.Kind is DocumentPartKind.Caption or DocumentPartKind.Credits or DocumentPartKind.Slug);

        // At the limit the same lines are still parts.
        string limit = new('w', DocumentStructureFinder.MaxPartChars - "Photo: ".Length);
        Assert.Contains((DocumentPartKind.Caption, "Photo: " + limit), Find($"Body text here.\n\nPhoto: {limit}"));
    }

    [Fact]
    public void A_dateline_opening_a_huge_first_paragraph_is_found()
    {
        string body = string.Concat(Enumerable.Repeat("Dock workers walked out on Monday, the union said. ", 100_000));
        List<(DocumentPartKind Kind, string Text)> parts = Find("KESTREL, March 3 - " + body);
        Assert.Equal([(DocumentPartKind.Dateline, "KESTREL, March 3 - ")], parts);
    }

    [Theory]
    [InlineData("Produced by Ana Ruiz and Li Wei")]
    [InlineData("(Written and edited by Li Wei in London for Kestrel News)")]
    [InlineData("Compiled by the Kestrel Post's Ana Ruiz")]
    [InlineData("Reporting by Ana Ruiz; Editing by Li Wei")]
    [InlineData("Additional reporting by Li Wei")]
    [InlineData("Li Wei contributed reporting to this story.")]
    public void A_credit_line_anywhere_is_credits(string line)
    {
        Assert.Contains((DocumentPartKind.Credits, line), Find($"Dock workers walked out on Monday.\n\n{line}\n\nThe port stayed shut."));
    }

    [Theory]
    [InlineData("Produced by Harwell Games, renowned for its puzzles, it caused a stir when Kestrel bought the studio. Ian Hale, editor of a fan site, said: \"We were surprised.\"")]
    [InlineData("Written by a former spy, the novel sold a million copies.")]
    [InlineData("Produced by Norland Research the survey found that few people watch films on phones.")]
    [InlineData("compiled by Norland Daily, a trade magazine.")]
    [InlineData("reporting by the newspaper was later found to be wrong.")]
    public void A_body_sentence_that_opens_like_a_credit_is_running_text(string line)
    {
        Assert.DoesNotContain(Find($"Dock workers walked out on Monday.\n\n{line}\n\nThe port stayed shut."), p => p.Kind == DocumentPartKind.Credits);
    }

    private static List<(DocumentPartKind Kind, string Text)> Find(string text)
    {
        var parts = new List<DocumentPart>();
        DocumentStructureFinder.Find(text, parts);
        return [.. parts.Select(p => (p.Kind, text[p.Span.Start..p.Span.End]))];
    }
}
