using NewsNlp.Documents;
using NewsNlp.Tokenization;
using static NewsNlp.Tests.Tokenization.TokenTestHelpers;

namespace NewsNlp.Tests.Tokenization;

public class NewsTokenizerTests
{
    [Theory]
    [InlineData("I don't know.", "I|do|n't|know|.")]
    [InlineData("They can't, won't and shouldn’t go.", "They|ca|n't|,|wo|n't|and|should|n’t|go|.")]
    [InlineData("He's here; we're late, I'm sure you'll see they've gone and I'd left.", "He|'s|here|;|we|'re|late|,|I|'m|sure|you|'ll|see|they|'ve|gone|and|I|'d|left|.")]
    [InlineData("Reuters' report on the '90s and rock'n'roll.", "Reuters|'|report|on|the|'90s|and|rock'n'roll|.")]
    [InlineData("Mr. Smith of the U.S. met Gov. Brown in Jan. at 5 p.m. with J. Doe, e.g. at Acme Inc. and Foo Corp.", "Mr.|Smith|of|the|U.S.|met|Gov.|Brown|in|Jan.|at|5|p.m.|with|J.|Doe|,|e.g.|at|Acme|Inc.|and|Foo|Corp.")]
    [InlineData("Sales rose 3.5% to $5.2 billion, or 1,200.50 a share, on the 21st.", "Sales|rose|3.5|%|to|$|5.2|billion|,|or|1,200.50|a|share|,|on|the|21st|.")]
    [InlineData("See http://www.example.com/a?b=1, mail news@example.org or @reuters #kazmedia.", "See|http://www.example.com/a?b=1|,|mail|news@example.org|or|@reuters|#kazmedia|.")]
    [InlineData("It was—at best—a draw... Or 10–12?!", "It|was|—|at|best|—|a|draw|...|Or|10|–|12|?!")]
    [InlineData("a well-known e-mail from a non-profit", "a|well|-|known|e-mail|from|a|non-profit")]
    [InlineData("Call 212-848-8400 on 08/16/2000 at 10:30.", "Call|212-848-8400|on|08/16/2000|at|10:30|.")]
    [InlineData("I'm gonna go, I cannot stay.", "I|'m|gon|na|go|,|I|can|not|stay|.")]
    [InlineData("and/or b/c", "and|/|or|b/c")]
    [InlineData("The end.\" Next", "The|end|.|\"|Next")]
    [InlineData("(Reuters) -- Hello", "(|Reuters|)|--|Hello")]
    [InlineData("Smiley :) and AT&T", "Smiley|:)|and|AT&T")]
    [InlineData("aged 13-17 in 1998-99, call 853-3242", "aged|13|-|17|in|1998|-|99|,|call|853-3242")]
    [InlineData("a 375mm pipe, $5bn, the 21st, the 1990s", "a|375|mm|pipe|,|$|5|bn|,|the|21st|,|the|1990s")]
    [InlineData("downtown...? #1 pre- and post-war", "downtown|...|?|#|1|pre-|and|post-war")]
    [InlineData("Acme Inc.. Then", "Acme|Inc.|.|Then")]
    [InlineData("Norland\"s exports and the dollar\"s fall", "Norland|\"s|exports|and|the|dollar|\"s|fall")]
    public void Splits_as_UD_and_PTB_do(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
    }

    [Fact]
    public void Hyphenated_words_stay_whole_when_asked()
    {
        var tokenizer = new NewsTokenizer(new TokenizerOptions { SplitHyphens = false });
        Assert.Equal(["a", "well-known", "Anglo-Dutch", "firm"], Texts("a well-known Anglo-Dutch firm", tokenizer));
    }

    [Fact]
    public void Straight_quotes_get_direction_from_context()
    {
        const string text = "\"Hello,\" he said. \"Yes.\"";
        TokenTable table = Tokenize(text);
        var quotes = new List<TokenTraits>();
        foreach (TokenRow row in table.Rows)
        {
            if (row.Kind == TokenKind.Quote)
            {
                quotes.Add(row.Traits & (TokenTraits.QuoteOpen | TokenTraits.QuoteClose));
            }
        }

        Assert.Equal([TokenTraits.QuoteOpen, TokenTraits.QuoteClose, TokenTraits.QuoteOpen, TokenTraits.QuoteClose], quotes);
    }

    [Fact]
    public void Nyt_style_doubled_marks_are_single_quote_tokens()
    {
        const string text = "''Hi,'' he said. ``Bye.''";
        TokenTable table = Tokenize(text);
        Assert.Equal(["''", "Hi", ",", "''", "he", "said", ".", "``", "Bye", ".", "''"], Texts(text));
        Assert.Equal(TokenTraits.QuoteOpen, table[0].Traits & TokenTraits.QuoteOpen);
        Assert.Equal(TokenTraits.QuoteClose, table[3].Traits & TokenTraits.QuoteClose);
        Assert.Equal(TokenTraits.QuoteOpen, table[7].Traits & TokenTraits.QuoteOpen);
        Assert.Equal(TokenTraits.QuoteClose, table[10].Traits & TokenTraits.QuoteClose);
        Assert.All([0, 3, 7, 10], i => Assert.Equal(TokenKind.Quote, table[i].Kind));
    }

    [Fact]
    public void Curly_quotes_and_apostrophes_are_told_apart()
    {
        const string text = "“It’s Reuters’ view,” she said, ‘rightly’.";
        TokenTable table = Tokenize(text);
        string[] texts = Texts(text);
        Assert.Equal(["“", "It", "’s", "Reuters", "’", "view", ",", "”", "she", "said", ",", "‘", "rightly", "’", "."], texts);
        Assert.Equal(TokenKind.Clitic, table[2].Kind);
        Assert.Equal(TokenKind.Clitic, table[4].Kind);
        Assert.Equal(TokenTraits.None, table[4].Traits & (TokenTraits.QuoteOpen | TokenTraits.QuoteClose));
        Assert.True((table[0].Traits & TokenTraits.QuoteOpen) != 0);
        Assert.True((table[7].Traits & TokenTraits.QuoteClose) != 0);
        Assert.True((table[11].Traits & TokenTraits.QuoteOpen) != 0);
        Assert.True((table[13].Traits & TokenTraits.QuoteClose) != 0);
    }

    [Fact]
    public void Kinds_are_assigned()
    {
        const string text = "Visit www.x.com or a@b.com, @ap #news $5 20% don't 😀";
        TokenTable table = Tokenize(text);
        string[] texts = Texts(text);
        TokenKind KindOf(string s) => table[Array.IndexOf(texts, s)].Kind;
        Assert.Equal(TokenKind.Word, KindOf("Visit"));
        Assert.Equal(TokenKind.Url, KindOf("www.x.com"));
        Assert.Equal(TokenKind.Email, KindOf("a@b.com"));
        Assert.Equal(TokenKind.Handle, KindOf("@ap"));
        Assert.Equal(TokenKind.Hashtag, KindOf("#news"));
        Assert.Equal(TokenKind.Symbol, KindOf("$"));
        Assert.Equal(TokenKind.Number, KindOf("5"));
        Assert.Equal(TokenKind.Clitic, KindOf("n't"));
        Assert.Equal(TokenKind.Punctuation, KindOf(","));
        Assert.Equal(TokenKind.Emoji, KindOf("😀"));
    }

    [Fact]
    public void Newline_after_is_recorded()
    {
        const string text = "One two\nthree";
        TokenTable table = Tokenize(text);
        Assert.Equal(TokenTraits.None, table[0].Traits & TokenTraits.NewlineAfter);
        Assert.Equal(TokenTraits.NewlineAfter, table[1].Traits & TokenTraits.NewlineAfter);
    }

    [Fact]
    public void Tokens_rebuild_random_text()
    {
        const string alphabet = "aZ9 .,;:'\"`’‘“”-–—/\\@#$%&*()[]{}<>!?_+=|~^…\n\t\u00A0é\u0301\uD83D\uDE00\uD800\uDC00€";
        var random = new Random(20261125);
        char[] buffer = new char[200];
        for (int round = 0; round < 3000; round++)
        {
            int length = random.Next(buffer.Length);
            for (int i = 0; i < length; i++)
            {
                buffer[i] = random.Next(4) == 0 ? (char)random.Next(0x10000) : alphabet[random.Next(alphabet.Length)];
            }

            string text = new(buffer, 0, length);
            AssertRebuildsText(text, Tokenize(text));
        }
    }

    [Fact]
    public void Appends_after_existing_rows()
    {
        var table = new TokenTable();
        NewsTokenizer.Default.Tokenize("a b", table);
        NewsTokenizer.Default.Tokenize("c", table);
        Assert.Equal(3, table.Count);
    }
}
