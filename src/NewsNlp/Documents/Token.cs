namespace NewsNlp.Documents;

/// <summary>A cheap read-only view of one token of a <see cref="NewsDocument"/> (document + index).</summary>
public readonly struct Token : IEquatable<Token>
{
    private readonly NewsDocument _document;

    internal Token(NewsDocument document, int index)
    {
        _document = document;
        Index = index;
    }

    /// <summary>Position of the token in the document's token table.</summary>
    public int Index { get; }

    /// <summary>The underlying row.</summary>
    public ref readonly TokenRow Row => ref _document.Tokens[Index];

    /// <summary>Character span of the token.</summary>
    public TextSpan Span => new(Row.Start, Row.End);

    /// <summary>The token's characters, without allocating.</summary>
    public ReadOnlySpan<char> Chars => _document.Text.AsSpan(Row.Start, Row.Length);

    /// <summary>The token's text (allocates a string).</summary>
    public string Text => new(Chars);

    /// <summary>Lexical class.</summary>
    public TokenKind Kind => Row.Kind;

    /// <summary>Whitespace between this token and the next one (or the end of the text).</summary>
    public ReadOnlySpan<char> TrailingWhitespace
    {
        get
        {
            int end = Index + 1 < _document.Tokens.Count ? _document.Tokens[Index + 1].Start : _document.Text.Length;
            return _document.Text.AsSpan(Row.End, end - Row.End);
        }
    }

    /// <inheritdoc />
    public bool Equals(Token other) => ReferenceEquals(_document, other._document) && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token t && Equals(t);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_document, Index);

    /// <summary>Equality.</summary>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Text;
}
