using NewsNlp.Documents;
using NewsNlp.Pipeline;
using NewsNlp.Quotes.Finding;
using NewsNlp.Quotes.Grammar;
using NewsNlp.Quotes.Lexicon;

namespace NewsNlp.Quotes;

/// <summary>
/// The read-only view of one document the attribution passes share: each token's shape, lexical classes, the
/// quotation whose marks hold it, its entity mention, sentence and paragraph. Built once per document in one linear
/// pass and never written afterwards (what the passes decide lives in the <see cref="AttributionState"/>); lives on
/// the stack of one <see cref="QuoteStage.Process"/> call.
/// </summary>
internal sealed class DocumentView : IDisposable
{
    private bool _disposed;

    /// <remarks>
    /// The per-token arrays are rented from <see cref="System.Buffers.ArrayPool{T}.Shared"/> (they may be longer than
    /// <see cref="Count"/>; only the first <see cref="Count"/> elements are meaningful) and go back on <see cref="Dispose"/>;
    /// a view that is never disposed simply leaves them to the garbage collector.
    /// </remarks>
    public DocumentView(NewsDocument document, bool useEntities)
        : this(document, useEntities, [])
    {
    }

    /// <summary>A view whose <see cref="Quotations"/> are <paramref name="quotations"/> (as <see cref="QuoteMarkPairer"/> found them, in text order) mapped to tokens.</summary>
    public DocumentView(NewsDocument document, bool useEntities, List<QuotedSpan> quotations)
    {
        Document = document;
        Text = document.Text;
        int n = document.Tokens.Count;
        Count = n;
        TokenRow[] rowArray = _rows = document.Tokens.RowArray;
        Starts = new TokenStarts(rowArray);
        Ends = new TokenEnds(rowArray);
        Shapes = Pool.Rent<TokenShape>(n);
        Classes = Pool.Rent<WordClass>(n);
        QuotationOf = Pool.Rent<int>(n);
        EntityOf = Pool.Rent<int>(n);
        SentenceOf = Pool.Rent<int>(n);
        ParagraphOf = Pool.Rent<int>(n);
        ReadOnlySpan<TokenRow> rows = document.Tokens.Rows;
        string text = Text;
        ulong[] hashes = _wordHashes = Pool.Rent<ulong>(n);
        for (int i = 0; i < n; i++)
        {
            TokenRow r = rows[i];
            ReadOnlySpan<char> chars = text.AsSpan(r.Start, r.Length);
            ulong hash = hashes[i] = NewsNlp.Learning.StableHash.AddLower(NewsNlp.Learning.StableHash.Seed, chars);
            Shapes[i] = ShapeOf(r.Kind, chars);
            Classes[i] = r.Kind is TokenKind.Word or TokenKind.Clitic ? LexiconHashTable.Classify(chars, hash) : WordClass.None;
            QuotationOf[i] = -1;
            EntityOf[i] = -1;
        }

        Fill(document.Sentences, SentenceOf, n);
        Fill(document.Paragraphs, ParagraphOf, n);

        // For the rules, a capitalised word inside a sentence is a name, not a reporting verb ("Kent State University");
        // the few tokens so corrected are remembered, so the lexicon's own classes can still be read (LexiconClass).
        for (int i = 1; i < n; i++)
        {
            if (Shapes[i] == TokenShape.Capitalised && (Classes[i] & ReportingVerbs) != 0 && SentenceOf[i - 1] == SentenceOf[i]
                && Shapes[i - 1] is TokenShape.Lower or TokenShape.Capitalised or TokenShape.Number or TokenShape.Comma)
            {
                _corrected ??= new Dictionary<int, WordClass>();
                _correctedTokens ??= new ulong[(n + 63) >> 6];
                _corrected[i] = Classes[i];
                _correctedTokens[i >> 6] |= 1UL << i;
                Classes[i] &= ~ReportingVerbs;
            }
        }
        SentenceCount = document.Sentences.Count;
        ParagraphCount = document.Paragraphs.Count;
        HasEntities = useEntities && document.Has(AnnotationNames.Entities);
        if (HasEntities)
        {
            for (int m = 0; m < document.Entities.Count; m++)
            {
                EntityMention e = document.Entities[m];
                int first = Math.Max(0, e.FirstToken), end = Math.Min(n, e.EndToken);
                for (int t = first; t < end; t++)
                {
                    EntityOf[t] = m;
                }
            }
        }

        Quotations = MapQuotations(quotations);
    }

    private const WordClass ReportingVerbs = WordClass.CueVerb | WordClass.WeakCueVerb | WordClass.ObjectCue | WordClass.EvaluativeCue;

    public NewsDocument Document { get; }

    public string Text { get; }

    public int Count { get; }

    /// <summary>Each token's first character offset (read from the document's token table, not copied).</summary>
    public TokenStarts Starts { get; }

    /// <summary>Each token's offset one past its last character (read from the document's token table, not copied).</summary>
    public TokenEnds Ends { get; }

    public TokenShape[] Shapes { get; }

    public WordClass[] Classes { get; }

    /// <summary>
    /// The token's lexicon classes as the lexicon gives them, before the corrections the rules read (the tagger's
    /// features): <see cref="Classes"/> except for the few capitalised reporting verbs inside a sentence.
    /// </summary>
    public WordClass LexiconClass(int token) =>
        _correctedTokens is not null && ((_correctedTokens[token >> 6] >> token) & 1) != 0 ? _corrected![token] : Classes[token];

    // The lexicon's classes of the tokens whose Classes the constructor corrected, by token, and those tokens as a bit
    // set (one bit a token, read first); both null when there are none.
    private readonly Dictionary<int, WordClass>? _corrected;
    private readonly ulong[]? _correctedTokens;

    /// <summary>Index into <see cref="Quotations"/> of the quotation whose marks or content hold the token, or -1.</summary>
    public int[] QuotationOf { get; }

    /// <summary>The quotations found on characters, mapped to tokens, in text order (those holding no token are left out).</summary>
    public IReadOnlyList<Quotation> Quotations { get; }

    /// <summary>Index into <see cref="NewsDocument.Entities"/> of the mention holding the token, or -1.</summary>
    public int[] EntityOf { get; }

    public int[] SentenceOf { get; }

    /// <summary>Whether token <paramref name="t"/> (any index; outside the document: false) is part of a person's entity mention.</summary>
    public bool IsPersonToken(int t) =>
        t >= 0 && t < Count && EntityOf[t] >= 0 && Document.Entities[EntityOf[t]].Type == EntityType.Person;

    /// <summary>Whether any token of [<paramref name="first"/>, <paramref name="end"/>) is part of a person's entity mention.</summary>
    public bool HasPersonToken(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (IsPersonToken(t))
            {
                return true;
            }
        }

        return false;
    }

    public int[] ParagraphOf { get; }

    public int SentenceCount { get; }

    public int ParagraphCount { get; }

    public bool HasEntities { get; }

    /// <summary>
    /// Each token's lower-cased word hash (<see cref="NewsNlp.Learning.StableHash.AddLower"/> from the seed), computed with
    /// the view and shared by the passes that hash words (the tagger's and the ranker's features, the mention index)
    /// and by the view itself (the lexicon's classes, <see cref="LexiconHashTable"/>).
    /// </summary>
    public ulong[] WordHashes => _wordHashes;

    private readonly ulong[] _wordHashes;

    public bool Is(int token, WordClass c) => (uint)token < (uint)Count && (Classes[token] & c) != 0;

    public bool IsShape(int token, TokenShape s) => (uint)token < (uint)Count && Shapes[token] == s;

    /// <summary>
    /// True when the token is a dash written with no space on either side, between two tokens: the hyphen of
    /// <c>Kilroy-Silk</c>, <c>31-year-old</c> or <c>US-based</c>, not a dash set off around an insertion.
    /// </summary>
    public bool IsClosedUpDash(int token) =>
        token > 0 && token + 1 < Count && Shapes[token] == TokenShape.Dash && Starts[token] == Ends[token - 1] && Starts[token + 1] == Ends[token];

    /// <summary>True when the token lies in a quotation's marks or content.</summary>
    public bool InQuote(int token) => QuotationOf[token] >= 0;

    // The document's token rows (as Starts and Ends read them): one row read gives a token's start and length.
    private readonly TokenRow[] _rows;

    public ReadOnlySpan<char> Chars(int token)
    {
        TokenRow r = _rows[token];
        return Text.AsSpan(r.Start, r.Length);
    }

    /// <remarks>
    /// Compares the lengths first, in place: most calls ask about a token that is not the word, and most such tokens
    /// differ in length (the comparison ignoring case is false for different lengths anyway).
    /// </remarks>
    public bool TextIs(int token, string word) =>
        (uint)token < (uint)Count && _rows[token].Length == word.Length && Chars(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the token's text is one of <paramref name="words"/> (compared as <see cref="TextIs"/> does).</summary>
    public bool TextIsAny(int token, string[] words)
    {
        if ((uint)token >= (uint)Count)
        {
            return false;
        }

        ReadOnlySpan<char> chars = Chars(token);
        foreach (string word in words)
        {
            if (word.Length == chars.Length && chars.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for an "'s" or "’s" token (either apostrophe, any case): a possessive or a contracted "is" / "has".</summary>
    public bool IsApostropheS(int token) => TextIs(token, "'s") || TextIs(token, "’s");

    public TextSpan Span(int first, int end) => new(Starts[first], Ends[end - 1]);

    /// <summary>The first token starting at or after character <paramref name="at"/> (<see cref="Count"/> when none).</summary>
    public int FirstTokenFrom(int at)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Starts[mid] < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>True for tokens that may be part of a name: capitalised words and name particles (al-, de, bin).</summary>
    public bool IsNameToken(int token)
    {
        if ((uint)token >= (uint)Count)
        {
            return false;
        }

        if (Shapes[token] == TokenShape.Capitalised)
        {
            return true;
        }

        if (Shapes[token] != TokenShape.Lower)
        {
            return false;
        }

        if ((Classes[token] & WordClass.NameParticle) != 0)
        {
            return true;
        }

        // "al-Jaafari", "el-Sisi": "al-" or "el-" and a capital (read in place: most lower-case words fail at the length or the dash).
        int start = Starts[token];
        return Ends[token] - start > 3 && Text[start + 2] == '-' && Text[start + 1] == 'l' && (Text[start] is 'a' or 'e') && char.IsUpper(Text[start + 3]);
    }

    /// <summary>Returns the per-token arrays to the shared pool and drops the stage's spare arrays (<see cref="Pool"/>); the view must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Pool.Return(Shapes);
        Pool.Return(Classes);
        Pool.Return(QuotationOf);
        Pool.Return(EntityOf);
        Pool.Return(SentenceOf);
        Pool.Return(ParagraphOf);
        Pool.Return(_wordHashes);

        // The view lives as long as the document's quote stage: the large arrays its passes gave back go to the GC now.
        Pool.DropSpares();
    }

    /// <summary>Maps each quotation to tokens and marks the tokens it holds (a quotation holding no token is left out).</summary>
    private List<Quotation> MapQuotations(List<QuotedSpan> spans)
    {
        var mapped = new List<Quotation>(spans.Count);
        if (Count == 0)
        {
            return mapped;
        }

        int hint = 0;
        for (int q = 0; q < spans.Count; q++)
        {
            QuotedSpan s = spans[q];
            // Quotations come in text order: each search starts from the token the previous one found.
            int open = hint = TokenSearch.IndexAt(this, s.Open.Start, hint);
            int first = hint = TokenSearch.IndexAt(this, s.Content[0].Start, hint);
            int end = (hint = TokenSearch.IndexAt(this, s.Content[^1].End - 1, hint)) + 1;
            int closeEnd = s.Unclosed || s.Close.IsEmpty ? end : (hint = TokenSearch.IndexAt(this, s.Close.End - 1, hint)) + 1;
            if (first >= Count || end <= first)
            {
                continue;
            }

            open = Math.Min(open, first);
            for (int t = open; t < closeEnd; t++)
            {
                QuotationOf[t] = mapped.Count;
            }

            mapped.Add(new Quotation(s, q, open, first, end, closeEnd));
        }

        return mapped;
    }

    private static void Fill(AnnotationLayer<TokenRange> ranges, int[] target, int n)
    {
        Array.Fill(target, -1, 0, n);
        for (int r = 0; r < ranges.Count; r++)
        {
            TokenRange range = ranges[r];
            int end = Math.Min(range.EndToken, n);
            for (int t = Math.Max(0, range.FirstToken); t < end; t++)
            {
                target[t] = r;
            }
        }
    }

    private static TokenShape ShapeOf(TokenKind kind, ReadOnlySpan<char> c)
    {
        switch (kind)
        {
            case TokenKind.Quote:
                return TokenShape.QuoteMark;
            case TokenKind.Number:
                return TokenShape.Number;
            case TokenKind.Word:
            case TokenKind.Clitic:
                return char.IsUpper(c[0]) ? TokenShape.Capitalised : char.IsLetter(c[0]) ? TokenShape.Lower : TokenShape.Other;
            case TokenKind.Punctuation:
                return c[0] switch
                {
                    ',' => TokenShape.Comma,
                    '.' or '!' or '?' => TokenShape.SentenceEnd,
                    ':' => TokenShape.Colon,
                    ';' => TokenShape.Semicolon,
                    '-' or '—' or '–' or '―' => TokenShape.Dash,
                    '(' or '[' or '{' => TokenShape.OpenBracket,
                    ')' or ']' or '}' => TokenShape.CloseBracket,
                    '…' => TokenShape.SentenceEnd,
                    _ => TokenShape.Punctuation,
                };
            default:
                return TokenShape.Other;
        }
    }
}

/// <summary>The first character offset of each token, read from the document's token rows (<see cref="DocumentView.Starts"/>).</summary>
internal readonly struct TokenStarts(TokenRow[] rows)
{
    public int this[int token] => rows[token].Start;
}

/// <summary>The offset one past each token's last character, read from the document's token rows (<see cref="DocumentView.Ends"/>).</summary>
internal readonly struct TokenEnds(TokenRow[] rows)
{
    public int this[int token] => rows[token].End;
}
