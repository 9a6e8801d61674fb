using System.Runtime.InteropServices;

namespace NewsNlp.Documents;

/// <summary>One row of a document's flat token table: offsets into the text plus the tokenizer's classification.</summary>
/// <remarks>Twelve bytes, no references: a document of a million tokens is one 12 MB array the GC never scans.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 2)]
public readonly record struct TokenRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="start">Offset of the token's first character.</param>
    /// <param name="length">Number of characters.</param>
    /// <param name="kind">Lexical class.</param>
    /// <param name="traits">Traits.</param>
    public TokenRow(int start, int length, TokenKind kind, TokenTraits traits = TokenTraits.None)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Traits = traits;
    }

    /// <summary>Offset of the token's first character in the document text.</summary>
    public int Start { get; }

    /// <summary>Number of characters in the token.</summary>
    public int Length { get; }

    /// <summary>Offset one past the token's last character.</summary>
    public int End => Start + Length;

    /// <summary>Lexical class.</summary>
    public TokenKind Kind { get; }

    /// <summary>Traits such as quote direction and sentence start.</summary>
    public TokenTraits Traits { get; }

    /// <summary>Returns a copy with <paramref name="traits"/> added.</summary>
    public TokenRow WithTraits(TokenTraits traits) => new(Start, Length, Kind, Traits | traits);
}
