using NewsNlp.Documents;
using NewsNlp.Learning;
using NewsNlp.Tokenization;
using static NewsNlp.Tests.Tokenization.TokenTestHelpers;

namespace NewsNlp.Tests.Tokenization;

public class SentenceSplitterTests
{
    public static TheoryData<string> Splitters => new() { "model", "rules" };

    private static NewsDocument Split(string text, string splitter, ParagraphMode mode = ParagraphMode.Auto)
    {
        var document = new NewsDocument(text);
        var options = new SentenceSplitterOptions { ParagraphMode = mode };
        ISentenceSplitter s = splitter == "rules" ? new SentenceSplitter(options) : new LearnedSentenceSplitter(SentenceBoundaryModel.Embedded, options);
        new TokenizerStage(NewsTokenizer.Default, s).Process(document, CancellationToken.None);
        return document;
    }

    private static string[] Sentences(NewsDocument document) => document.Sentences.Select(s => document.GetText(s.Span)).ToArray();

    [Theory]
    [MemberData(nameof(Splitters))]
    public void Abbreviations_do_not_end_sentences(string splitter)
    {
        Assert.Equal(["Mr. Smith went to Washington."], Sentences(Split("Mr. Smith went to Washington.", splitter)));
        Assert.Equal(
            ["Gov. Jerry Brown met Sen. J. Doe of Acme Inc. on Jan. 5 in the U.S. capital.", "They talked."],
            Sentences(Split("Gov. Jerry Brown met Sen. J. Doe of Acme Inc. on Jan. 5 in the U.S. capital. They talked.", splitter)));
    }

    [Theory]
    [MemberData(nameof(Splitters))]
    public void An_all_capital_acronym_spelt_like_a_month_ends_a_sentence_in_running_text(string splitter)
    {
        Assert.Equal(
            ["The money will go to the DEC.", "\"We are grateful,\" he added."],
            Sentences(Split("The money will go to the DEC. \"We are grateful,\" he added.", splitter)));

        // A month keeps its period before a number, in any case, and in text set in capitals.
        Assert.Equal(["Talks open on DEC. 4 at noon.", "They end on Dec. 12 in Paris."], Sentences(Split("Talks open on DEC. 4 at noon. They end on Dec. 12 in Paris.", splitter)));
        Assert.Equal(["SHARES FELL ON DEC. FIVE."], Sentences(Split("SHARES FELL ON DEC. FIVE.", splitter)));
    }

    [Theory]
    [MemberData(nameof(Splitters))]
    public void Sentences_end_at_final_punctuation_and_after_closing_quotes(string splitter)
    {
        NewsDocument document = Split("\"We will win,\" he said. \"Nobody doubts it.\" Then he left! Did he? Yes.", splitter);
        Assert.Equal(["\"We will win,\" he said.", "\"Nobody doubts it.\"", "Then he left!", "Did he?", "Yes."], Sentences(document));
    }

    [Theory]
    [MemberData(nameof(Splitters))]
    public void Paragraphs_come_from_blank_lines_or_lines(string splitter)
    {
        NewsDocument blank = Split("First line\nstill first. Second sentence.\n\nNew paragraph.", splitter);
        Assert.Equal(2, blank.Paragraphs.Count);
        Assert.Equal("New paragraph.", blank.GetText(blank.Paragraphs[1].Span));

        NewsDocument lines = Split("Headline here\nBody one. Body two.\nLast line", splitter);
        Assert.Equal(3, lines.Paragraphs.Count);
        Assert.Equal(["Headline here", "Body one.", "Body two.", "Last line"], Sentences(lines));

        NewsDocument forced = Split("a b\nc d", splitter, ParagraphMode.BlankLine);
        Assert.Single(forced.Paragraphs);
    }

    [Theory]
    [MemberData(nameof(Splitters))]
    public void An_indented_line_starts_a_paragraph_in_hard_wrapped_text(string splitter)
    {
        // Wire copy: a headline, a blank line, then paragraphs opened by four blanks, wrapped at the margin.
        const string Text = "PORT SAYS SHIPMENTS UP\n\nDUNMORE, May 3 - Shipments rose in April after\na long strike, the port said.\n    \"We are back,\" she said.\n    Kral said the port\nhired more dockers.\n";
        NewsDocument document = Split(Text, splitter);
        Assert.Equal(4, document.Paragraphs.Count);
        Assert.Equal("\"We are back,\" she said.", document.GetText(document.Paragraphs[2].Span));
        Assert.Equal("Kral said the port\nhired more dockers.", document.GetText(document.Paragraphs[3].Span));
    }

    [Theory]
    [MemberData(nameof(Splitters))]
    public void Ranges_cover_all_tokens_and_traits_are_set(string splitter)
    {
        NewsDocument document = Split("One. Two three.\n\nFour five? Six.", splitter);
        int expected = 0;
        foreach (TokenRange sentence in document.Sentences)
        {
            Assert.Equal(expected, sentence.FirstToken);
            Assert.True((document.Tokens[sentence.FirstToken].Traits & TokenTraits.SentenceStart) != 0);
            expected = sentence.EndToken;
        }

        Assert.Equal(document.Tokens.Count, expected);
        foreach (TokenRange paragraph in document.Paragraphs)
        {
            Assert.True((document.Tokens[paragraph.FirstToken].Traits & TokenTraits.ParagraphStart) != 0);
        }

        int starts = 0;
        foreach (TokenRow row in document.Tokens.Rows)
        {
            starts += (row.Traits & TokenTraits.SentenceStart) != 0 ? 1 : 0;
        }

        Assert.Equal(document.Sentences.Count, starts);
    }

    [Fact]
    public void Footnote_markers_stay_with_their_sentence()
    {
        NewsDocument document = Split("He stayed until 1805.[19] His lack of money was real.", "model");
        Assert.Equal(["He stayed until 1805.[19]", "His lack of money was real."], Sentences(document));
    }

    [Fact]
    public void The_model_round_trips_and_rejects_other_files()
    {
        SentenceBoundaryModel model = SentenceBoundaryModel.Embedded;
        using var stream = new MemoryStream();
        model.Save(stream);
        byte[] bytes = stream.ToArray();
        SentenceBoundaryModel copy = SentenceBoundaryModel.Load(new MemoryStream(bytes), "copy");
        Assert.Equal(model.Threshold, copy.Threshold);
        Assert.Equal(model.Description, copy.Description);

        using var again = new MemoryStream();
        copy.Save(again);
        Assert.Equal(bytes, again.ToArray());

        bytes[bytes.Length - 12] ^= 0x55;
        Assert.Throws<ModelFormatException>(() => SentenceBoundaryModel.Load(new MemoryStream(bytes), "corrupt"));
        Assert.Throws<ModelFormatException>(() => SentenceBoundaryModel.Load(new MemoryStream("not a model"u8.ToArray()), "text"));
    }
}
