using FsCheck;
using FsCheck.Fluent;
using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes;
using NewsNlp.Tokenization;

namespace NewsNlp.Tests.Properties;

/// <summary>
/// Property tests (FsCheck) on arbitrary news-like Unicode: no stage throws, every offset lies inside the text,
/// tokens plus white space rebuild the text, sentences and paragraphs tile the tokens, quotations and annotations are
/// well nested. A few thousand cases in CI; set <c>NEWSNLP_PROPERTY_CASES=100000</c> for the nightly-style run.
/// </summary>
public sealed class TextInvariantProperties
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [Fact]
    public void Tokens_lie_in_the_text_in_order_and_with_white_space_rebuild_it()
    {
        Prop.ForAll(NewsTextGen.Text, text =>
        {
            var tokens = new TokenTable();
            NewsTokenizer.Default.Tokenize(text, tokens);
            return TokenProblem(text, tokens) is null;
        }).Check(NewsTextGen.Config(3000));
    }

    [Fact]
    public void Sentences_and_paragraphs_tile_the_tokens()
    {
        Prop.ForAll(NewsTextGen.Text, text =>
        {
            var document = new NewsDocument(text);
            NewsTokenizer.Default.Tokenize(text, document.Tokens);
            SentenceSplitter.Default.Split(document);
            return TilingProblem(document) is null;
        }).Check(NewsTextGen.Config(3000));
    }

    [Fact]
    public void Quotations_lie_in_the_text_and_are_well_nested()
    {
        Prop.ForAll(NewsTextGen.Text, text =>
        {
            var document = new NewsDocument(text);
            NewsTokenizer.Default.Tokenize(text, document.Tokens);
            SentenceSplitter.Default.Split(document);
            var quotations = new List<QuotedSpan>();
            QuoteMarkPairer.Find(text, [.. document.Paragraphs.Select(p => p.Span)], quotations);
            return QuotationProblem(text, quotations) is null;
        }).Check(NewsTextGen.Config(3000));
    }

    [Fact]
    public void The_whole_pipeline_never_throws_and_keeps_every_annotation_inside_the_text()
    {
        Prop.ForAll(NewsTextGen.Text, text =>
        {
            NewsDocument document = Pipeline.Process(text);
            return (TokenProblem(text, document.Tokens) ?? TilingProblem(document) ?? AnnotationProblem(document)) is null;
        }).Check(NewsTextGen.Config(1000));
    }

    [Fact]
    public void The_properties_catch_a_broken_invariant()
    {
        // The checkers are not vacuous: a token table with a gap holding a letter is reported.
        var tokens = new TokenTable();
        tokens.Add(new TokenRow(0, 1, TokenKind.Word));
        tokens.Add(new TokenRow(3, 1, TokenKind.Word));
        Assert.NotNull(TokenProblem("a b c", tokens));
        var overlapping = new List<QuotedSpan>
        {
            new([new TextSpan(1, 5)], new TextSpan(0, 1), new TextSpan(5, 6), false, false, false),
            new([new TextSpan(4, 8)], new TextSpan(3, 4), new TextSpan(8, 9), false, false, false),
        };
        Assert.NotNull(QuotationProblem("0123456789", overlapping));
    }

    private static bool InText(TextSpan span, string text) => span.Start >= 0 && span.Start <= span.End && span.End <= text.Length;

    private static string? TokenProblem(string text, TokenTable tokens)
    {
        int previousEnd = 0;
        foreach (TokenRow token in tokens.Rows)
        {
            if (token.Length <= 0 || token.Start < previousEnd || token.End > text.Length)
            {
                return $"token [{token.Start}, {token.End}) out of order or outside the text";
            }

            for (int i = previousEnd; i < token.Start; i++)
            {
                if (!CharClass.IsSpace(text[i]))
                {
                    return $"non-space U+{(int)text[i]:X4} at {i} dropped between tokens";
                }
            }

            previousEnd = token.End;
        }

        for (int i = previousEnd; i < text.Length; i++)
        {
            if (!CharClass.IsSpace(text[i]))
            {
                return $"non-space U+{(int)text[i]:X4} at {i} dropped after the last token";
            }
        }

        return null;
    }

    private static string? TilingProblem(NewsDocument document)
    {
        return Tiles(document.Sentences, document.Tokens.Count, "sentences")
            ?? Tiles(document.Paragraphs, document.Tokens.Count, "paragraphs")
            ?? (document.Sentences.All(s => document.Paragraphs.Any(p => p.FirstToken <= s.FirstToken && s.EndToken <= p.EndToken))
                ? null : "a sentence crosses a paragraph boundary");
    }

    private static string? Tiles(IReadOnlyList<TokenRange> ranges, int tokenCount, string what)
    {
        int next = 0;
        foreach (TokenRange range in ranges)
        {
            if (range.FirstToken != next || range.EndToken <= range.FirstToken)
            {
                return $"{what} do not tile the tokens at token {next}";
            }

            next = range.EndToken;
        }

        return next == tokenCount ? null : $"{what} end at token {next} of {tokenCount}";
    }

    private static string? QuotationProblem(string text, List<QuotedSpan> quotations)
    {
        for (int i = 0; i < quotations.Count; i++)
        {
            QuotedSpan q = quotations[i];
            if (!InText(q.Open, text) || !InText(q.Close, text) || q.Content.Any(c => !InText(c, text)) || !InText(q.Outer, text))
            {
                return $"quotation {i} outside the text";
            }

            for (int c = 1; c < q.Content.Count; c++)
            {
                if (q.Content[c].Start < q.Content[c - 1].End)
                {
                    return $"quotation {i}: content spans out of order";
                }
            }

            for (int j = 0; j < i; j++)
            {
                TextSpan a = quotations[j].Outer, b = q.Outer;
                if (a.Overlaps(b) && !a.Contains(b) && !b.Contains(a))
                {
                    return $"quotations {j} and {i} cross";
                }
            }
        }

        return null;
    }

    private static string? AnnotationProblem(NewsDocument document)
    {
        string text = document.Text;
        TextSpan previous = default;
        foreach (EntityMention e in document.Entities)
        {
            if (!InText(e.Span, text) || e.Span.IsEmpty || e.Span.Start < previous.End || e.Text != text[e.Span.Start..e.Span.End])
            {
                return $"entity {e.Span} outside the text, empty, overlapping or with the wrong text";
            }

            previous = e.Span;
        }

        var speakers = document.Speakers.Select(s => s.Id).ToHashSet();
        foreach (Quote q in document.Quotes)
        {
            if (q.Content.Count == 0 || q.Content.Any(c => !InText(c, text) || c.IsEmpty)
                || (q.Cue is { } cue && !InText(cue, text)) || (q.Source is { } source && !InText(source, text)))
            {
                return $"quote {q.Id} has an empty or outside span";
            }

            if (q.SpeakerId is { } id && !speakers.Contains(id))
            {
                return $"quote {q.Id} names speaker {id}, which does not exist";
            }
        }

        foreach (DocumentPart part in document.Structure)
        {
            if (!InText(part.Span, text))
            {
                return "a structure part lies outside the text";
            }
        }

        return null;
    }
}
